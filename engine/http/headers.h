#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "engine/core/json.h"

namespace Engine::Http {

// An ordered multimap of HTTP header fields with case-insensitive names, as Starlette's
// Headers: repeated fields keep their order, lookups ignore case, names are stored lower-cased.
class Headers
{
public:
    using Field = std::pair<std::string, std::string>;

    Headers() = default;
    Headers(std::initializer_list<Field> fields);

    // The first value of name, if any.
    std::optional<std::string> get(std::string_view name) const;
    std::string value(std::string_view name, std::string_view fallback = {}) const;
    std::vector<std::string> getAll(std::string_view name) const;
    bool contains(std::string_view name) const;

    void add(std::string_view name, std::string value);
    // Replaces every field called name with one field.
    void set(std::string_view name, std::string value);
    void remove(std::string_view name);

    const std::vector<Field> &fields() const { return m_fields; }
    bool empty() const { return m_fields.empty(); }
    std::size_t size() const { return m_fields.size(); }

    // {"name": "value", ...}; repeated fields are joined with ", " (as httpx does).
    Json toJson() const;

    static std::string lower(std::string_view s);

private:
    std::vector<Field> m_fields;
};

} // namespace Engine::Http
