#include "engine/live/livetarget.h"

#include <cctype>

#include <cstring>
#include <dlfcn.h>
#include <fstream>
#include <mutex>
#include <sstream>
#include <stdexcept>

#include <curl/curl.h>

#include "engine/core/pyerror.h"
#include "engine/core/pyjson.h"
#include "engine/target/describe.h"

namespace Engine::Live {

using Engine::Target::TargetError;

namespace {

// libcurl is opened when the first live target is made, not when the process starts: with what
// it pulls in (GnuTLS, Kerberos, LDAP, SSH, ...) linking it cost every start of api-replay and
// api-explorer about 12 ms, 40 % of a short api-replay run that never talks to a server.
struct CurlApi
{
    decltype(&::curl_global_init) globalInit = nullptr;
    decltype(&::curl_easy_init) easyInit = nullptr;
    decltype(&::curl_easy_setopt) setopt = nullptr;
    decltype(&::curl_easy_perform) perform = nullptr;
    decltype(&::curl_easy_getinfo) getinfo = nullptr;
    decltype(&::curl_easy_cleanup) cleanup = nullptr;
    decltype(&::curl_easy_strerror) strerror = nullptr;
    decltype(&::curl_slist_append) slistAppend = nullptr;
    decltype(&::curl_slist_free_all) slistFreeAll = nullptr;
};

// The soname the headers belong to (Debian's libcurl4, which libcurl4-openssl-dev links).
constexpr const char *kCurlLibrary = "libcurl.so.4";

const CurlApi &curl()
{
    // A failed load throws and is tried again by the next live target.
    static const CurlApi api = [] {
        void *lib = dlopen(kCurlLibrary, RTLD_NOW | RTLD_LOCAL);
        if (!lib)
            throw TargetError(std::string("a live target needs libcurl (Debian package libcurl4): ")
                              + dlerror());
        CurlApi a;
        const auto bind = [lib](auto &fn, const char *name) {
            void *symbol = dlsym(lib, name);
            if (!symbol)
                throw TargetError(std::string(kCurlLibrary) + " has no " + name
                                  + "; libcurl 7.85 or newer is needed");
            fn = reinterpret_cast<std::remove_reference_t<decltype(fn)>>(symbol);
        };
        bind(a.globalInit, "curl_global_init");
        bind(a.easyInit, "curl_easy_init");
        bind(a.setopt, "curl_easy_setopt");
        bind(a.perform, "curl_easy_perform");
        bind(a.getinfo, "curl_easy_getinfo");
        bind(a.cleanup, "curl_easy_cleanup");
        bind(a.strerror, "curl_easy_strerror");
        bind(a.slistAppend, "curl_slist_append");
        bind(a.slistFreeAll, "curl_slist_free_all");
        if (a.globalInit(CURL_GLOBAL_DEFAULT) != CURLE_OK)
            throw TargetError("libcurl could not be initialised");
        return a;
    }();
    return api;
}

struct Exchange
{
    Http::Response response;
    std::size_t limit = 0;
    bool tooLarge = false;
    const std::atomic<bool> *interrupted = nullptr;
};

// libcurl asks this while a transfer runs: nonzero aborts it (LiveTarget::interrupt).
int onProgress(void *user, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    return static_cast<const Exchange *>(user)->interrupted->load() ? 1 : 0;
}

std::size_t onBody(char *data, std::size_t size, std::size_t count, void *user)
{
    auto *x = static_cast<Exchange *>(user);
    const std::size_t n = size * count;
    if (x->response.body.size() + n > x->limit) {
        x->tooLarge = true;
        return 0; // aborts the transfer
    }
    x->response.body.append(data, n);
    return n;
}

std::size_t onHeader(char *data, std::size_t size, std::size_t count, void *user)
{
    auto *x = static_cast<Exchange *>(user);
    const std::size_t n = size * count;
    std::string line(data, n);
    while (!line.empty() && (line.back() == '\n' || line.back() == '\r'))
        line.pop_back();
    if (line.rfind("HTTP/", 0) == 0) {
        x->response.headers = {}; // a new response (after a redirect or a 100 Continue)
        return n;
    }
    const auto colon = line.find(':');
    if (colon == std::string::npos || colon == 0)
        return n;
    std::string name = line.substr(0, colon);
    for (auto &c : name)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    std::string value = line.substr(colon + 1);
    const auto first = value.find_first_not_of(" \t");
    value = first == std::string::npos ? std::string() : value.substr(first);
    x->response.headers.add(name, value);
    return n;
}

// What httpx does to a URL before sending it: bytes a URL cannot hold (spaces, controls,
// non-ASCII, quotes, braces, ...) percent-encoded; '%' and the rest kept as they are.
std::string encodeUrl(const std::string &url)
{
    static const char *hex = "0123456789ABCDEF";
    std::string out;
    for (const unsigned char c : url) {
        if (c <= 0x20 || c >= 0x7f || std::strchr("\"<>\\^`{|}", c)) {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 15];
        } else {
            out += char(c);
        }
    }
    return out;
}

} // namespace

struct LiveTarget::Curl
{
    CURL *handle = nullptr;
    curl_slist *headers = nullptr;
    ~Curl()
    {
        if (headers)
            curl().slistFreeAll(headers);
        if (handle)
            curl().cleanup(handle);
    }
};

std::optional<std::string> baseUrlProblem(const std::string &url)
{
    if (url.rfind("http://", 0) != 0 && url.rfind("https://", 0) != 0)
        return "must be an http:// or https:// URL, not '" + url + "'";
    const auto hostStart = url.find("://") + 3;
    const auto hostEnd = url.find_first_of("/?#", hostStart);
    const std::string host = url.substr(hostStart, hostEnd - hostStart);
    if (host.find('@') != std::string::npos)
        return "must not hold credentials (user:password@); send them with a header "
               "('Authorization: ...')";
    if (host.empty())
        return "names no host: '" + url + "'";
    if (url.find_first_of(" \t\r\n") != std::string::npos)
        return "must not hold spaces or line breaks: '" + url + "'";
    return std::nullopt;
}

std::optional<std::string> headerLineProblem(const std::string &line)
{
    const auto colon = line.find(':');
    if (colon == std::string::npos || colon == 0)
        return "'" + line + "' is not a header (Name: value)";
    // RFC 9110 token characters.
    static const std::string tchar = "!#$%&'*+-.^_`|~";
    for (std::size_t i = 0; i < colon; ++i) {
        const char c = line[i];
        if (!std::isalnum(static_cast<unsigned char>(c)) && tchar.find(c) == std::string::npos)
            return "'" + line.substr(0, colon) + "' is not a header name (letters, digits and "
                   + tchar + " only)";
    }
    if (line.find_first_of(std::string("\r\n\0", 3), colon) != std::string::npos)
        return "the value of " + line.substr(0, colon) + " holds a line break";
    return std::nullopt;
}

LiveTarget::LiveTarget(LiveOptions options)
    : m_options(std::move(options))
    , m_curl(std::make_unique<Curl>())
{
    if (const auto problem = baseUrlProblem(m_options.baseUrl))
        throw TargetError("--base-url " + *problem);
    for (const auto &line : m_options.headers)
        if (const auto problem = headerLineProblem(line))
            throw TargetError("--header " + *problem);
    while (!m_options.baseUrl.empty() && m_options.baseUrl.back() == '/')
        m_options.baseUrl.pop_back();
    m_curl->handle = curl().easyInit();
    if (!m_curl->handle)
        throw TargetError("libcurl could not be initialised");
    CURL *h = m_curl->handle;
    curl().setopt(h, CURLOPT_COOKIEFILE, ""); // one cookie jar, in memory, for the session
    curl().setopt(h, CURLOPT_FOLLOWLOCATION, 1L);
    curl().setopt(h, CURLOPT_MAXREDIRS, 20L); // httpx's max_redirects
    curl().setopt(h, CURLOPT_POSTREDIR, CURL_REDIR_POST_301 | CURL_REDIR_POST_302);
    curl().setopt(h, CURLOPT_ACCEPT_ENCODING, "gzip, deflate");
    curl().setopt(h, CURLOPT_NOSIGNAL, 1L);
    curl().setopt(h, CURLOPT_PROTOCOLS_STR, "http,https");
    curl().setopt(h, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
    if (m_options.insecure) {
        curl().setopt(h, CURLOPT_SSL_VERIFYPEER, 0L);
        curl().setopt(h, CURLOPT_SSL_VERIFYHOST, 0L);
    }
    curl().setopt(h, CURLOPT_WRITEFUNCTION, onBody);
    curl().setopt(h, CURLOPT_HEADERFUNCTION, onHeader);
    curl().setopt(h, CURLOPT_USERAGENT, "testclient");
}

LiveTarget::~LiveTarget() = default;

bool LiveTarget::interrupt()
{
    m_interrupted = true;
    return true;
}

Client::Result LiveTarget::send(const Client::RequestOptions &request, bool)
{
    CURL *h = m_curl->handle;
    const std::string url = m_options.baseUrl + encodeUrl(request.url);
    Exchange x;
    x.limit = m_options.maxResponseBytes;
    m_interrupted = false;
    x.interrupted = &m_interrupted;
    curl().setopt(h, CURLOPT_XFERINFOFUNCTION, onProgress);
    curl().setopt(h, CURLOPT_XFERINFODATA, &x);
    curl().setopt(h, CURLOPT_NOPROGRESS, 0L);
    curl().setopt(h, CURLOPT_URL, url.c_str());
    curl().setopt(h, CURLOPT_WRITEDATA, &x);
    curl().setopt(h, CURLOPT_HEADERDATA, &x);
    curl().setopt(h, CURLOPT_TIMEOUT_MS, long(m_options.timeout.count()));
    curl().setopt(h, CURLOPT_CONNECTTIMEOUT_MS, long(m_options.timeout.count()));
    std::string body;
    bool hasBody = false;
    std::string contentType;
    if (request.content) {
        body = *request.content;
        hasBody = true;
    } else if (request.json) {
        body = PyJson::dump(*request.json);
        hasBody = true;
        contentType = "application/json";
    }
    curl_slist *headers = nullptr;
    bool typeGiven = false;
    const auto add = [&headers](const std::string &line) {
        headers = curl().slistAppend(headers, line.c_str());
    };
    add("Accept: */*");
    for (const auto &line : m_options.headers)
        add(line);
    for (const auto &[name, value] : request.headers.fields()) {
        typeGiven = typeGiven || strcasecmp(name.c_str(), "content-type") == 0;
        add(value.empty() ? name + ";" : name + ": " + value);
    }
    if (!contentType.empty() && !typeGiven)
        add("Content-Type: " + contentType);
    add("Expect:"); // no 100-continue round trip
    if (m_curl->headers)
        curl().slistFreeAll(m_curl->headers);
    m_curl->headers = headers;
    curl().setopt(h, CURLOPT_HTTPHEADER, headers);
    if (hasBody) {
        curl().setopt(h, CURLOPT_POSTFIELDS, body.data());
        curl().setopt(h, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(body.size()));
    } else {
        curl().setopt(h, CURLOPT_POSTFIELDS, nullptr);
        curl().setopt(h, CURLOPT_HTTPGET, 1L); // resets NOBODY: set that after
    }
    curl().setopt(h, CURLOPT_NOBODY, request.method == "HEAD" ? 1L : 0L);
    curl().setopt(h, CURLOPT_CUSTOMREQUEST,
                  request.method == "GET" || request.method == "HEAD" ? nullptr
                                                                      : request.method.c_str());
    const CURLcode code = curl().perform(h);
    Client::Result result;
    if (code == CURLE_OK) {
        long status = 0;
        curl().getinfo(h, CURLINFO_RESPONSE_CODE, &status);
        result.response = std::move(x.response);
        result.response.status = int(status);
        return result;
    }
    // As httpx raises it: the type a test would see, the URL in the message.
    std::string type = "TransportError";
    std::string what = curl().strerror(code);
    curl_off_t connected = 0;
    curl().getinfo(h, CURLINFO_CONNECT_TIME_T, &connected);
    switch (code) {
    case CURLE_COULDNT_CONNECT:
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CACERT_BADFILE:
        type = "ConnectError";
        break;
    case CURLE_OPERATION_TIMEDOUT:
        type = connected > 0 ? "ReadTimeout" : "ConnectTimeout";
        break;
    case CURLE_TOO_MANY_REDIRECTS:
        type = "TooManyRedirects";
        what = "Exceeded maximum allowed redirects.";
        break;
    case CURLE_GOT_NOTHING:
        type = "RemoteProtocolError";
        what = "Server disconnected without sending a response.";
        break;
    case CURLE_PARTIAL_FILE:
    case CURLE_RECV_ERROR:
        type = "RemoteProtocolError";
        what = "peer closed connection without sending complete message body";
        break;
    case CURLE_ABORTED_BY_CALLBACK:
        type = "ReadError";
        what = "the request was cancelled before the server answered";
        break;
    case CURLE_WRITE_ERROR:
        if (x.tooLarge) {
            type = "ResponseTooLarge";
            what = "the response is larger than " + std::to_string(m_options.maxResponseBytes >> 20)
                   + " MiB, the limit for one answer";
        }
        break;
    default:
        break;
    }
    result.error = Pipeline::ErrorInfo{type, what + " (" + request.method + " " + url + ")", ""};
    result.raised = true;
    return result;
}

Json LiveTarget::openapi()
{
    if (m_document)
        return *m_document;
    if (!m_options.openapiFile.empty()) {
        std::ifstream in(m_options.openapiFile);
        if (!in)
            throw TargetError("cannot read " + m_options.openapiFile);
        std::stringstream text;
        text << in.rdbuf();
        try {
            m_document = PyJson::parse(text.str());
        } catch (const PyJson::DecodeError &e) {
            throw TargetError(m_options.openapiFile + " is not JSON: " + e.what());
        }
        return *m_document;
    }
    Client::RequestOptions r;
    r.url = "/openapi.json";
    const auto result = send(r, false);
    if (result.error)
        throw TargetError("the server's routes are listed from its OpenAPI document, which "
                          "could not be fetched: "
                          + result.error->type + ": " + result.error->message);
    const auto doc = result.response.parsedJson();
    if (result.response.status != 200 || !doc)
        throw TargetError(m_options.baseUrl + "/openapi.json answered "
                          + std::to_string(result.response.status)
                          + ", not an OpenAPI document; give one with --openapi FILE");
    m_document = *doc;
    return *m_document;
}

std::vector<Engine::Target::RouteInfo> LiveTarget::routes()
{
    if (!m_routes)
        m_routes = Engine::Target::describeOpenApi(openapi());
    return *m_routes;
}

void LiveTarget::setOverride(const std::string &, const std::string &, const std::string &)
{
    throw Engine::Error("a running server cannot take dependency overrides: they need "
                        "the app in this process (use --asgi or --app)");
}

std::string LiveTarget::missingCapabilityReason(const std::string &capability) const
{
    if (capability == "database")
        return "a running server's database is out of reach";
    if (capability == "mails")
        return "a running server records no mails the engine can read";
    if (capability == "websocket")
        return "websockets to a running server are not supported yet";
    if (capability == "overrides")
        return "a running server cannot take dependency overrides";
    return "a running server cannot do this (" + capability + ")";
}

} // namespace Engine::Live
