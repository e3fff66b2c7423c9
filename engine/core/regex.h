#pragma once

#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>

namespace re2 {
class RE2;
}

namespace Engine {

// A regular expression matched in linear time (RE2), so that no pattern from a suite or a
// schema can hang a run: RE2 has no backtracking, hence no backreferences and no lookaround.
// Its syntax is close to the Rust regex crate that pydantic-core uses; where Python's re
// differs (\d, \w and \s are ASCII-only here, no lookaround), the README says so.
class Regex
{
public:
    // Throws Engine::Error with RE2's reason when the pattern does not compile.
    explicit Regex(const std::string &pattern);
    ~Regex();
    Regex(Regex &&) noexcept;
    Regex &operator=(Regex &&) noexcept;

    // Anywhere in the text (Python's re.search, Rust's is_match).
    bool search(std::string_view text) const;
    // From the start of the text (Python's re.match).
    bool matchAtStart(std::string_view text) const;
    // The whole text (Python's re.fullmatch).
    bool fullMatch(std::string_view text) const;

    const std::string &pattern() const { return m_pattern; }

private:
    std::string m_pattern;
    std::unique_ptr<re2::RE2> m_re;
};

} // namespace Engine
