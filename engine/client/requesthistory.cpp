#include "engine/client/requesthistory.h"

#include <filesystem>

#include "engine/core/pyerror.h"
#include "engine/core/pyjson.h"

namespace Engine::Client {

namespace {

Json pairsJson(const std::vector<std::pair<std::string, std::string>> &pairs)
{
    Json out = Json::array();
    for (const auto &[k, v] : pairs)
        out.push_back(Json::array({k, v}));
    return out;
}

std::vector<std::pair<std::string, std::string>> pairsFrom(const Json &j)
{
    std::vector<std::pair<std::string, std::string>> out;
    if (j.is_array())
        for (const auto &p : j)
            if (p.is_array() && p.size() == 2 && p[0].is_string() && p[1].is_string())
                out.emplace_back(p[0].get<std::string>(), p[1].get<std::string>());
    return out;
}

} // namespace

RequestHistory::RequestHistory(const std::string &path, std::int64_t nowMicros)
{
    try {
        open(path);
    } catch (const std::exception &) {
        // Keep what is there for the user to inspect; start a new history.
        m_db.reset();
        const std::string aside = path + ".broken-" + std::to_string(nowMicros / 1000000);
        std::error_code ec;
        std::filesystem::rename(path, aside, ec);
        m_movedAside = ec ? std::string() : aside;
        open(path);
    }
}

void RequestHistory::open(const std::string &path)
{
    m_db = Store::Database::open(path);
    const int version = m_db->query("PRAGMA user_version")[0]["user_version"].get<int>();
    if (version > kSchemaVersion)
        throw Engine::Error("written by a newer version");
    if (version < 1) {
        Store::Savepoint migrate(*m_db, "migrate");
        m_db->exec(
            "CREATE TABLE requests (id INTEGER PRIMARY KEY, at_us INTEGER NOT NULL, method TEXT "
            "NOT NULL, "
            "path TEXT NOT NULL, query TEXT NOT NULL, headers TEXT NOT NULL, body TEXT NOT NULL, "
            "status INTEGER NOT NULL, outcome TEXT NOT NULL, micros INTEGER NOT NULL)");
        m_db->exec("PRAGMA user_version = 1");
        migrate.commit();
    }
}

std::int64_t RequestHistory::record(const ComposedRequest &request, const ResponseSummary &response,
                                    std::int64_t atMicros)
{
    const std::string outcome = response.raised && response.error
                                    ? "raised " + response.error->type
                                    : std::to_string(response.status) + " " + response.reason;
    m_db->query(
        "INSERT INTO requests (at_us, method, path, query, headers, body, status, outcome, micros) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        {atMicros, request.method, request.path, PyJson::dump(pairsJson(request.query)),
         PyJson::dump(pairsJson(request.headers)), request.body,
         response.raised ? 0 : response.status, outcome, response.micros});
    return m_db->lastInsertId();
}

namespace {

RequestHistory::Entry entryFrom(const Json &r)
{
    RequestHistory::Entry e;
    e.id = r["id"].get<std::int64_t>();
    e.atMicros = r["at_us"].get<std::int64_t>();
    e.request.method = r["method"].get<std::string>();
    e.request.path = r["path"].get<std::string>();
    e.request.body = r["body"].get<std::string>();
    try {
        e.request.query = pairsFrom(PyJson::parse(r["query"].get<std::string>()));
        e.request.headers = pairsFrom(PyJson::parse(r["headers"].get<std::string>()));
    } catch (...) {
    }
    e.status = r["status"].get<int>();
    e.outcome = r["outcome"].get<std::string>();
    e.micros = r["micros"].get<std::int64_t>();
    return e;
}

} // namespace

std::vector<RequestHistory::Entry> RequestHistory::search(const std::string &text, int limit)
{
    const std::string like = "%" + text + "%";
    const Json rows
        = m_db->query("SELECT * FROM requests WHERE method LIKE ?1 OR path LIKE ?1 OR body LIKE ?1 "
                      "OR outcome LIKE ?1 ORDER BY id DESC LIMIT ?2",
                      {like, limit});
    std::vector<Entry> out;
    for (const auto &r : rows)
        out.push_back(entryFrom(r));
    return out;
}

std::optional<RequestHistory::Entry> RequestHistory::get(std::int64_t id)
{
    const Json rows = m_db->query("SELECT * FROM requests WHERE id = ?", {id});
    if (rows.empty())
        return std::nullopt;
    return entryFrom(rows[0]);
}

} // namespace Engine::Client
