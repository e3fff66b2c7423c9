// Any request against the forge app, through the TestClient as a test sends it: the first
// line is "METHOD URL", then "name: value" header lines up to an empty line, then the raw
// body. Whatever comes in, the app answers with a real status; a JSON answer is JSON; a 422
// has FastAPI's shape; and no C++ error escapes dressed up as an application error.
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <system_error>

#include "engine/client/testclient.h"
#include "engine/core/pyjson.h"
#include "engine/demo/forge.h"
#include "tests/fuzz/check.h"

using namespace Engine;

namespace {

struct Forge
{
    Forge()
    {
        std::string pattern
            = (std::filesystem::temp_directory_path() / "apitest-fuzz-XXXXXX").string();
        const char *dir = mkdtemp(pattern.data());
        if (!dir)
            std::abort();
        Demo::ForgeOptions options;
        options.databasePath = std::string(dir) + "/forge.db";
        app = std::make_unique<Demo::ForgeApp>(options);
        Client::ClientOptions clientOptions;
        clientOptions.raiseServerExceptions = false;
        client = std::make_unique<Client::TestClient>(*app, clientOptions);
        session = client->session();
        directory = dir;
    }
    ~Forge()
    {
        session.reset();
        client.reset();
        app.reset();
        std::error_code ignored;
        std::filesystem::remove_all(directory, ignored);
    }
    Forge(const Forge &) = delete;
    Forge &operator=(const Forge &) = delete;
    std::string directory;
    std::unique_ptr<Demo::ForgeApp> app;
    std::unique_ptr<Client::TestClient> client;
    std::unique_ptr<Client::LifespanSession> session;
};

std::string_view nextLine(std::string_view &rest)
{
    const auto end = rest.find('\n');
    const std::string_view line = rest.substr(0, end);
    rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
    return line;
}

// What a C++ exception's what() looks like when it leaks out of the engine as a
// "RuntimeError": the standard library's and nlohmann's own words, never Python's.
bool looksLikeALeakedCppError(const std::string &message)
{
    static constexpr std::array markers{
        "[json.exception",    "stoi",     "stol",    "stod",
        "basic_string",       "vector::", "map::at", "bad_optional_access",
        "bad_variant_access", "bad_alloc"};
    for (const char *marker : markers)
        if (message.find(marker) != std::string::npos)
            return true;
    return false;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static Forge forge;
    std::string_view rest(reinterpret_cast<const char *>(data), size);
    const std::string_view first = nextLine(rest);
    const auto space = first.find(' ');
    if (space == std::string_view::npos)
        return 0;
    Client::RequestOptions request;
    request.method = std::string(first.substr(0, space));
    request.url = std::string(first.substr(space + 1));
    while (!rest.empty()) {
        const std::string_view line = nextLine(rest);
        if (line.empty())
            break;
        const auto colon = line.find(':');
        if (colon == std::string_view::npos)
            continue;
        request.headers.add(line.substr(0, colon), std::string(line.substr(colon + 1)));
    }
    request.content = std::string(rest);

    Client::Result result;
    try {
        result = forge.client->send(request, false);
    } catch (const PyError &) {
        return 0; // what httpx refuses before sending (a bad URL, a bad method)
    }
    const Http::Response &response = result.response;
    FUZZ_CHECK(response.status >= 100 && response.status <= 599, "a real HTTP status");
    if (result.error) {
        FUZZ_CHECK(result.error->type != "UnknownError", "only Python-like errors are raised");
        FUZZ_CHECK(!looksLikeALeakedCppError(result.error->message),
                   "no C++ exception leaks out as an application error");
    }
    const std::string type = response.headers.value("content-type");
    if (type == "application/json" && !response.body.empty()) {
        Json body;
        try {
            body = PyJson::parse(response.body);
        } catch (...) {
            FUZZ_CHECK(false, "a JSON response is JSON");
        }
        if (response.status == 422 && body.contains("detail") && body["detail"].is_array()) {
            for (const Json &detail : body["detail"]) {
                FUZZ_CHECK(detail.is_object() && detail.contains("type") && detail.contains("loc")
                               && detail.contains("msg"),
                           "a 422 detail has type, loc and msg");
                FUZZ_CHECK(detail["loc"].is_array(), "loc is a list");
            }
        }
    }
    return 0;
}
