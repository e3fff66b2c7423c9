#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "engine/client/presentation.h"
#include "engine/store/database.h"

namespace Engine::Client {

// Every request sent from the window and its answer, in SQLite (the user's data directory), to
// search and send again. A history file that is corrupt or from a newer version is never
// emptied: it is moved aside (renamed with a ".broken-<time>" suffix) and a new one started;
// movedAside() says where it went.
class RequestHistory
{
public:
    static constexpr int kSchemaVersion = 1;

    struct Entry
    {
        std::int64_t id = 0;
        std::int64_t atMicros = 0;
        ComposedRequest request;
        int status = 0;      // 0 when the app raised
        std::string outcome; // "201 Created", "raised RuntimeError"
        std::int64_t micros = 0;
    };

    RequestHistory(const std::string &path, std::int64_t nowMicros);

    std::int64_t record(const ComposedRequest &request, const ResponseSummary &response,
                        std::int64_t atMicros);
    // Newest first; text matches method, path, body or outcome.
    std::vector<Entry> search(const std::string &text, int limit = 200);
    std::optional<Entry> get(std::int64_t id);
    const std::string &movedAside() const { return m_movedAside; }

private:
    void open(const std::string &path);
    std::unique_ptr<Store::Database> m_db;
    std::string m_movedAside;
};

} // namespace Engine::Client
