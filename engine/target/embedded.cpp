#include "engine/target/embedded.h"

#include "engine/pipeline/openapi.h"
#include "engine/store/temporarydatabase.h"
#include "engine/validation/skeleton.h"

namespace Engine::Target {

EmbeddedTarget::EmbeddedTarget(std::string kind, std::string name,
                               std::unique_ptr<Pipeline::App> app,
                               std::unique_ptr<Store::TemporaryDatabase> database)
    : m_kind(std::move(kind))
    , m_name(std::move(name))
    , m_database(std::move(database))
    , m_app(std::move(app))
    , m_client(std::make_unique<Client::TestClient>(*m_app))
    , m_websockets(*m_app)
{}

EmbeddedTarget::~EmbeddedTarget()
{
    m_lifespan.reset();
    m_client.reset();
    m_app.reset(); // before the database file goes
}

std::vector<RouteInfo> describeRoutes(const Pipeline::App &app)
{
    std::vector<RouteInfo> out;
    for (const auto &r : app.routes()) {
        if (!r.includeInSchema)
            continue;
        RouteInfo info;
        info.methods = r.isWebSocket ? std::vector<std::string>{"WEBSOCKET"} : r.methods;
        info.path = r.path;
        info.name = r.name;
        info.summary = r.displaySummary();
        info.tags = r.tags;
        info.statusCode = r.statusCode;
        for (const auto &p : r.params) {
            ParameterInfo param;
            param.name = p.name;
            param.in = Pipeline::toString(p.source);
            param.required = p.required;
            param.type = p.type.kind == Validation::Kind::Object && p.type.model
                             ? p.type.model->name
                             : p.type.schemaTypeName();
            param.defaultValue = p.required ? Json() : p.defaultValue;
            if (p.type.kind == Validation::Kind::Literal)
                param.choices = p.type.literals;
            if (p.source == Pipeline::ParamSource::Body && p.type.model)
                info.bodySkeleton = Validation::skeleton(*p.type.model);
            info.parameters.push_back(std::move(param));
        }
        info.dependencies = r.dependencies;
        info.dependencyTree = app.dependencies().tree(r.dependencies, app.overrides());
        out.push_back(std::move(info));
    }
    return out;
}

std::vector<RouteInfo> EmbeddedTarget::routes()
{
    return describeRoutes(*m_app);
}

std::vector<DependencyInfo> EmbeddedTarget::dependencies()
{
    std::vector<DependencyInfo> out;
    for (const auto &d : m_app->dependencies().all()) {
        DependencyInfo dep;
        dep.name = d.name;
        dep.description = d.description;
        dep.providers.push_back({d.real.name, d.real.description});
        for (const auto &p : d.doubles)
            dep.providers.push_back({p.name, p.description});
        dep.active = m_app->dependencies().activeProvider(d.name, m_app->overrides()).name;
        out.push_back(std::move(dep));
    }
    return out;
}

Json EmbeddedTarget::openapi()
{
    return Pipeline::openapi(*m_app, m_app->config().errorStyle);
}

Client::Result EmbeddedTarget::send(const Client::RequestOptions &request, bool withTrace)
{
    return m_client->send(request, withTrace);
}

void EmbeddedTarget::setRaiseServerExceptions(bool on)
{
    m_client->options().raiseServerExceptions = on;
}

bool EmbeddedTarget::raiseServerExceptions() const
{
    return m_client->options().raiseServerExceptions;
}

void EmbeddedTarget::openLifespan()
{
    if (!m_lifespan)
        m_lifespan = m_client->session();
}

void EmbeddedTarget::closeLifespan()
{
    m_lifespan.reset();
}

bool EmbeddedTarget::lifespanActive() const
{
    return m_lifespan != nullptr;
}

void EmbeddedTarget::setOverride(const std::string &dependency, const std::string &provider,
                                 const std::string &by)
{
    m_app->dependencies().checkOverride(dependency, provider);
    const auto *d = m_app->dependencies().find(dependency);
    if (provider == "real" || (d && provider == d->real.name))
        m_app->overrides().remove(dependency, by);
    else
        m_app->overrides().set(dependency, provider, by);
}

bool EmbeddedTarget::removeOverride(const std::string &dependency, const std::string &by)
{
    return m_app->overrides().remove(dependency, by);
}

void EmbeddedTarget::clearOverrides(const std::string &by)
{
    m_app->overrides().clear(by);
}

std::vector<Di::ActiveOverride> EmbeddedTarget::activeOverrides() const
{
    return m_app->overrides().active();
}

void EmbeddedTarget::beginTest(const std::string &name)
{
    if (auto *scope = dynamic_cast<TestScope *>(m_app.get()))
        scope->beginTest(name);
}

void EmbeddedTarget::endTest()
{
    if (auto *scope = dynamic_cast<TestScope *>(m_app.get()))
        scope->endTest();
}

void EmbeddedTarget::setDebug(bool on)
{
    m_app->config().debug = on;
}

bool EmbeddedTarget::debug() const
{
    return m_app->config().debug;
}

void EmbeddedTarget::setErrorStyle(Validation::ErrorStyle style)
{
    m_app->config().errorStyle = style;
}

std::optional<Validation::ErrorStyle> EmbeddedTarget::errorStyle() const
{
    return m_app->config().errorStyle;
}

DatabaseAccess *EmbeddedTarget::database()
{
    return dynamic_cast<DatabaseAccess *>(m_app.get());
}

MailLog *EmbeddedTarget::mails()
{
    return dynamic_cast<MailLog *>(m_app.get());
}

std::unique_ptr<Client::WebSocketSession>
EmbeddedTarget::WebSockets::connect(const std::string &path, std::chrono::milliseconds timeout)
{
    return std::make_unique<Client::WebSocketSession>(m_app, Http::Request::make("GET", path),
                                                      timeout);
}

} // namespace Engine::Target
