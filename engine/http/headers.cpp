#include "engine/http/headers.h"

#include <algorithm>

namespace Engine::Http {

Headers::Headers(std::initializer_list<Field> fields)
{
    for (const auto &f : fields)
        add(f.first, f.second);
}

std::string Headers::lower(std::string_view s)
{
    std::string out(s);
    for (char &c : out)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c + 32);
    return out;
}

std::optional<std::string> Headers::get(std::string_view name) const
{
    const std::string key = lower(name);
    for (const auto &f : m_fields)
        if (f.first == key)
            return f.second;
    return std::nullopt;
}

std::string Headers::value(std::string_view name, std::string_view fallback) const
{
    auto v = get(name);
    return v ? *v : std::string(fallback);
}

std::vector<std::string> Headers::getAll(std::string_view name) const
{
    const std::string key = lower(name);
    std::vector<std::string> out;
    for (const auto &f : m_fields)
        if (f.first == key)
            out.push_back(f.second);
    return out;
}

bool Headers::contains(std::string_view name) const
{
    return get(name).has_value();
}

void Headers::add(std::string_view name, std::string value)
{
    if (m_fields.capacity() == 0)
        m_fields.reserve(8);
    m_fields.emplace_back(lower(name), std::move(value));
}

void Headers::set(std::string_view name, std::string value)
{
    remove(name);
    add(name, std::move(value));
}

void Headers::remove(std::string_view name)
{
    const std::string key = lower(name);
    std::erase_if(m_fields, [&](const Field &f) { return f.first == key; });
}

Json Headers::toJson() const
{
    Json out = Json::object();
    for (const auto &f : m_fields) {
        auto it = out.find(f.first);
        if (it == out.end())
            out[f.first] = f.second;
        else
            *it = it->get<std::string>() + ", " + f.second;
    }
    return out;
}

} // namespace Engine::Http
