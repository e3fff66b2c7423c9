#pragma once

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

#include "engine/core/json.h"

namespace Engine {

// One step of a request's way through the app, in the order it happened.
struct TraceEvent
{
    std::string kind;   // "middleware", "route", "dependency", "validation", "handler", ...
    std::string name;   // the layer, dependency, handler or task
    std::string detail; // free text: provider used, error type, status, ...
    std::int64_t atMicros = 0;
};

// What happened to one request: the layers it entered, the route and handler, the
// dependencies (which provider ran, cache hits), validation errors, which exception handler
// answered, background tasks and teardowns, with timings in microseconds. The GUI and the CLI
// render this same value.
struct ExecutionTrace
{
    std::string method;
    std::string path;
    std::string route;   // the matched path template, empty when none
    std::string handler; // the route's name
    std::string exceptionHandler;
    int status = 0;
    std::vector<TraceEvent> events;
    Json validationErrors; // null until a 422 fills it
    std::int64_t totalMicros = 0;

    void start();
    void add(std::string kind, std::string name, std::string detail = {});
    std::int64_t elapsedMicros() const;

private:
    std::chrono::steady_clock::time_point m_start;
};

void to_json(Json &j, const TraceEvent &e);
void to_json(Json &j, const ExecutionTrace &t);

} // namespace Engine
