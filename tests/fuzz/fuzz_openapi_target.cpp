// The OpenAPI target on any document: loading either builds an app or throws DocumentError whose
// message starts with the JSON pointer of the fault; an app built from the document answers
// every request with an HTTP status and never crashes, whatever its schemas hold ($ref loops,
// wrong types, patterns that do not compile, unions without members).
#include <cstddef>
#include <cstdint>
#include <string>

#include "engine/client/testclient.h"
#include "engine/openapi/openapitarget.h"
#include "tests/fuzz/check.h"

using namespace Engine;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string text(reinterpret_cast<const char *>(data), size);
    std::unique_ptr<OpenApi::DocumentApp> app;
    try {
        app = std::make_unique<OpenApi::DocumentApp>(OpenApi::parseDocument(text));
    } catch (const OpenApi::DocumentError &e) {
        FUZZ_CHECK(std::string(e.what()).rfind('#', 0) == 0, "the fault's pointer comes first");
        return 0;
    }
    Client::TestClient client(*app);
    client.options().raiseServerExceptions = false;
    int sent = 0;
    for (const auto &route : app->routes()) {
        if (++sent > 8)
            break;
        std::string path;
        for (const char c : route.path)
            path += c == '{' ? '1' : c;
        std::string url;
        for (std::size_t i = 0; i < path.size(); ++i) {
            if (route.path[i] == '{') {
                const auto close = route.path.find('}', i);
                url += "1";
                i = close == std::string::npos ? path.size() : close;
            } else {
                url += route.path[i];
            }
        }
        for (const Json &body : {Json::object(), Json::parse(R"({"a":[1,"x",null]})"), Json("s")}) {
            Client::RequestOptions r;
            r.method = route.methods.front();
            r.url = url + "?q=1&q=&x=%ff";
            r.json = body;
            r.headers = {{"prefer", "code=404, example=x"}, {"authorization", "Bearer t"}};
            const auto result = client.send(r, false);
            FUZZ_CHECK(result.response.status >= 100 && result.response.status < 600,
                       "an HTTP status");
        }
    }
    return 0;
}
