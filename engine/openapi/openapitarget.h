#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "engine/core/json.h"
#include "engine/openapi/document.h"
#include "engine/pipeline/app.h"
#include "engine/target/embedded.h"

namespace Engine::OpenApi {

// An app built from an OpenAPI document: Starlette's routing, FastAPI's parameter and body
// validation with the document's Pydantic era, its security schemes as dependencies (each with
// the doubles "anonymous" and "authenticated"), and for a valid request the first declared 2xx
// answer with the operation's example or a value generated from the response schema. The
// request header "Prefer: code=404" or "Prefer: example=NAME" picks another declared answer.
class DocumentApp : public Pipeline::App
{
public:
    // Throws DocumentError (with the JSON pointer) for what cannot be built.
    explicit DocumentApp(Document document);
    ~DocumentApp() override;

    const Document &document() const { return m_document; }

private:
    void addOperation(const std::string &path, const std::string &method, const Json &pathItem,
                      const Json &operation, const std::string &pointer);
    void addSecurity(Pipeline::Route &route, const Json &requirements, const std::string &pointer);
    void addScheme(const std::string &name, const Json &scheme, const std::string &pointer);
    Http::Response answer(const Json &operation, const Http::Request &request) const;

    Document m_document;
    std::unique_ptr<SchemaCompiler> m_schemas;
};

// A value that validates against schema (with the document's $refs): its example, default or
// first enum value where it has one, else one built from its type and constraints. The same
// schema gives the same value every time.
Json sampleValue(const Json &schema, const Json &document);

// The OpenAPI target: a DocumentApp served in the process. openapi() is the document itself;
// notices() lists what the engine read past.
class OpenApiTarget : public Engine::Target::EmbeddedTarget
{
public:
    // fastapi: the release that wrote the document, where its behaviour differs from the
    // default the document's version implies (Document::fastapi).
    explicit OpenApiTarget(const std::string &path,
                           std::optional<Validation::FastApiRelease> fastapi = std::nullopt);
    OpenApiTarget(const std::string &name, Document document);

    Json openapi() override;
    // The document's routes (bodies from its schemas, examples included), with the security
    // dependencies and the providers active now.
    std::vector<Engine::Target::RouteInfo> routes() override;
    std::vector<std::string> notices() const override;

private:
    OpenApiTarget(const std::string &name, std::unique_ptr<DocumentApp> app);
    DocumentApp *m_app;
    // What the document says of its routes, read once (the document does not change).
    std::optional<std::vector<Engine::Target::RouteInfo>> m_described;
};

} // namespace Engine::OpenApi
