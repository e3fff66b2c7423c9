#include "engine/core/trace.h"

namespace Engine {

void ExecutionTrace::start()
{
    m_start = std::chrono::steady_clock::now();
}

std::int64_t ExecutionTrace::elapsedMicros() const
{
    return std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now()
                                                                 - m_start)
        .count();
}

void ExecutionTrace::add(std::string kind, std::string name, std::string detail)
{
    events.push_back({std::move(kind), std::move(name), std::move(detail), elapsedMicros()});
}

void to_json(Json &j, const TraceEvent &e)
{
    j = Json{{"kind", e.kind}, {"name", e.name}, {"detail", e.detail}, {"at_us", e.atMicros}};
}

void to_json(Json &j, const ExecutionTrace &t)
{
    j = Json{
        {"method", t.method},
        {"path", t.path},
        {"route", t.route},
        {"handler", t.handler},
        {"status", t.status},
        {"exception_handler", t.exceptionHandler},
        {"validation_errors", t.validationErrors.is_null() ? Json::array() : t.validationErrors},
        {"events", t.events},
        {"total_us", t.totalMicros}};
}

} // namespace Engine
