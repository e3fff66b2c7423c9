#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "engine/client/testclient.h"
#include "engine/core/json.h"

namespace Engine::Client {

// What the composer holds: the user's fields, turned into a request by composeRequest().
struct ComposedRequest
{
    std::string method = "GET";
    std::string path = "/";
    std::vector<std::pair<std::string, std::string>> query;
    std::vector<std::pair<std::string, std::string>> headers;
    std::string body; // raw text; empty for none
};

bool operator==(const ComposedRequest &a, const ComposedRequest &b);

// A composed request as JSON ({"method", "path", "query": [[k, v]...], "headers": [[k, v]...],
// "body"}), for drafts kept across restarts, and back. fromJson throws Engine::Error saying
// which member is wrong.
Json toJson(const ComposedRequest &request);
ComposedRequest composedFromJson(const Json &json);

// Builds the request the way the CLI contract does: query pairs are percent-encoded onto the
// path, a non-empty body is sent as it is with content-type application/json unless a header
// names another. Invalid JSON is sent unchanged (the app answers as FastAPI would). A
// multipart/form-data body typed in an editor gets the CRLF line breaks the format needs.
RequestOptions composeRequest(const ComposedRequest &composed);

// A form to start from for a route whose body is a form (the composer's Fill from schema): the
// skeleton's fields as a urlencoded body, or for multipart/form-data as parts (fileFields as
// small text files), with the content-type to send it with. nullopt for other media.
struct BodyTemplate
{
    std::string contentType;
    std::string body;
};
std::optional<BodyTemplate> formTemplate(const std::string &media, const Json &skeleton,
                                         const std::vector<std::string> &fileFields);

// Explanations the GUI shows next to a response when the user meets behaviour the tutorial
// describes wrongly (forge-app.md, "Known mistakes in the tutorial").
enum class Hint {
    RaisedNotReturned,          // an unhandled error was re-raised (raise_server_exceptions)
    NoLifespanNoStartup,        // "database not initialised": startup did not run
    ServerErrorSkipsMiddleware, // the 500 has no X-Trace-ID
    OverrideOutlivedRequest,    // overrides are still set after the request
    MockSessionIsAString,       // the tutorial's "MockSessionObject" fails on use
};

struct ValidationRow
{
    std::string type;
    std::string loc; // "body → tags → 2"
    Json locPath;    // the raw loc array
    std::string msg;
    std::string input;
    std::string ctx;
};

// Everything the response view shows, computed from a Result.
struct ResponseSummary
{
    int status = 0;
    std::string reason;
    std::vector<std::pair<std::string, std::string>> headers;
    bool isJson = false;
    std::shared_ptr<const Json> json; // the parsed body when JSON (shared: bodies can be big)
    std::string body;                 // pretty-printed when JSON
    std::string rawBody;              // as received
    std::vector<ValidationRow> validation;
    std::optional<Pipeline::ErrorInfo> error;
    bool raised = false;
    std::vector<Hint> hints;
    Json trace;
    std::int64_t micros = 0;
};

// overridesActive: whether an override is still set after the request (a hint about leaks).
ResponseSummary summarize(const Result &result, bool overridesActive);

// One answer as the `api-replay requests` line contract writes it: {"status", "headers", "json"
// or "text"}, or {"exception": {"type", "message"}} when TestClient would raise; with the
// trace when asked. What `compare` and the window's Compare with… diff.
Json answerJson(const Result &result, bool withTrace = false);

// Where the value at loc (as in a 422 detail: ["body", "tags", 2], or ["body", pos] for invalid
// JSON) sits in the body text: a byte offset and length, or nullopt when it is not there.
std::optional<std::pair<std::size_t, std::size_t>> locateInBody(const std::string &body,
                                                                const Json &loc);

// The JSON pointers of the scalar values (and empty containers) in value, depth first, at most
// max of them: what a user can tick to assert in a saved test.
std::vector<std::string> leafPointers(const Json &value, std::size_t max = 100);

// Pretty JSON with 2-space indents (Python's json.dumps(indent=2, ensure_ascii=False)). With
// lines, also the first and last line (from 0) of each member's or element's value, by JSON
// pointer ("" for the whole value).
std::string prettyJson(const Json &value,
                       std::unordered_map<std::string, std::pair<int, int>> *lines = nullptr);

// A JSON pointer token for an object key (RFC 6901: "~" as "~0", "/" as "~1").
std::string escapePointerToken(const std::string &token);

// A route's path with its parameters filled in: "/items/{item_id}" and {"item_id": "a b"} give
// "/items/a%20b". Values are percent-encoded, except the slashes of a {name:path} parameter;
// a parameter without a value keeps its {name} so the route visibly does not match.
std::string fillPath(const std::string &pathTemplate,
                     const std::vector<std::pair<std::string, std::string>> &values);

// The values of a route's path parameters in a path edited by hand: "/items/%zz" for
// "/items/{item_id}" gives item_id "%zz" (each value percent-decoded as Starlette decodes the
// path, convertors not checked: a value the route refuses still fills its field, where its
// 422 points). nullopt when the path does not have the template's shape.
std::optional<std::vector<std::pair<std::string, std::string>>>
pathValues(const std::string &pathTemplate, const std::string &path);

// A row of the composer's Query table: a parameter the route offers (sent when ticked) or one
// the user added (sent when it has a name).
struct QueryRow
{
    std::string name;
    std::string value;
    bool offered = false;
    bool sent = true;
};

// The query string pairs send, encoded as composeRequest encodes it: "q=a%20b&limit=5".
std::string queryString(const std::vector<std::pair<std::string, std::string>> &pairs);

// The Query table after a query typed in the URL, so the two never disagree: each offered
// row the URL names takes the URL's first value for it and is ticked, the other offered rows
// are unticked (their default applies); the added rows become the URL's remaining pairs, in
// their order (repeated names stay repeated).
std::vector<QueryRow>
applyTypedQuery(std::vector<QueryRow> rows,
                const std::vector<std::pair<std::string, std::string>> &typed);

// A copy-pasteable curl command and a pytest TestClient test for a composed request.
std::string toCurl(const ComposedRequest &composed,
                   const std::string &baseUrl = "http://testserver");
std::string toPytest(const ComposedRequest &composed, const ResponseSummary &response);

} // namespace Engine::Client
