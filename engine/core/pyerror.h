#pragma once

#include <stdexcept>
#include <string>

namespace Engine {

// The engine's two families of exceptions (CONTRIBUTING.md, "Errors"):
// - PyError: what the Python program being reproduced would raise (ValueError,
//   JSONDecodeError, sqlite3.OperationalError, an app's own exception). Its type() is the
//   Python class name; the pipeline's exception handlers and TestClient's re-raise key on it.
// - Error: a fault of the engine's own input or environment (a suite, a document or a target
//   that cannot be used, a request line that is not a request). Its message says what was
//   wrong and where, in words for the person who gave that input.
// Functions report failure by throwing one of these (or returning std::optional when "not
// there" is an ordinary answer), never through std::string out-parameters.
class Error : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// An error that a Python application would raise: it carries the Python exception type name
// (RuntimeError, ValueError, NotFoundError, ...) so that exception handlers can be keyed by it
// and the client can report it exactly as TestClient re-raises it.
class PyError : public std::runtime_error
{
public:
    PyError(std::string type, const std::string &message);

    const std::string &type() const noexcept { return m_type; }
    std::string message() const { return what(); }

private:
    std::string m_type;
};

} // namespace Engine
