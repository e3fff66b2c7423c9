#pragma once

#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace Engine::Http {

// One part of a multipart/form-data body (RFC 7578): a form field, or a file when it has a
// filename (an empty one too, as a browser sends for a file input left empty).
struct MultipartPart
{
    std::string name;
    std::optional<std::string> filename;
    std::string contentType; // the part's own, empty when it gives none
    std::string data;
};

// A body that is not multipart/form-data as its content-type says (no boundary, a part without
// a name, no closing delimiter, ...): what is wrong, for the log. Starlette answers such a body
// with 400 "There was an error parsing the body".
class MultipartError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// The parts of body, split at the boundary the content-type names. At most maxParts parts
// (Starlette's limit is 1000 fields and 1000 files). Throws MultipartError.
std::vector<MultipartPart> parseMultipart(std::string_view body, std::string_view contentType,
                                          std::size_t maxParts = 2000);

// A multipart/form-data body of parts, as httpx writes one for TestClient's data= and files=,
// with its content-type ("multipart/form-data; boundary=...").
struct MultipartBody
{
    std::string contentType;
    std::string body;
};
// boundary: a fixed one (for text a person edits), else a random one as httpx makes.
MultipartBody buildMultipart(const std::vector<MultipartPart> &parts,
                             const std::string &boundary = {});

} // namespace Engine::Http
