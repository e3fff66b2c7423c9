#pragma once

#include <stdexcept>
#include <string>

namespace Engine {

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
