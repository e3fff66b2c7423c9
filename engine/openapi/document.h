#pragma once

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "engine/core/json.h"
#include "engine/target/target.h"
#include "engine/validation/errorstyle.h"
#include "engine/validation/type.h"

namespace Engine::OpenApi {

// A document that cannot be used: where (a JSON pointer into it) and what was expected.
class DocumentError : public Target::TargetError
{
public:
    DocumentError(const std::string &pointer, const std::string &problem);
    const std::string &pointer() const { return m_pointer; }

private:
    std::string m_pointer;
};

// Something the engine read past: a keyword it does not act on, a format it does not know.
// Listed, never dropped silently.
struct Notice
{
    std::string pointer;
    std::string message;
};

// An OpenAPI 3.0 or 3.1 document, parsed, with the Pydantic era it was written in: 3.0.x is
// what FastAPI 0.9x writes with Pydantic 1, 3.1.x what FastAPI >= 0.100 writes with Pydantic 2.
struct Document
{
    Json raw;
    std::string version;
    Validation::ErrorStyle style = Validation::ErrorStyle::V1;
    std::vector<Notice> notices;
    // The FastAPI release that wrote it, when the user says (--fastapi); else the era's newest
    // behaviour: FastAPI 0.9x for 3.0.x, the newest for 3.1.x.
    std::optional<Validation::FastApiRelease> fastapi;

    // Security classes answer a missing credential 403 (HTTPBearer, APIKey*, OAuth2 flows
    // other than password) and a malformed Basic one "Invalid authentication credentials"
    // (FastAPI < 0.122).
    bool legacySecurity() const
    {
        return fastapi ? fastapi->before(122) : style == Validation::ErrorStyle::V1;
    }
    // A body without a Content-Type is not read as JSON (FastAPI >= 0.132, strict_content_type).
    bool strictContentType() const
    {
        return fastapi ? !fastapi->before(132) : style == Validation::ErrorStyle::V2;
    }
};

// Throws DocumentError for text that is not JSON, a Swagger 2.0 document, or a document with
// no "openapi" version or "paths" object.
Document parseDocument(const std::string &text);
// parseDocument of a file's contents; DocumentError names the file when it cannot be read.
Document loadDocument(const std::string &path);

// Turns JSON Schemas of a document into validation types, as the Pydantic of the document's era
// validates the models they were written from. Referenced components are compiled once;
// recursive references share one model. Models live as long as the compiler.
class SchemaCompiler
{
public:
    SchemaCompiler(const Json &document, Validation::ErrorStyle style,
                   std::vector<Notice> &notices);
    ~SchemaCompiler();
    SchemaCompiler(const SchemaCompiler &) = delete;
    SchemaCompiler &operator=(const SchemaCompiler &) = delete;

    // pointer: where schema is in the document (for notices and errors).
    Validation::Type compile(const Json &schema, const std::string &pointer);

    // The schema a local $ref names; throws DocumentError for a remote or dangling one.
    const Json &resolve(const std::string &ref, const std::string &pointer) const;
    // The component name of a schema that is a $ref ("Item" for #/components/schemas/Item).
    static std::string refName(const Json &schema);

private:
    Validation::Type compileRef(const std::string &ref, const std::string &pointer);
    // fillNow false: the caller registers the model first, then fills it (recursion).
    Validation::Type compileObject(const Json &schema, const std::string &pointer, std::string name,
                                   bool fillNow);
    Validation::Type compileUnion(const Json &schema, const char *keyword,
                                  const std::string &pointer);
    Validation::Type compileAllOf(const Json &schema, const std::string &pointer);
    void fillModel(Validation::Model &model, const Json &schema, const std::string &pointer);
    void constrain(Validation::Type &type, const Json &schema, const std::string &pointer);
    void notice(const std::string &pointer, std::string message);

    const Json &m_document;
    Validation::ErrorStyle m_style;
    std::vector<Notice> &m_notices;
    std::map<std::string, Validation::Type> m_compiled; // by $ref
    std::set<std::string> m_inProgress;
    std::vector<std::unique_ptr<Validation::Model>> m_models;
    int m_depth = 0;
};

// Whether the file holds a JSON object with an "openapi" (or "swagger") member: a document to
// open as a target rather than a suite. False for anything unreadable or not JSON.
bool isDocumentFile(const std::string &path);

// "~1items~1{id}" style escaping for one JSON pointer token.
std::string pointerToken(const std::string &key);

} // namespace Engine::OpenApi
