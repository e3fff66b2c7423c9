#pragma once

#include <exception>
#include <string>
#include <vector>

#include "engine/core/json.h"
#include "engine/core/pyerror.h"
#include "engine/http/headers.h"
#include "engine/validation/error.h"

namespace Engine::Pipeline {

// Starlette's / FastAPI's HTTPException: answered by the exception layer as
// {"detail": detail} with its status and headers. detail may be any JSON value; when not
// given it is the status's reason phrase.
class HttpException : public PyError
{
public:
    explicit HttpException(int status, Json detail = nullptr, Http::Headers headers = {});

    int status() const noexcept { return m_status; }
    const Json &detail() const noexcept { return m_detail; }
    const Http::Headers &headers() const noexcept { return m_headers; }

private:
    int m_status;
    Json m_detail;
    Http::Headers m_headers;
};

// FastAPI's RequestValidationError: every error of one request, answered with 422.
class RequestValidationError : public PyError
{
public:
    explicit RequestValidationError(std::vector<Validation::ErrorDetail> errors);

    const std::vector<Validation::ErrorDetail> &errors() const noexcept { return m_errors; }

private:
    std::vector<Validation::ErrorDetail> m_errors;
};

// The Python type and message of any exception caught from application code; a C++
// exception that is not a PyError is reported as RuntimeError (std::exception) or
// UnknownError (anything else).
struct ErrorInfo
{
    std::string type;
    std::string message;
    std::string traceback;
};

ErrorInfo describe(std::exception_ptr error);

void to_json(Json &j, const ErrorInfo &e);

} // namespace Engine::Pipeline
