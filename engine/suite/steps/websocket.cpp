#include <algorithm>

#include "engine/core/pyjson.h"
#include "engine/pipeline/websocket.h"
#include "engine/suite/steps/steps.h"

namespace Engine::Suite {

namespace {

// {"websocket": {"path", "send": [...], "expect_json": [...], "expect_close": code}}: opens
// the socket (client.websocket_connect), sends each text and checks the JSON answered to it,
// then that the server closes with the code.
class WebSocketStep final : public StepType
{
public:
    StepKind kind() const override { return StepKind::WebSocket; }
    const char *name() const override { return "websocket"; }

    void check(const Json &step, const std::string &pointer, StepChecker &c) const override
    {
        const Json &v = step["websocket"];
        const std::string vp = pointer + "/websocket";
        if (!c.expectType(v, vp, Json::value_t::object,
                          "an object with path, send and expect_json"))
            return;
        c.keys(v, vp, {"path", "send", "expect_json", "expect_close"}, "a websocket step");
        if (v.contains("path")
            && (!v["path"].is_string() || v["path"].get<std::string>().rfind('/', 0) != 0))
            c.error(vp + "/path", "expected a path (a string starting with \"/\")");
        for (const char *list : {"send", "expect_json"})
            if (v.contains(list))
                c.expectType(v[list], vp + "/" + list, Json::value_t::array, "a list");
        if (v.contains("expect_close"))
            c.expectType(v["expect_close"], vp + "/expect_close", Json::value_t::number_integer,
                         "a close code (an integer)");
    }

    std::optional<StepFailure> run(const StepAt &at, StepRun &run) const override
    {
        const Json &v = at.value();
        const auto remaining = std::chrono::duration_cast<std::chrono::milliseconds>(
            run.deadline - std::chrono::steady_clock::now());
        Target::WebSocketAccess *sockets = run.target.websockets();
        if (!sockets) {
            run.skipped.push_back(at.where() + ": "
                                  + run.target.missingCapabilityReason("websocket"));
            return std::nullopt;
        }
        const auto connection = sockets->connect(v.value("path", "/"),
                                                 std::max(remaining, std::chrono::milliseconds(1)));
        Client::WebSocketSession &ws = *connection;
        const Json sends = v.value("send", Json::array());
        const Json expects = v.value("expect_json", Json::array());
        std::size_t e = 0;
        for (const auto &text : sends) {
            ws.sendText(PyJson::pythonStr(text));
            if (e >= expects.size())
                continue;
            try {
                const Json got = ws.receiveJson();
                if (got != expects[e])
                    return StepFailure{"websocket message " + std::to_string(e + 1) + ": expected "
                                       + PyJson::dumpLenient(expects[e]) + ", got "
                                       + PyJson::dumpLenient(got)};
                ++e;
            } catch (const Pipeline::WebSocketDisconnect &d) {
                if (!v.contains("expect_close"))
                    return StepFailure{"the server closed the websocket with "
                                       + std::to_string(d.code())};
            }
        }
        if (v.contains("expect_close")) {
            try {
                ws.receiveText();
                return StepFailure{"expected the server to close the websocket"};
            } catch (const Pipeline::WebSocketDisconnect &d) {
                if (d.code() != v["expect_close"].get<int>())
                    return StepFailure{"closed with " + std::to_string(d.code()) + ", expected "
                                       + PyJson::dumpLenient(v["expect_close"])};
            }
        }
        return std::nullopt;
    }

    std::size_t write(const StepAt &at, PytestWriter &, std::string &out,
                      const std::string &indent) const override
    {
        using W = PytestWriter;
        const Json &v = at.value();
        out += indent + "with tc_client().websocket_connect(" + W::py(Json(v.value("path", "/")))
               + ") as ws:\n";
        const Json sends = v.value("send", Json::array());
        const Json expects = v.value("expect_json", Json::array());
        for (std::size_t k = 0; k < sends.size(); ++k) {
            out += indent + "    ws.send_text(" + W::py(sends[k]) + ")\n";
            if (k < expects.size())
                out += indent + "    assert ws.receive_json() == " + W::py(expects[k]) + "\n";
        }
        if (v.contains("expect_close")) {
            out += indent + "    with pytest.raises(WebSocketDisconnect) as closed:\n" + indent
                   + "        ws.receive_text()\n";
            out += indent + "    assert closed.value.code == " + W::py(v["expect_close"]) + "\n";
        }
        return 1;
    }
};

} // namespace

const StepType &websocketStep()
{
    static const WebSocketStep step;
    return step;
}

} // namespace Engine::Suite
