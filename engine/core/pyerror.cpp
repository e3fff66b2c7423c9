#include "engine/core/pyerror.h"

namespace Engine {

PyError::PyError(std::string type, const std::string &message)
    : std::runtime_error(message)
    , m_type(std::move(type))
{}

} // namespace Engine
