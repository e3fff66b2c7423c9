#pragma once

#include <string>

namespace Engine::Store {

// A fresh database file in the temporary directory (api-replay-XXXXXX.db), removed with its
// journal, WAL and shared-memory files when this ends: the throwaway database of one run.
class TemporaryDatabase
{
public:
    // Throws Engine::Error naming the directory when no file can be made there.
    TemporaryDatabase();
    ~TemporaryDatabase();
    TemporaryDatabase(const TemporaryDatabase &) = delete;
    TemporaryDatabase &operator=(const TemporaryDatabase &) = delete;

    const std::string &path() const { return m_path; }

private:
    std::string m_path;
};

} // namespace Engine::Store
