// "notes": the second built-in app, small on purpose. Three routes, one model and one
// dependency with two doubles; it shows that the window, the CLI and the runner serve any
// built-in app and not forge alone.
#include <ctime>

#include "engine/core/clock.h"
#include "engine/demo/registry.h"
#include "engine/di/resolver.h"
#include "engine/pipeline/app.h"
#include "engine/pipeline/exceptions.h"

namespace Engine::Demo {

namespace {

using Validation::Type;

std::string isoTime(std::int64_t seconds)
{
    const std::time_t t = static_cast<std::time_t>(seconds);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char out[32];
    std::strftime(out, sizeof out, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return out;
}

class NotesApp : public Pipeline::App, public Target::TestScope
{
public:
    NotesApp()
        : Pipeline::App("notes", "0.1.0")
    {
        auto note = std::make_shared<Validation::Model>();
        note->name = "NoteCreate";
        note->fields = {Validation::required("text", Type::string().minLength(1).maxLength(200)),
                        Validation::optional("pinned", Type::boolean(), false)};
        const auto clock = [](std::string name, std::string description,
                              std::function<std::string()> now) {
            return Di::Provider{std::move(name), std::move(description), {}, [now](Di::Resolver &) {
                                    return Di::Provided{now(), {}};
                                }};
        };
        dependencies().add({"get_clock",
                            "The time stamped on a new note",
                            clock("get_clock", "the system clock, UTC",
                                  [] { return isoTime(Clock::system().nowSeconds()); }),
                            {clock("frozen_clock", "always 2024-01-01T09:30:00Z",
                                   [] { return std::string("2024-01-01T09:30:00Z"); }),
                             clock("epoch_clock", "always 1970-01-01T00:00:00Z",
                                   [] { return std::string("1970-01-01T00:00:00Z"); })},
                            true,
                            nullptr});
        addOpenApiRoute();
        get("/notes", "list_notes",
            [this](Pipeline::Call &call) {
                Json out = Json::array();
                const auto limit = call.param("limit").get<std::size_t>();
                for (std::size_t i = 0; i < m_notes.size() && i < limit; ++i)
                    out.push_back(m_notes[i]);
                return call.json(out);
            })
            .query("limit", Type::integer().ge(1).le(100), 10)
            .tag("notes");
        post("/notes", "create_note",
             [this](Pipeline::Call &call) {
                 Json note = call.param("note");
                 note["id"] = m_notes.size() + 1;
                 note["created_at"] = call.dep<std::string>("get_clock");
                 m_notes.push_back(note);
                 return call.json(note);
             })
            .status(201)
            .body("note", Type::object(note))
            .depends({"get_clock"})
            .tag("notes");
        get("/notes/{note_id}", "read_note",
            [this](Pipeline::Call &call) {
                const Json &id = call.param("note_id");
                if (!id.is_number_integer() || id.get<std::int64_t>() < 1
                    || std::size_t(id.get<std::int64_t>()) > m_notes.size())
                    throw Pipeline::HttpException(404, "Note not found");
                return call.json(m_notes[std::size_t(id.get<std::int64_t>()) - 1]);
            })
            .pathParam("note_id", Type::integer())
            .tag("notes");
    }

    // Each test starts with no notes, as with a fresh app per test.
    void beginTest(const std::string &) override { m_notes.clear(); }
    void endTest() override {}

private:
    std::vector<Json> m_notes;
};

} // namespace

std::unique_ptr<Pipeline::App> makeNotesApp(const AppEnvironment &)
{
    return std::make_unique<NotesApp>();
}

} // namespace Engine::Demo
