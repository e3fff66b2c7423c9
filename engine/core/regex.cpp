#include "engine/core/regex.h"

#include "engine/core/pyerror.h"

#include <re2/re2.h>

namespace Engine {

namespace {
RE2::Options options()
{
    RE2::Options o;
    o.set_log_errors(false);
    o.set_encoding(RE2::Options::EncodingUTF8);
    // Patterns come from files; a pathological one is refused rather than allowed to take memory.
    o.set_max_mem(64 << 20);
    return o;
}
} // namespace

Regex::Regex(const std::string &pattern)
    : m_pattern(pattern)
    , m_re(std::make_unique<re2::RE2>(pattern, options()))
{
    if (!m_re->ok())
        throw Engine::Error("invalid regular expression " + pattern + ": " + m_re->error());
}

Regex::~Regex() = default;
Regex::Regex(Regex &&) noexcept = default;
Regex &Regex::operator=(Regex &&) noexcept = default;

bool Regex::search(std::string_view text) const
{
    return RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), *m_re);
}

bool Regex::matchAtStart(std::string_view text) const
{
    return m_re->Match(re2::StringPiece(text.data(), text.size()), 0, text.size(),
                       RE2::ANCHOR_START, nullptr, 0);
}

bool Regex::fullMatch(std::string_view text) const
{
    return RE2::FullMatch(re2::StringPiece(text.data(), text.size()), *m_re);
}

} // namespace Engine
