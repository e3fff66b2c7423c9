#include "engine/core/clock.h"

#include <chrono>

namespace Engine {

namespace {
class SystemClock : public Clock
{
public:
    std::int64_t nowMicros() const override
    {
        return std::chrono::duration_cast<std::chrono::microseconds>(
                   std::chrono::system_clock::now().time_since_epoch())
            .count();
    }
};
} // namespace

const Clock &Clock::system()
{
    static const SystemClock clock;
    return clock;
}

} // namespace Engine
