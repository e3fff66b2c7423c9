#pragma once

#include <string>

#include "engine/client/presentation.h"

namespace Engine::Suite {

// Appends a test made of a request and assertions on its response to a suite file, creating
// the file when it does not exist. Asserts the status (or the raised exception), the whole
// JSON body when withBody is set, and the value at each JSON pointer of fields (the fields the
// user ticked: "/username", "/detail/0/type"). A file that exists but is not a valid suite is
// left alone. Returns an empty string, or what went wrong.
std::string saveAsTest(const std::string &path, const std::string &testName,
                       const Client::ComposedRequest &request,
                       const Client::ResponseSummary &response, bool withBody,
                       const std::vector<std::string> &fields = {});

} // namespace Engine::Suite
