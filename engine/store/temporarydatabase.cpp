#include "engine/store/temporarydatabase.h"

#include "engine/core/pyerror.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <stdexcept>
#include <vector>

#include <unistd.h>

namespace Engine::Store {

TemporaryDatabase::TemporaryDatabase()
{
    std::error_code ec;
    const std::string dir = std::filesystem::temp_directory_path(ec).string();
    const std::string pattern = (ec ? std::string("/tmp") : dir) + "/api-replay-XXXXXX.db";
    std::vector<char> buf(pattern.begin(), pattern.end());
    buf.push_back('\0');
    const int fd = mkstemps(buf.data(), 3);
    if (fd < 0)
        throw Engine::Error("cannot create a temporary database in " + dir + ": "
                            + std::strerror(errno));
    ::close(fd);
    m_path = buf.data();
}

TemporaryDatabase::~TemporaryDatabase()
{
    std::error_code ec;
    for (const char *suffix : {"", "-journal", "-wal", "-shm"})
        std::filesystem::remove(m_path + suffix, ec);
}

} // namespace Engine::Store
