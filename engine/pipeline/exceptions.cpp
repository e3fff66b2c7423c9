#include "engine/pipeline/exceptions.h"

#include "engine/http/response.h"

namespace Engine::Pipeline {

HttpException::HttpException(int status, Json detail, Http::Headers headers)
    : PyError("HTTPException",
              detail.is_string() ? detail.get<std::string>()
                                 : (detail.is_null() ? Http::reasonPhrase(status) : detail.dump()))
    , m_status(status)
    , m_detail(detail.is_null() ? Json(Http::reasonPhrase(status)) : std::move(detail))
    , m_headers(std::move(headers))
{}

RequestValidationError::RequestValidationError(std::vector<Validation::ErrorDetail> errors)
    : PyError("RequestValidationError", "request validation failed")
    , m_errors(std::move(errors))
{}

ErrorInfo describe(std::exception_ptr error)
{
    try {
        std::rethrow_exception(error);
    } catch (const PyError &e) {
        return {e.type(), e.message(), {}};
    } catch (const std::exception &e) {
        return {"RuntimeError", e.what(), {}};
    } catch (...) {
        return {"UnknownError", "a non-standard C++ exception was thrown", {}};
    }
}

void to_json(Json &j, const ErrorInfo &e)
{
    j = Json{{"type", e.type}, {"message", e.message}};
    if (!e.traceback.empty())
        j["traceback"] = e.traceback;
}

} // namespace Engine::Pipeline
