#pragma once

#include <string>
#include <utility>
#include <vector>

#include "engine/client/presentation.h"

namespace Engine::Suite {

// One exchange as it happened: the request sent, the answer it got, and the client settings in
// force when it was sent (what a test needs to get the same answer again).
struct SavedExchange
{
    Client::ComposedRequest request;
    Client::ResponseSummary response;
    std::vector<std::pair<std::string, std::string>> overrides; // dependency, double
    bool lifespan = false; // sent inside `with TestClient(app)`
    bool raiseServerExceptions = true;
};

// Appends a test of the exchange to a suite file, creating the file when it does not exist:
// the settings as steps (a session opened, the client's raise_server_exceptions, each
// override), the request, and assertions on the answer: the status (or the raised exception),
// the whole JSON body when withBody is set, and the value at each JSON pointer of fields (the
// fields the user ticked: "/username", "/detail/0/type"). A file that exists but is not a
// valid suite is left alone; the file is replaced atomically. Throws Engine::Error saying why
// nothing was saved.
void saveAsTest(const std::string &path, const std::string &testName, const SavedExchange &exchange,
                bool withBody, const std::vector<std::string> &fields = {});

} // namespace Engine::Suite
