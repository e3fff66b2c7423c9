#pragma once

#include <cstdint>

namespace Engine {

// Wall-clock time, injected so that JWT expiry and history timestamps can be tested
// (KeePassXC's Clock / MockClock).
class Clock
{
public:
    virtual ~Clock() = default;
    virtual std::int64_t nowMicros() const = 0;
    std::int64_t nowSeconds() const { return nowMicros() / 1000000; }

    // The process-wide system clock.
    static const Clock &system();
};

class ManualClock : public Clock
{
public:
    explicit ManualClock(std::int64_t micros = 1'700'000'000'000'000)
        : m_micros(micros)
    {}
    std::int64_t nowMicros() const override { return m_micros; }
    void advanceSeconds(std::int64_t s) { m_micros += s * 1000000; }
    void setMicros(std::int64_t micros) { m_micros = micros; }

private:
    std::int64_t m_micros;
};

} // namespace Engine
