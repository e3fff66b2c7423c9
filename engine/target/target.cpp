#include "engine/target/target.h"

#include "engine/core/pyerror.h"

namespace Engine::Target {

std::optional<std::string> Target::tokenPath()
{
    // The OAuth2 password flow's tokenUrl, as the document's security schemes declare it.
    const Json doc = openapi();
    const auto components = doc.find("components");
    if (components == doc.end() || !components->is_object()
        || !components->contains("securitySchemes"))
        return std::nullopt;
    for (const auto &scheme : (*components)["securitySchemes"]) {
        if (!scheme.is_object() || !scheme.contains("flows"))
            continue;
        const Json &flows = scheme["flows"];
        if (flows.is_object() && flows.contains("password") && flows["password"].is_object()
            && flows["password"].contains("tokenUrl") && flows["password"]["tokenUrl"].is_string())
            return flows["password"]["tokenUrl"].get<std::string>();
    }
    return std::nullopt;
}

void Target::beginTest(const std::string &) {}

void Target::endTest() {}

void Target::setDebug(bool)
{
    throw Engine::Error("the app's debug flag cannot be set on a " + kind() + " target");
}

void Target::setErrorStyle(Validation::ErrorStyle)
{
    throw Engine::Error("the error style cannot be chosen for a " + kind()
                        + " target: its own FastAPI decides the wording");
}

std::string Target::missingCapabilityReason(const std::string &capability) const
{
    if (capability == "database")
        return "the " + kind() + " target has no database the engine can reach";
    if (capability == "mails")
        return "the " + kind() + " target records no mails the engine can read";
    if (capability == "websocket")
        return "the " + kind() + " target cannot open websockets here";
    return "the " + kind() + " target cannot do this (" + capability + ")";
}

} // namespace Engine::Target
