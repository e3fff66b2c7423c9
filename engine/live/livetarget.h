#pragma once

#include <atomic>
#include <chrono>
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "engine/target/target.h"

namespace Engine::Live {

struct LiveOptions
{
    std::string baseUrl;              // http:// or https://, no credentials
    std::vector<std::string> headers; // "Name: value", sent with every request
    bool insecure = false;            // do not verify TLS certificates
    std::chrono::milliseconds timeout{10000};
    std::size_t maxResponseBytes = std::size_t(64) << 20;
    // Where the routes come from; empty: GET /openapi.json on the server.
    std::string openapiFile;
};

// What is wrong with a base URL for a live target ("must be an http:// or https:// URL",
// "must not hold credentials"), or nullopt when it can be used.
std::optional<std::string> baseUrlProblem(const std::string &url);
// What is wrong with a default header line ("Name: value": the name an HTTP token, the value
// without line breaks), or nullopt when it can be sent.
std::optional<std::string> headerLineProblem(const std::string &line);

// A running server over HTTP/1.1 and HTTPS (libcurl): one connection kept open, one cookie
// jar for the session, redirects followed as httpx follows them, system CA certificates.
// Answers as TestClient would give them for the same server; what cannot be reached is a
// raised error with httpx's exception type (ConnectError, ConnectTimeout, ReadTimeout, ...)
// and a message naming the URL. Overrides, the lifespan and the app's settings need an app in
// this process: refused with the reason.
class LiveTarget : public Target::Target
{
public:
    // Throws Target::TargetError for a URL that is not http(s) or holds credentials, or a
    // header line that is not one (baseUrlProblem, headerLineProblem).
    explicit LiveTarget(LiveOptions options);
    ~LiveTarget() override;

    std::string kind() const override { return "live"; }
    std::string name() const override { return m_options.baseUrl; }
    std::vector<Engine::Target::RouteInfo> routes() override;
    std::vector<Engine::Target::DependencyInfo> dependencies() override { return {}; }
    Json openapi() override;

    Client::Result send(const Client::RequestOptions &request, bool withTrace) override;
    // Aborts the transfer running now (send() then answers with the abort as its error).
    bool interrupt() override;
    bool remote() const override { return true; }
    void setRaiseServerExceptions(bool) override {}
    bool raiseServerExceptions() const override { return false; }

    void openLifespan() override {}
    void closeLifespan() override {}
    bool lifespanActive() const override { return false; }

    void setOverride(const std::string &dependency, const std::string &provider,
                     const std::string &by) override;
    bool removeOverride(const std::string &, const std::string &) override { return false; }
    void clearOverrides(const std::string &) override {}
    std::vector<Di::ActiveOverride> activeOverrides() const override { return {}; }
    bool supportsOverrides() const override { return false; }

    std::string missingCapabilityReason(const std::string &capability) const override;

private:
    struct Curl;
    LiveOptions m_options;
    std::unique_ptr<Curl> m_curl;
    std::atomic<bool> m_interrupted{false};
    std::optional<Json> m_document;
    // Described once, as the document is fetched once (the window asks at every refresh).
    std::optional<std::vector<Engine::Target::RouteInfo>> m_routes;
};

} // namespace Engine::Live
