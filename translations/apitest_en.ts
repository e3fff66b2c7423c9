<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AppOptions</name>
    <message>
        <source>needs a value</source>
        <translation>needs a value</translation>
    </message>
    <message>
        <source>--error-style must be v1 or v2, not</source>
        <translation>--error-style must be v1 or v2, not</translation>
    </message>
    <message>
        <source>--override takes DEP=DOUBLE, not</source>
        <translation>--override takes DEP=DOUBLE, not</translation>
    </message>
    <message>
        <source>needs an app in this process; a running server (--base-url) is answered as it is</source>
        <translation>needs an app in this process; a running server (--base-url) is answered as it is</translation>
    </message>
    <message>
        <source>--error-style is not for --asgi: the app&apos;s own FastAPI and Pydantic decide the wording of its 422 bodies</source>
        <translation>--error-style is not for --asgi: the app&apos;s own FastAPI and Pydantic decide the wording of its 422 bodies</translation>
    </message>
    <message>
        <source>--db is for the built-in apps; your app opens its own database</source>
        <translation>--db is for the built-in apps; your app opens its own database</translation>
    </message>
    <message>
        <source>--db is for the built-in apps; an OpenAPI document has no database</source>
        <translation>--db is for the built-in apps; an OpenAPI document has no database</translation>
    </message>
    <message>
        <source>is for a Python app (--asgi MODULE:ATTR)</source>
        <translation>is for a Python app (--asgi MODULE:ATTR)</translation>
    </message>
    <message>
        <source>is for a running server (--base-url URL)</source>
        <translation>is for a running server (--base-url URL)</translation>
    </message>
    <message>
        <source>--asgi takes MODULE:ATTR (as uvicorn does), not</source>
        <translation>--asgi takes MODULE:ATTR (as uvicorn does), not</translation>
    </message>
    <message>
        <source>--base-url must start with http:// or https://, not</source>
        <translation>--base-url must start with http:// or https://, not</translation>
    </message>
    <message>
        <source>--header takes &apos;Name: value&apos;, not</source>
        <translation>--header takes &apos;Name: value&apos;, not</translation>
    </message>
    <message>
        <source>--timeout takes seconds (a number above 0, at most 86400), not</source>
        <translation>--timeout takes seconds (a number above 0, at most 86400), not</translation>
    </message>
    <message>
        <source>Target (one of):
  --app NAME              a built-in app:
</source>
        <translation>Target (one of):
  --app NAME              a built-in app:
</translation>
    </message>
    <message>
        <source>choose one target; these were both given:</source>
        <translation>choose one target; these were both given:</translation>
    </message>
    <message>
        <source>warning:</source>
        <translation>warning:</translation>
    </message>
    <message>
        <source>--fastapi is for an OpenAPI document (--openapi FILE): a built-in app follows --error-style, and your own app or server runs its own FastAPI</source>
        <translation>--fastapi is for an OpenAPI document (--openapi FILE): a built-in app follows --error-style, and your own app or server runs its own FastAPI</translation>
    </message>
    <message>
        <source>--fastapi takes a FastAPI release such as 0.115 or 0.92.0, not</source>
        <translation>--fastapi takes a FastAPI release such as 0.115 or 0.92.0, not</translation>
    </message>
    <message>
        <source>  --openapi FILE          an app built from an OpenAPI document
  --asgi MODULE:ATTR      your FastAPI app, through its real TestClient
    --app-dir DIR         put DIR first on sys.path (as uvicorn does)
    --python EXE          the interpreter (default: DIR/.venv/bin/python,
                          else python3)
    --doubles MODULE      more DOUBLES dicts (repeatable)
  --base-url URL          a running server, over HTTP
    --header &apos;Name: value&apos;  sent with every request (repeatable)
    --insecure            do not verify TLS certificates
Settings:
  --error-style v1|v2     422 bodies as FastAPI 0.9x/Pydantic 1 (v1) or
                          FastAPI 0.132+/Pydantic 2 (v2, the default)
  --fastapi RELEASE       the FastAPI that wrote an OpenAPI document (e.g.
                          0.115): 403 for missing credentials before 0.122,
                          bodies without Content-Type refused since 0.132
  --override DEP=DOUBLE   swap a dependency for a double (repeatable)
  --debug                 the app&apos;s debug flag: 500 bodies carry the traceback
  --db PATH               a built-in app&apos;s database file (default: a fresh
                          temporary file for this run)
  --timeout S             the time limit of one request, in seconds
</source>
        <translation>  --openapi FILE          an app built from an OpenAPI document
  --asgi MODULE:ATTR      your FastAPI app, through its real TestClient
    --app-dir DIR         put DIR first on sys.path (as uvicorn does)
    --python EXE          the interpreter (default: DIR/.venv/bin/python,
                          else python3)
    --doubles MODULE      more DOUBLES dicts (repeatable)
  --base-url URL          a running server, over HTTP
    --header &apos;Name: value&apos;  sent with every request (repeatable)
    --insecure            do not verify TLS certificates
Settings:
  --error-style v1|v2     422 bodies as FastAPI 0.9x/Pydantic 1 (v1) or
                          FastAPI 0.132+/Pydantic 2 (v2, the default)
  --fastapi RELEASE       the FastAPI that wrote an OpenAPI document (e.g.
                          0.115): 403 for missing credentials before 0.122,
                          bodies without Content-Type refused since 0.132
  --override DEP=DOUBLE   swap a dependency for a double (repeatable)
  --debug                 the app&apos;s debug flag: 500 bodies carry the traceback
  --db PATH               a built-in app&apos;s database file (default: a fresh
                          temporary file for this run)
  --timeout S             the time limit of one request, in seconds
</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Usage: api-replay COMMAND [options]

Commands:
</source>
        <translation>Usage: api-replay COMMAND [options]

Commands:
</translation>
    </message>
    <message>
        <source>
Run &apos;api-replay COMMAND --help&apos; for a command&apos;s options.
&apos;api-replay --version&apos; prints the version.
</source>
        <translation>
Run &apos;api-replay COMMAND --help&apos; for a command&apos;s options.
&apos;api-replay --version&apos; prints the version.
</translation>
    </message>
    <message>
        <source>unknown command</source>
        <translation>unknown command</translation>
    </message>
    <message>
        <source>cannot write the output:</source>
        <translation>cannot write the output:</translation>
    </message>
</context>
<context>
    <name>CompareCommand</name>
    <message>
        <source>send the same requests to two targets and list the differences</source>
        <translation>send the same requests to two targets and list the differences</translation>
    </message>
    <message>
        <source>Usage: api-replay compare --left TARGET --right TARGET [--ignore-header NAME]...
                          &lt; requests.jsonl

TARGET is written as its options, in quotes: &quot;--app forge --error-style v1&quot;,
&quot;--asgi main:app --app-dir .&quot;, &quot;--base-url http://127.0.0.1:8000&quot;.
Each request line (as for &apos;api-replay requests&apos;) goes to both; one JSON line per
request says whether the answers are the same, else lists the differences by
JSON pointer (/status, /headers/NAME, /json/..., /text, /exception/...). The
headers a server adds on its own (date, server) are ignored, and so is every
--ignore-header NAME. Ends with &apos;N same, M different&apos;; exit status 1 if any
differ, 2 for usage errors.
</source>
        <translation>Usage: api-replay compare --left TARGET --right TARGET [--ignore-header NAME]...
                          &lt; requests.jsonl

TARGET is written as its options, in quotes: &quot;--app forge --error-style v1&quot;,
&quot;--asgi main:app --app-dir .&quot;, &quot;--base-url http://127.0.0.1:8000&quot;.
Each request line (as for &apos;api-replay requests&apos;) goes to both; one JSON line per
request says whether the answers are the same, else lists the differences by
JSON pointer (/status, /headers/NAME, /json/..., /text, /exception/...). The
headers a server adds on its own (date, server) are ignored, and so is every
--ignore-header NAME. Ends with &apos;N same, M different&apos;; exit status 1 if any
differ, 2 for usage errors.
</translation>
    </message>
    <message>
        <source>an unclosed quote in</source>
        <translation>an unclosed quote in</translation>
    </message>
    <message>
        <source>unknown option or missing value</source>
        <translation>unknown option or missing value</translation>
    </message>
    <message>
        <source>give both --left TARGET and --right TARGET</source>
        <translation>give both --left TARGET and --right TARGET</translation>
    </message>
    <message>
        <source>unknown option</source>
        <translation>unknown option</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <source>(absent)</source>
        <translation>(absent)</translation>
    </message>
    <message>
        <source>Request → Send to both… shows two targets&apos; answers here.</source>
        <translation>Request → Send to both… shows two targets&apos; answers here.</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Right</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Differences</translation>
    </message>
    <message>
        <source>Left answer</source>
        <translation>Left answer</translation>
    </message>
    <message>
        <source>Right answer</source>
        <translation>Right answer</translation>
    </message>
    <message>
        <source>%1: %2 and %3 give the same answer.</source>
        <translation>%1: %2 and %3 give the same answer.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n difference(s) between %2 (left) and %3 (right).</source>
        <translation>
            <numerusform>%1: %n difference between %2 (left) and %3 (right).</numerusform>
            <numerusform>%1: %n differences between %2 (left) and %3 (right).</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Left: %1</source>
        <translation>&amp;Left: %1</translation>
    </message>
    <message>
        <source>&amp;Right: %1</source>
        <translation>&amp;Right: %1</translation>
    </message>
    <message>
        <source>Line %1 on the left, line %2 on the right</source>
        <translation>Line %1 on the left, line %2 on the right</translation>
    </message>
</context>
<context>
    <name>DatabaseView</name>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>No database is open (the lifespan did not run).</source>
        <translation>No database is open (the lifespan did not run).</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
</context>
<context>
    <name>DependencyPanel</name>
    <message>
        <source>Clear overrides</source>
        <translation>Clear overrides</translation>
    </message>
    <message>
        <source>&lt;b&gt;Dependency doubles&lt;/b&gt;</source>
        <translation>&lt;b&gt;Dependency doubles&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Dependencies of the selected route&lt;/b&gt;</source>
        <translation>&lt;b&gt;Dependencies of the selected route&lt;/b&gt;</translation>
    </message>
    <message>
        <source>real</source>
        <translation>real</translation>
    </message>
    <message>
        <source>%1 → %2, set by %3 at %4</source>
        <translation>%1 → %2, set by %3 at %4</translation>
    </message>
    <message>
        <source>No overrides are active.</source>
        <translation>No overrides are active.</translation>
    </message>
    <message>
        <source>Active overrides (they stay until cleared):
%1</source>
        <translation>Active overrides (they stay until cleared):
%1</translation>
    </message>
    <message>
        <source>Left set by the pytest run (dependency_overrides never cleared; a test after it sees the double):
%1</source>
        <translation>Left set by the pytest run (dependency_overrides never cleared; a test after it sees the double):
%1</translation>
    </message>
</context>
<context>
    <name>DependencyTreeModel</name>
    <message>
        <source>override set by %1</source>
        <translation>override set by %1</translation>
    </message>
    <message>
        <source>the real provider</source>
        <translation>the real provider</translation>
    </message>
    <message>
        <source>Dependency</source>
        <translation>Dependency</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
</context>
<context>
    <name>EngineClient</name>
    <message>
        <source>This target declares no OAuth2 password flow, so there is no token route to ask.</source>
        <translation>This target declares no OAuth2 password flow, so there is no token route to ask.</translation>
    </message>
    <message>
        <source>The target could not be opened again (%1); the built-in app answers now.</source>
        <translation>The target could not be opened again (%1); the built-in app answers now.</translation>
    </message>
</context>
<context>
    <name>EnvironmentDialog</name>
    <message>
        <source>Do not verify the TLS certificate (--insecure)</source>
        <translation>Do not verify the TLS certificate (--insecure)</translation>
    </message>
    <message>
        <source>Environments</source>
        <translation>Environments</translation>
    </message>
    <message>
        <source>staging</source>
        <translation>staging</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>Sent with every request. A secret&apos;s value is masked here and kept in the desktop&apos;s keychain.</source>
        <translation>Sent with every request. A secret&apos;s value is masked here and kept in the desktop&apos;s keychain.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicate</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <source>Add &amp;header</source>
        <translation>Add &amp;header</translation>
    </message>
    <message>
        <source>Remove header</source>
        <translation>Remove header</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Base URL:</translation>
    </message>
    <message>
        <source>Headers:</source>
        <translation>Headers:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>local</source>
        <translation>local</translation>
    </message>
    <message>
        <source>local %1</source>
        <translation>local %1</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copy)</translation>
    </message>
</context>
<context>
    <name>Environments</name>
    <message>
        <source>the keychain did not answer</source>
        <translation>the keychain did not answer</translation>
    </message>
    <message>
        <source>no keychain service is running</source>
        <translation>no keychain service is running</translation>
    </message>
    <message>
        <source>Give the environment a name.</source>
        <translation>Give the environment a name.</translation>
    </message>
    <message>
        <source>There is another environment named “%1”.</source>
        <translation>There is another environment named “%1”.</translation>
    </message>
    <message>
        <source>The base URL %1</source>
        <translation>The base URL %1</translation>
    </message>
    <message>
        <source>Header: %1</source>
        <translation>Header: %1</translation>
    </message>
    <message>
        <source>The value of %1 in %2 could not be read from the keychain: %3</source>
        <translation>The value of %1 in %2 could not be read from the keychain: %3</translation>
    </message>
    <message>
        <source>No keychain could take the secret values (%1), so %2 are kept in %3, unencrypted.</source>
        <translation>No keychain could take the secret values (%1), so %2 are kept in %3, unencrypted.</translation>
    </message>
    <message>
        <source>%1 are kept in %2, unencrypted: no keychain took them.</source>
        <translation>%1 are kept in %2, unencrypted: no keychain took them.</translation>
    </message>
</context>
<context>
    <name>ExportPytestCommand</name>
    <message>
        <source>write suites as pytest files that use TestClient and dependency_overrides</source>
        <translation>write suites as pytest files that use TestClient and dependency_overrides</translation>
    </message>
    <message>
        <source>Usage: api-replay export-pytest SUITE.json... --out DIR [--app-module MODULE]

Writes DIR/conftest.py and one DIR/test_&lt;suite&gt;.py per suite. The files import app
and the dependency and double names of the forge contract from MODULE (default
forge_app), so they run against any FastAPI implementation of the contract. Steps
only the engine can do (recorded mails, SQL, row counts) become comments.
</source>
        <translation>Usage: api-replay export-pytest SUITE.json... --out DIR [--app-module MODULE]

Writes DIR/conftest.py and one DIR/test_&lt;suite&gt;.py per suite. The files import app
and the dependency and double names of the forge contract from MODULE (default
forge_app), so they run against any FastAPI implementation of the contract. Steps
only the engine can do (recorded mails, SQL, row counts) become comments.
</translation>
    </message>
    <message>
        <source>unknown option</source>
        <translation>unknown option</translation>
    </message>
    <message>
        <source>give suite files and --out DIR</source>
        <translation>give suite files and --out DIR</translation>
    </message>
</context>
<context>
    <name>FindPolluterCommand</name>
    <message>
        <source>find the test that makes another one fail, and show what it left behind</source>
        <translation>find the test that makes another one fail, and show what it left behind</translation>
    </message>
    <message>
        <source>Usage: api-replay find-polluter SUITE.json --test NAME [--error-style v1|v2]

NAME must pass alone and fail after the tests before it. The tests before it are
halved until one remains that makes NAME fail (as detect-test-pollution does);
then it shows what that test left behind: overrides still set (and who set them),
rows added, the client session left open, recorded mails.
Exit status: 0 when a polluter was found, 1 when not, 2 for usage errors.
</source>
        <translation>Usage: api-replay find-polluter SUITE.json --test NAME [--error-style v1|v2]

NAME must pass alone and fail after the tests before it. The tests before it are
halved until one remains that makes NAME fail (as detect-test-pollution does);
then it shows what that test left behind: overrides still set (and who set them),
rows added, the client session left open, recorded mails.
Exit status: 0 when a polluter was found, 1 when not, 2 for usage errors.
</translation>
    </message>
    <message>
        <source>--error-style must be v1 or v2</source>
        <translation>--error-style must be v1 or v2</translation>
    </message>
    <message>
        <source>unknown option</source>
        <translation>unknown option</translation>
    </message>
    <message>
        <source>give one suite file and --test NAME</source>
        <translation>give one suite file and --test NAME</translation>
    </message>
    <message>
        <source>The test fails on its own: this is not pollution.</source>
        <translation>The test fails on its own: this is not pollution.</translation>
    </message>
    <message>
        <source>The test passes after the tests before it: nothing to find.</source>
        <translation>The test passes after the tests before it: nothing to find.</translation>
    </message>
    <message>
        <source>No single test makes it fail (it needs several together).</source>
        <translation>No single test makes it fail (it needs several together).</translation>
    </message>
    <message>
        <source>Polluter:</source>
        <translation>Polluter:</translation>
    </message>
    <message>
        <source>It makes</source>
        <translation>It makes</translation>
    </message>
    <message>
        <source>fail with:</source>
        <translation>fail with:</translation>
    </message>
    <message>
        <source>What it left behind:</source>
        <translation>What it left behind:</translation>
    </message>
    <message>
        <source>override</source>
        <translation>override</translation>
    </message>
    <message>
        <source>set by</source>
        <translation>set by</translation>
    </message>
    <message>
        <source>still active</source>
        <translation>still active</translation>
    </message>
    <message>
        <source>row(s) added to</source>
        <translation>row(s) added to</translation>
    </message>
    <message>
        <source>the client session (lifespan) is still open</source>
        <translation>the client session (lifespan) is still open</translation>
    </message>
    <message>
        <source>recorded mail(s)</source>
        <translation>recorded mail(s)</translation>
    </message>
    <message>
        <source>nothing visible (overrides, rows, session and mails are clean)</source>
        <translation>nothing visible (overrides, rows, session and mails are clean)</translation>
    </message>
</context>
<context>
    <name>FixtureTimeline</name>
    <message>
        <source>module</source>
        <translation>module</translation>
    </message>
    <message>
        <source>session</source>
        <translation>session</translation>
    </message>
    <message>
        <source>function</source>
        <translation>function</translation>
    </message>
    <message>
        <source>tests</source>
        <translation>tests</translation>
    </message>
    <message>
        <source>%1 (%2 scope)
set up for %3 at %4 ms</source>
        <translation>%1 (%2 scope)
set up for %3 at %4 ms</translation>
    </message>
    <message>
        <source>torn down after %1 at %2 ms</source>
        <translation>torn down after %1 at %2 ms</translation>
    </message>
    <message>
        <source>never torn down: the run stopped or the app was dropped</source>
        <translation>never torn down: the run stopped or the app was dropped</translation>
    </message>
    <message>
        <source>#%1 %2: %3 in %4 ms</source>
        <translation>#%1 %2: %3 in %4 ms</translation>
    </message>
    <message>
        <source>Run a suite to see when each fixture is set up and torn down.</source>
        <translation>Run a suite to see when each fixture is set up and torn down.</translation>
    </message>
    <message>
        <source>Ctrl+wheel zooms</source>
        <translation>Ctrl+wheel zooms</translation>
    </message>
    <message>
        <source>class</source>
        <translation>class</translation>
    </message>
    <message>
        <source>package</source>
        <translation>package</translation>
    </message>
</context>
<context>
    <name>GettingStartedDialog</name>
    <message>
        <source>Getting started</source>
        <translation>Getting started</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Getting started&lt;/h2&gt;&lt;p&gt;API Test Explorer sends requests the way FastAPI&apos;s &lt;code&gt;TestClient&lt;/code&gt; does and shows what FastAPI answers: the status, the body and, for a 422, each validation error with the place in the request it points to.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Getting started&lt;/h2&gt;&lt;p&gt;API Test Explorer sends requests the way FastAPI&apos;s &lt;code&gt;TestClient&lt;/code&gt; does and shows what FastAPI answers: the status, the body and, for a 422, each validation error with the place in the request it points to.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The tutorial&apos;s patterns, and where to try them&lt;/h3&gt;&lt;ul&gt;</source>
        <translation>&lt;h3&gt;The tutorial&apos;s patterns, and where to try them&lt;/h3&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Validation (422)&lt;/b&gt;: send %1 with a body that lacks a field or has a bad email; the 422 tab lists each error, a click marks it in the body.</source>
        <translation>&lt;b&gt;Validation (422)&lt;/b&gt;: send %1 with a body that lacks a field or has a bad email; the 422 tab lists each error, a click marks it in the body.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Dependency overrides&lt;/b&gt;: open %1, choose &lt;code&gt;fake_admin&lt;/code&gt; for &lt;code&gt;get_current_user&lt;/code&gt; under Dependencies, send; it stays set until you clear it, as &lt;code&gt;app.dependency_overrides&lt;/code&gt; does.</source>
        <translation>&lt;b&gt;Dependency overrides&lt;/b&gt;: open %1, choose &lt;code&gt;fake_admin&lt;/code&gt; for &lt;code&gt;get_current_user&lt;/code&gt; under Dependencies, send; it stays set until you clear it, as &lt;code&gt;app.dependency_overrides&lt;/code&gt; does.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Path and query parameters&lt;/b&gt;: %1 has a typed field for &lt;code&gt;item_id&lt;/code&gt;; type a word and see FastAPI&apos;s 422.</source>
        <translation>&lt;b&gt;Path and query parameters&lt;/b&gt;: %1 has a typed field for &lt;code&gt;item_id&lt;/code&gt;; type a word and see FastAPI&apos;s 422.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Errors raised, not answered&lt;/b&gt;: %1 raises; with &lt;i&gt;raise_server_exceptions&lt;/i&gt; ticked (TestClient&apos;s default) the error reaches the test instead of a 500.</source>
        <translation>&lt;b&gt;Errors raised, not answered&lt;/b&gt;: %1 raises; with &lt;i&gt;raise_server_exceptions&lt;/i&gt; ticked (TestClient&apos;s default) the error reaches the test instead of a 500.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The lifespan&lt;/b&gt;: untick &lt;i&gt;Client session (lifespan)&lt;/i&gt; and send %1: startup never ran, as with &lt;code&gt;TestClient(app)&lt;/code&gt; outside &lt;code&gt;with&lt;/code&gt;.</source>
        <translation>&lt;b&gt;The lifespan&lt;/b&gt;: untick &lt;i&gt;Client session (lifespan)&lt;/i&gt; and send %1: startup never ran, as with &lt;code&gt;TestClient(app)&lt;/code&gt; outside &lt;code&gt;with&lt;/code&gt;.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Background tasks&lt;/b&gt;: creating a user with %1 sends a welcome mail; see it under Recorded mails.</source>
        <translation>&lt;b&gt;Background tasks&lt;/b&gt;: creating a user with %1 sends a welcome mail; see it under Recorded mails.</translation>
    </message>
    <message>
        <source>&lt;b&gt;WebSockets&lt;/b&gt;: %1 echoes what you send.</source>
        <translation>&lt;b&gt;WebSockets&lt;/b&gt;: %1 echoes what you send.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Fixtures and their scopes&lt;/b&gt;: the suite %1 in the Suites tab, drawn as a timeline.</source>
        <translation>&lt;b&gt;Fixtures and their scopes&lt;/b&gt;: the suite %1 in the Suites tab, drawn as a timeline.</translation>
    </message>
    <message>
        <source>&lt;b&gt;A flaky test&lt;/b&gt;: the suite %1 fails in file order and passes alone; select the failure and press Find polluter.</source>
        <translation>&lt;b&gt;A flaky test&lt;/b&gt;: the suite %1 fails in file order and passes alone; select the failure and press Find polluter.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Where the tutorial and FastAPI disagree, the window shows what FastAPI does and says why in a yellow note.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Where the tutorial and FastAPI disagree, the window shows what FastAPI does and says why in a yellow note.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;What answers: the target&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;forge&lt;/b&gt;, the built-in demo app of the tutorial (open now unless you chose another);&lt;/li&gt;&lt;li&gt;&lt;b&gt;your own FastAPI app&lt;/b&gt;: File → Open app… → Python app (&lt;code&gt;myproject.main:app&lt;/code&gt;), with its dependencies and the doubles you wrote;&lt;/li&gt;&lt;li&gt;&lt;b&gt;an OpenAPI document&lt;/b&gt; FastAPI wrote (&lt;code&gt;openapi.json&lt;/code&gt;): its validation and 422 bodies as that FastAPI gives them, offline;&lt;/li&gt;&lt;li&gt;&lt;b&gt;a running server&lt;/b&gt; (File → Open app… → Live server, or an environment from the toolbar: File → Environments… keeps servers by name with their headers).&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Request → Send to both… puts two targets&apos; answers side by side. Your &lt;b&gt;pytest suite&lt;/b&gt; opens with File → Open pytest project….&lt;/p&gt;</source>
        <translation>&lt;h3&gt;What answers: the target&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;forge&lt;/b&gt;, the built-in demo app of the tutorial (open now unless you chose another);&lt;/li&gt;&lt;li&gt;&lt;b&gt;your own FastAPI app&lt;/b&gt;: File → Open app… → Python app (&lt;code&gt;myproject.main:app&lt;/code&gt;), with its dependencies and the doubles you wrote;&lt;/li&gt;&lt;li&gt;&lt;b&gt;an OpenAPI document&lt;/b&gt; FastAPI wrote (&lt;code&gt;openapi.json&lt;/code&gt;): its validation and 422 bodies as that FastAPI gives them, offline;&lt;/li&gt;&lt;li&gt;&lt;b&gt;a running server&lt;/b&gt; (File → Open app… → Live server, or an environment from the toolbar: File → Environments… keeps servers by name with their headers).&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Request → Send to both… puts two targets&apos; answers side by side. Your &lt;b&gt;pytest suite&lt;/b&gt; opens with File → Open pytest project….&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>HintBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <source>&lt;b&gt;The error was raised, not answered.&lt;/b&gt; TestClient re-raises unhandled errors into the test (&lt;code&gt;raise_server_exceptions=True&lt;/code&gt; is the default). The tutorial&apos;s assert on a 500 only works with it turned off.</source>
        <translation>&lt;b&gt;The error was raised, not answered.&lt;/b&gt; TestClient re-raises unhandled errors into the test (&lt;code&gt;raise_server_exceptions=True&lt;/code&gt; is the default). The tutorial&apos;s assert on a 500 only works with it turned off.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Startup did not run.&lt;/b&gt; Without &lt;code&gt;with TestClient(app)&lt;/code&gt; requests still work; only the lifespan (startup/shutdown) is skipped, so the database was never opened. There is no &quot;session not open&quot; error in FastAPI.</source>
        <translation>&lt;b&gt;Startup did not run.&lt;/b&gt; Without &lt;code&gt;with TestClient(app)&lt;/code&gt; requests still work; only the lifespan (startup/shutdown) is skipped, so the database was never opened. There is no &quot;session not open&quot; error in FastAPI.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No X-Trace-ID on this 500.&lt;/b&gt; The 500 is produced by Starlette&apos;s outermost server-error layer, which the &lt;code&gt;@app.middleware(&quot;http&quot;)&lt;/code&gt; middleware never sees.</source>
        <translation>&lt;b&gt;No X-Trace-ID on this 500.&lt;/b&gt; The 500 is produced by Starlette&apos;s outermost server-error layer, which the &lt;code&gt;@app.middleware(&quot;http&quot;)&lt;/code&gt; middleware never sees.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Overrides are still set.&lt;/b&gt; &lt;code&gt;app.dependency_overrides&lt;/code&gt; is global state: they stay until cleared, which is how they leak into the next test.</source>
        <translation>&lt;b&gt;Overrides are still set.&lt;/b&gt; &lt;code&gt;app.dependency_overrides&lt;/code&gt; is global state: they stay until cleared, which is how they leak into the next test.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The tutorial&apos;s mock is a string.&lt;/b&gt; &lt;code&gt;&quot;MockSessionObject&quot;&lt;/code&gt; has no database methods, so the route fails instead of returning 201.</source>
        <translation>&lt;b&gt;The tutorial&apos;s mock is a string.&lt;/b&gt; &lt;code&gt;&quot;MockSessionObject&quot;&lt;/code&gt; has no database methods, so the route fails instead of returning 201.</translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <source>list recent runs and per-test pass rates (flaky tests)</source>
        <translation>list recent runs and per-test pass rates (flaky tests)</translation>
    </message>
    <message>
        <source>unknown option</source>
        <translation>unknown option</translation>
    </message>
    <message>
        <source>Runs (newest first):</source>
        <translation>Runs (newest first):</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>passed</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>Tests:</source>
        <translation>Tests:</translation>
    </message>
    <message>
        <source>of the last</source>
        <translation>of the last</translation>
    </message>
    <message>
        <source>runs</source>
        <translation>runs</translation>
    </message>
    <message>
        <source>(flaky)</source>
        <translation>(flaky)</translation>
    </message>
    <message>
        <source>needs a positive number, got</source>
        <translation>needs a positive number, got</translation>
    </message>
    <message>
        <source>(not run)</source>
        <translation>(not run)</translation>
    </message>
    <message>
        <source>flaky</source>
        <translation>flaky</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>Tests whose outcome changed from run</source>
        <translation>Tests whose outcome changed from run</translation>
    </message>
    <message>
        <source>to run</source>
        <translation>to run</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>skipped</translation>
    </message>
    <message>
        <source>Usage: api-replay history [--history PATH] [--last N] [--json]
       api-replay history [--history PATH] --compare RUN RUN [--json]
       api-replay history import-junit FILE... [--history PATH]

Lists the last N runs (default 20) and, per test, how often it passed in them;
a test that both passed and failed is marked flaky. --compare lists the tests
whose outcome differs between two runs (numbers from the list of runs).
import-junit records each JUnit XML file (pytest --junit-xml, CI artefacts) as
a run; reruns in a file (&lt;rerun&gt;, &lt;flakyFailure&gt;, ...) count as attempts, so a
test that failed and passed on rerun is flaky. A file that cannot be read is
named and skipped (exit status 2); the others are imported.
</source>
        <translation>Usage: api-replay history [--history PATH] [--last N] [--json]
       api-replay history [--history PATH] --compare RUN RUN [--json]
       api-replay history import-junit FILE... [--history PATH]

Lists the last N runs (default 20) and, per test, how often it passed in them;
a test that both passed and failed is marked flaky. --compare lists the tests
whose outcome differs between two runs (numbers from the list of runs).
import-junit records each JUnit XML file (pytest --junit-xml, CI artefacts) as
a run; reruns in a file (&lt;rerun&gt;, &lt;flakyFailure&gt;, ...) count as attempts, so a
test that failed and passed on rerun is flaky. A file that cannot be read is
named and skipped (exit status 2); the others are imported.
</translation>
    </message>
    <message>
        <source>needs a value</source>
        <translation>needs a value</translation>
    </message>
    <message>
        <source>give one or more JUnit XML files</source>
        <translation>give one or more JUnit XML files</translation>
    </message>
    <message>
        <source>run</source>
        <translation>run</translation>
    </message>
    <message>
        <source>tests</source>
        <translation>tests</translation>
    </message>
    <message>
        <source>reruns</source>
        <translation>reruns</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Search method, path, status</source>
        <translation>Search method, path, status</translation>
    </message>
    <message>
        <source>Double-click to load the request into the composer</source>
        <translation>Double-click to load the request into the composer</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Path</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>µs</source>
        <translation>µs</translation>
    </message>
    <message>
        <source>The request history could not be read and was moved aside to %1; a new one was started.</source>
        <translation>The request history could not be read and was moved aside to %1; a new one was started.</translation>
    </message>
</context>
<context>
    <name>JsonDiffModel</name>
    <message>
        <source>(missing)</source>
        <translation>(missing)</translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation>(absent)</translation>
    </message>
    <message>
        <source>Where (JSON pointer)</source>
        <translation>Where (JSON pointer)</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Actual</translation>
    </message>
</context>
<context>
    <name>JsonTreeModel</name>
    <message numerus="yes">
        <source>{%n key(s)}</source>
        <translation>
            <numerusform>{%n key}</numerusform>
            <numerusform>{%n keys}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n item]</numerusform>
            <numerusform>[%n items]</numerusform>
        </translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Client session (lifespan)</source>
        <translation>Client session (lifespan)</translation>
    </message>
    <message>
        <source>raise_server_exceptions</source>
        <translation>raise_server_exceptions</translation>
    </message>
    <message>
        <source>App debug</source>
        <translation>App debug</translation>
    </message>
    <message>
        <source>Filter routes (method, path, summary)</source>
        <translation>Filter routes (method, path, summary)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Routes&lt;/b&gt;</source>
        <translation>&lt;b&gt;Routes&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Dependencies</source>
        <translation>Dependencies</translation>
    </message>
    <message>
        <source>Recorded mails</source>
        <translation>Recorded mails</translation>
    </message>
    <message>
        <source>Pydantic 2 (FastAPI 0.132+)</source>
        <translation>Pydantic 2 (FastAPI 0.132+)</translation>
    </message>
    <message>
        <source>Pydantic 1 (FastAPI 0.9x)</source>
        <translation>Pydantic 1 (FastAPI 0.9x)</translation>
    </message>
    <message>
        <source>The words of 422 bodies</source>
        <translation>The words of 422 bodies</translation>
    </message>
    <message>
        <source>`with TestClient(app)`: startup ran and shutdown runs when it ends</source>
        <translation>`with TestClient(app)`: startup ran and shutdown runs when it ends</translation>
    </message>
    <message>
        <source>Re-raise unhandled errors into the caller instead of answering 500</source>
        <translation>Re-raise unhandled errors into the caller instead of answering 500</translation>
    </message>
    <message>
        <source>FastAPI(debug=True): 500 bodies carry the traceback</source>
        <translation>FastAPI(debug=True): 500 bodies carry the traceback</translation>
    </message>
    <message>
        <source>%1 in %2 µs</source>
        <translation>%1 in %2 µs</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Working…</translation>
    </message>
    <message numerus="yes">
        <source>forge loaded: %n route(s)</source>
        <translation>
            <numerusform>forge loaded: %n route</numerusform>
            <numerusform>forge loaded: %n routes</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>&amp;Request</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <source>Copy as &amp;curl</source>
        <translation>Copy as &amp;curl</translation>
    </message>
    <message>
        <source>Copy as &amp;pytest test</source>
        <translation>Copy as &amp;pytest test</translation>
    </message>
    <message>
        <source>C&amp;lear overrides</source>
        <translation>C&amp;lear overrides</translation>
    </message>
    <message>
        <source>&amp;Filter routes</source>
        <translation>&amp;Filter routes</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About API Test Explorer</source>
        <translation>&amp;About API Test Explorer</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Error style: </source>
        <translation>Error style: </translation>
    </message>
    <message>
        <source>Copied as curl</source>
        <translation>Copied as curl</translation>
    </message>
    <message>
        <source>Copied as a pytest test</source>
        <translation>Copied as a pytest test</translation>
    </message>
    <message>
        <source>About API Test Explorer</source>
        <translation>About API Test Explorer</translation>
    </message>
    <message>
        <source>&lt;h3&gt;API Test Explorer %1&lt;/h3&gt;&lt;p&gt;Explore and replay FastAPI-style API tests against an embedded engine that answers like FastAPI, Starlette and Pydantic.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;API Test Explorer %1&lt;/h3&gt;&lt;p&gt;Explore and replay FastAPI-style API tests against an embedded engine that answers like FastAPI, Starlette and Pydantic.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Explore</source>
        <translation>Explore</translation>
    </message>
    <message>
        <source>Suites</source>
        <translation>Suites</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Save as &amp;test…</source>
        <translation>Save as &amp;test…</translation>
    </message>
    <message>
        <source>Saved %1 to %2</source>
        <translation>Saved %1 to %2</translation>
    </message>
    <message>
        <source>Save as test</source>
        <translation>Save as test</translation>
    </message>
    <message>
        <source>Save as test in suite</source>
        <translation>Save as test in suite</translation>
    </message>
    <message>
        <source>Suites (*.json)</source>
        <translation>Suites (*.json)</translation>
    </message>
    <message>
        <source>The fixtures of the open suite: scope, autouse, what they use</source>
        <translation>The fixtures of the open suite: scope, autouse, what they use</translation>
    </message>
    <message>
        <source>&lt;b&gt;Fixtures&lt;/b&gt; of the open suite</source>
        <translation>&lt;b&gt;Fixtures&lt;/b&gt; of the open suite</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Leave the work that does not finish behind and restart the engine (toggles and overrides are kept)</source>
        <translation>Leave the work that does not finish behind and restart the engine (toggles and overrides are kept)</translation>
    </message>
    <message>
        <source>Still working… Cancel leaves it behind.</source>
        <translation>Still working… Cancel leaves it behind.</translation>
    </message>
    <message>
        <source>Cancelled: the engine was restarted; the stuck work goes on in the background and its answer is dropped.</source>
        <translation>Cancelled: the engine was restarted; the stuck work goes on in the background and its answer is dropped.</translation>
    </message>
    <message>
        <source>Running suites… (Cancel stops after the current test)</source>
        <translation>Running suites… (Cancel stops after the current test)</translation>
    </message>
    <message>
        <source>&amp;Open suites…</source>
        <translation>&amp;Open suites…</translation>
    </message>
    <message>
        <source>Open &amp;recent suites</source>
        <translation>Open &amp;recent suites</translation>
    </message>
    <message>
        <source>&amp;Export suites as pytest…</source>
        <translation>&amp;Export suites as pytest…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;System colours</source>
        <translation>&amp;System colours</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Light</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dark</translation>
    </message>
    <message>
        <source>Drop suite files (.json) to open them</source>
        <translation>Drop suite files (.json) to open them</translation>
    </message>
    <message>
        <source>API Test Explorer</source>
        <translation>API Test Explorer</translation>
    </message>
    <message>
        <source>%1 answers now</source>
        <translation>%1 answers now</translation>
    </message>
    <message>
        <source>The app could not be opened</source>
        <translation>The app could not be opened</translation>
    </message>
    <message>
        <source>The previous app still answers.</source>
        <translation>The previous app still answers.</translation>
    </message>
    <message>
        <source>Open &amp;app…</source>
        <translation>Open &amp;app…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Recent a&amp;pps</source>
        <translation>Recent a&amp;pps</translation>
    </message>
    <message>
        <source>API Test Explorer — %1</source>
        <translation>API Test Explorer — %1</translation>
    </message>
    <message>
        <source>This app&apos;s own FastAPI and Pydantic decide the words</source>
        <translation>This app&apos;s own FastAPI and Pydantic decide the words</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Opening %1…</translation>
    </message>
    <message>
        <source>The document was reloaded; no route changed</source>
        <translation>The document was reloaded; no route changed</translation>
    </message>
    <message numerus="yes">
        <source>The document was reloaded: %n route(s) changed</source>
        <translation>
            <numerusform>The document was reloaded: %n route changed</numerusform>
            <numerusform>The document was reloaded: %n routes changed</numerusform>
        </translation>
    </message>
    <message>
        <source>The document changed</source>
        <translation>The document changed</translation>
    </message>
    <message numerus="yes">
        <source>%n route(s) added, changed or removed. History, suites and overrides are kept.</source>
        <translation>
            <numerusform>%n route added, changed or removed. History, suites and overrides are kept.</numerusform>
            <numerusform>%n routes added, changed or removed. History, suites and overrides are kept.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open API &amp;description…</source>
        <translation>Open API &amp;description…</translation>
    </message>
    <message>
        <source>Serve the app an OpenAPI document describes (FastAPI&apos;s openapi.json): validation and answers as that FastAPI gives them</source>
        <translation>Serve the app an OpenAPI document describes (FastAPI&apos;s openapi.json): validation and answers as that FastAPI gives them</translation>
    </message>
    <message>
        <source>Open API description</source>
        <translation>Open API description</translation>
    </message>
    <message>
        <source>OpenAPI documents (*.json);;All files (*)</source>
        <translation>OpenAPI documents (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>%1 and %2 give the same answer.</source>
        <translation>%1 and %2 give the same answer.</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) between %1 (left) and %2 (right).</source>
        <translation>
            <numerusform>%n difference between %1 (left) and %2 (right).</numerusform>
            <numerusform>%n differences between %1 (left) and %2 (right).</numerusform>
        </translation>
    </message>
    <message>
        <source>Comparing with %1…</source>
        <translation>Comparing with %1…</translation>
    </message>
    <message>
        <source>Save the request and the answer shown as a test in a suite file</source>
        <translation>Save the request and the answer shown as a test in a suite file</translation>
    </message>
    <message>
        <source>The composer was edited since the answer shown: send the request again to save it as a test</source>
        <translation>The composer was edited since the answer shown: send the request again to save it as a test</translation>
    </message>
    <message>
        <source>Send a request first: the test asserts its answer</source>
        <translation>Send a request first: the test asserts its answer</translation>
    </message>
    <message>
        <source>This answer is to %1 %2, sent before; the composer holds another request now</source>
        <translation>This answer is to %1 %2, sent before; the composer holds another request now</translation>
    </message>
    <message>
        <source>Open p&amp;ytest project…</source>
        <translation>Open p&amp;ytest project…</translation>
    </message>
    <message>
        <source>Run your own pytest suite here: history, pass rates, the fixture timeline, seeds and the polluter search</source>
        <translation>Run your own pytest suite here: history, pass rates, the fixture timeline, seeds and the polluter search</translation>
    </message>
    <message>
        <source>Recent pytest pro&amp;jects</source>
        <translation>Recent pytest pro&amp;jects</translation>
    </message>
    <message>
        <source>Open pytest project (the directory pytest runs in)</source>
        <translation>Open pytest project (the directory pytest runs in)</translation>
    </message>
    <message>
        <source>Filter routes</source>
        <translation>Filter routes</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>&amp;Getting started</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&amp;Documentation (README)</source>
        <translation>&amp;Documentation (README)</translation>
    </message>
    <message>
        <source>Indent the selected body lines</source>
        <translation>Indent the selected body lines</translation>
    </message>
    <message>
        <source>Ctrl+]</source>
        <translation>Ctrl+]</translation>
    </message>
    <message>
        <source>Dedent the selected body lines</source>
        <translation>Dedent the selected body lines</translation>
    </message>
    <message>
        <source>Ctrl+[</source>
        <translation>Ctrl+[</translation>
    </message>
    <message>
        <source>Go from a route to the composer&apos;s URL</source>
        <translation>Go from a route to the composer&apos;s URL</translation>
    </message>
    <message>
        <source>Next or previous control</source>
        <translation>Next or previous control</translation>
    </message>
    <message>
        <source>Send to &amp;both…</source>
        <translation>Send to &amp;both…</translation>
    </message>
    <message>
        <source>Send to both</source>
        <translation>Send to both</translation>
    </message>
    <message>
        <source>Send this request to another target too (the document and the app, the engine and a server) and show both answers side by side</source>
        <translation>Send this request to another target too (the document and the app, the engine and a server) and show both answers side by side</translation>
    </message>
    <message>
        <source>&amp;Environments…</source>
        <translation>&amp;Environments…</translation>
    </message>
    <message>
        <source>Servers by name: a base URL and the headers sent with every request (an API key); chosen from the toolbar</source>
        <translation>Servers by name: a base URL and the headers sent with every request (an API key); chosen from the toolbar</translation>
    </message>
    <message>
        <source>E&amp;nvironment: </source>
        <translation>E&amp;nvironment: </translation>
    </message>
    <message>
        <source>There is no environment named %1</source>
        <translation>There is no environment named %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Opening %1 (%2)…</source>
        <translation>Opening %1 (%2)…</translation>
    </message>
    <message>
        <source>Secrets are not encrypted</source>
        <translation>Secrets are not encrypted</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Manage environments…</source>
        <translation>Manage environments…</translation>
    </message>
    <message>
        <source>Choose an environment to send requests to its server</source>
        <translation>Choose an environment to send requests to its server</translation>
    </message>
    <message>
        <source>Requests go to %1</source>
        <translation>Requests go to %1</translation>
    </message>
</context>
<context>
    <name>OpenApiCommand</name>
    <message>
        <source>print the app&apos;s OpenAPI document as FastAPI generates it</source>
        <translation>print the app&apos;s OpenAPI document as FastAPI generates it</translation>
    </message>
    <message>
        <source>Usage: api-replay openapi [TARGET] [--error-style v1|v2]

v1 prints FastAPI 0.9x&apos;s document (OpenAPI 3.0.2, Pydantic 1 schemas),
v2 FastAPI 0.132&apos;s (OpenAPI 3.1.0, Pydantic 2 schemas).

Options:
</source>
        <translation>Usage: api-replay openapi [TARGET] [--error-style v1|v2]

v1 prints FastAPI 0.9x&apos;s document (OpenAPI 3.0.2, Pydantic 1 schemas),
v2 FastAPI 0.132&apos;s (OpenAPI 3.1.0, Pydantic 2 schemas).

Options:
</translation>
    </message>
</context>
<context>
    <name>OpenTargetDialog</name>
    <message>
        <source>Open app</source>
        <translation>Open app</translation>
    </message>
    <message>
        <source>Built-in app</source>
        <translation>Built-in app</translation>
    </message>
    <message>
        <source>Python app (your FastAPI app)</source>
        <translation>Python app (your FastAPI app)</translation>
    </message>
    <message>
        <source>OpenAPI document</source>
        <translation>OpenAPI document</translation>
    </message>
    <message>
        <source>Live server</source>
        <translation>Live server</translation>
    </message>
    <message>
        <source>App:</source>
        <translation>App:</translation>
    </message>
    <message>
        <source>The module and the attribute that holds the app, as uvicorn takes them</source>
        <translation>The module and the attribute that holds the app, as uvicorn takes them</translation>
    </message>
    <message>
        <source>the project directory (put first on sys.path)</source>
        <translation>the project directory (put first on sys.path)</translation>
    </message>
    <message>
        <source>more modules with DOUBLES dicts, comma-separated</source>
        <translation>more modules with DOUBLES dicts, comma-separated</translation>
    </message>
    <message>
        <source>App (module:attr):</source>
        <translation>App (module:attr):</translation>
    </message>
    <message>
        <source>App directory:</source>
        <translation>App directory:</translation>
    </message>
    <message>
        <source>App directory</source>
        <translation>App directory</translation>
    </message>
    <message>
        <source>Interpreter:</source>
        <translation>Interpreter:</translation>
    </message>
    <message>
        <source>Python interpreter</source>
        <translation>Python interpreter</translation>
    </message>
    <message>
        <source>Doubles modules:</source>
        <translation>Doubles modules:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>What answers:</source>
        <translation>What answers:</translation>
    </message>
    <message>
        <source>Give the app as module:attr, for example myproject.main:app.</source>
        <translation>Give the app as module:attr, for example myproject.main:app.</translation>
    </message>
    <message>
        <source>“%1” is not module:attr (the module, a colon, the attribute).</source>
        <translation>“%1” is not module:attr (the module, a colon, the attribute).</translation>
    </message>
    <message>
        <source>The app directory %1 does not exist.</source>
        <translation>The app directory %1 does not exist.</translation>
    </message>
    <message>
        <source>%1 (found in the app directory)</source>
        <translation>%1 (found in the app directory)</translation>
    </message>
    <message>
        <source>python3 from PATH</source>
        <translation>python3 from PATH</translation>
    </message>
    <message>
        <source>Do not verify the TLS certificate (--insecure)</source>
        <translation>Do not verify the TLS certificate (--insecure)</translation>
    </message>
    <message>
        <source>Name: value, one per line (sent with every request)</source>
        <translation>Name: value, one per line (sent with every request)</translation>
    </message>
    <message>
        <source>Base URL:</source>
        <translation>Base URL:</translation>
    </message>
    <message>
        <source>Headers:</source>
        <translation>Headers:</translation>
    </message>
    <message>
        <source>Give the server&apos;s address, starting with http:// or https://.</source>
        <translation>Give the server&apos;s address, starting with http:// or https://.</translation>
    </message>
    <message>
        <source>“%1” is not a header (Name: value).</source>
        <translation>“%1” is not a header (Name: value).</translation>
    </message>
    <message>
        <source>The app a FastAPI OpenAPI document describes: its validation, security and example answers, offline</source>
        <translation>The app a FastAPI OpenAPI document describes: its validation, security and example answers, offline</translation>
    </message>
    <message>
        <source>openapi.json, as FastAPI serves it</source>
        <translation>openapi.json, as FastAPI serves it</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>Document:</translation>
    </message>
    <message>
        <source>OpenAPI documents (*.json);;All files (*)</source>
        <translation>OpenAPI documents (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>Choose the OpenAPI document (openapi.json).</source>
        <translation>Choose the OpenAPI document (openapi.json).</translation>
    </message>
    <message>
        <source>The document %1 does not exist.</source>
        <translation>The document %1 does not exist.</translation>
    </message>
    <message>
        <source>Response headers to leave out of the comparison, separated by commas (date and server always are)</source>
        <translation>Response headers to leave out of the comparison, separated by commas (date and server always are)</translation>
    </message>
    <message>
        <source>Ignore headers:</source>
        <translation>Ignore headers:</translation>
    </message>
    <message>
        <source>Recent:</source>
        <translation>Recent:</translation>
    </message>
    <message>
        <source>Choose a recent target to fill the form</source>
        <translation>Choose a recent target to fill the form</translation>
    </message>
    <message>
        <source>None: the URL and headers below</source>
        <translation>None: the URL and headers below</translation>
    </message>
    <message>
        <source>File → Environments… keeps servers by name, with their headers (secrets in the keychain)</source>
        <translation>File → Environments… keeps servers by name, with their headers (secrets in the keychain)</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Environment:</translation>
    </message>
    <message>
        <source>The address %1</source>
        <translation>The address %1</translation>
    </message>
    <message>
        <source>As its OpenAPI version implies</source>
        <translation>As its OpenAPI version implies</translation>
    </message>
    <message>
        <source>FastAPI 0.100 to 0.121</source>
        <translation>FastAPI 0.100 to 0.121</translation>
    </message>
    <message>
        <source>FastAPI 0.122 to 0.131</source>
        <translation>FastAPI 0.122 to 0.131</translation>
    </message>
    <message>
        <source>FastAPI 0.132 or later</source>
        <translation>FastAPI 0.132 or later</translation>
    </message>
    <message>
        <source>Every FastAPI since 0.99 writes OpenAPI 3.1.0, but not every one answers alike: before 0.122 a missing API key or bearer token gets 403, since then 401 with WWW-Authenticate; since 0.132 a JSON body without a Content-Type is refused. An OpenAPI 3.0 document is read as FastAPI 0.9x (--fastapi).</source>
        <translation>Every FastAPI since 0.99 writes OpenAPI 3.1.0, but not every one answers alike: before 0.122 a missing API key or bearer token gets 403, since then 401 with WWW-Authenticate; since 0.132 a JSON body without a Content-Type is refused. An OpenAPI 3.0 document is read as FastAPI 0.9x (--fastapi).</translation>
    </message>
    <message>
        <source>Written by:</source>
        <translation>Written by:</translation>
    </message>
    <message>
        <source>FastAPI %1</source>
        <translation>FastAPI %1</translation>
    </message>
</context>
<context>
    <name>PassRateChart</name>
    <message>
        <source>Pass rate per test over the last runs</source>
        <translation>Pass rate per test over the last runs</translation>
    </message>
    <message>
        <source>passed %</source>
        <translation>passed %</translation>
    </message>
    <message>
        <source>%1 (flaky)</source>
        <translation>%1 (flaky)</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>failed %</source>
        <translation>failed %</translation>
    </message>
</context>
<context>
    <name>PytestCommand</name>
    <message>
        <source>run your own pytest suite: history, random order, polluter search</source>
        <translation>run your own pytest suite: history, random order, polluter search</translation>
    </message>
    <message>
        <source>needs a value</source>
        <translation>needs a value</translation>
    </message>
    <message>
        <source>needs a whole number from</source>
        <translation>needs a whole number from</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>got</source>
        <translation>got</translation>
    </message>
    <message>
        <source>unknown option</source>
        <translation>unknown option</translation>
    </message>
    <message>
        <source>pytest&apos;s own options go after --</source>
        <translation>pytest&apos;s own options go after --</translation>
    </message>
    <message>
        <source>unknown subcommand</source>
        <translation>unknown subcommand</translation>
    </message>
    <message>
        <source>run or find-polluter</source>
        <translation>run or find-polluter</translation>
    </message>
    <message>
        <source>unexpected argument</source>
        <translation>unexpected argument</translation>
    </message>
    <message>
        <source>pytest&apos;s own arguments go after --</source>
        <translation>pytest&apos;s own arguments go after --</translation>
    </message>
    <message>
        <source>Pass rate per test:</source>
        <translation>Pass rate per test:</translation>
    </message>
    <message>
        <source>give one node id, such as</source>
        <translation>give one node id, such as</translation>
    </message>
    <message>
        <source>did not run in that run</source>
        <translation>did not run in that run</translation>
    </message>
    <message>
        <source>is not collected by pytest</source>
        <translation>is not collected by pytest</translation>
    </message>
    <message>
        <source>The test fails on its own: this is not pollution.</source>
        <translation>The test fails on its own: this is not pollution.</translation>
    </message>
    <message>
        <source>The test passes after the tests before it: no polluter to find in this order.</source>
        <translation>The test passes after the tests before it: no polluter to find in this order.</translation>
    </message>
    <message>
        <source>No single test makes it fail: the pollution needs several tests together.</source>
        <translation>No single test makes it fail: the pollution needs several tests together.</translation>
    </message>
    <message>
        <source>no dependency override (look at module state, caches, files)</source>
        <translation>no dependency override (look at module state, caches, files)</translation>
    </message>
    <message>
        <source>pytest runs</source>
        <translation>pytest runs</translation>
    </message>
    <message>
        <source>Usage: api-replay pytest run [options] [-- PYTEST ARGS...]
       api-replay pytest find-polluter NODEID [options] [--run ID] [-- PYTEST ARGS...]

Runs the project&apos;s tests with pytest itself (our plugin is loaded with -p; nothing
to install). run prints pytest&apos;s progress and summary, records each test in the run
history as it ends (file = its path, name = the rest of the node id) and exits with
pytest&apos;s status. find-polluter checks that NODEID passes alone and fails after the
tests before it (in file order, or in the order of recorded run ID), then halves
them, one fresh pytest per step, until one test remains.

Options:
  --rootdir DIR       where pytest runs (default: the current directory)
  --python EXE        the interpreter (default: DIR/.venv/bin/python, else python3)
  --seed N|last       random order as pytest-randomly: modules, classes, functions
  --repeat N          run the suite N times and print a pass rate per test
  --junit-xml FILE    JUnit XML (pytest&apos;s own)
  --timeout S         a test running longer than S seconds ends the pytest process
                      (the test is an error, the tests after it do not run)
  --history PATH      the history database; --no-history to skip it

Overrides still set when the run ends are listed, with the test that set them, under
&quot;api-test-explorer: left behind&quot; before pytest&apos;s summary line, and so is a
TestClient used outside `with` on an app whose startup handlers then never ran.
</source>
        <translation>Usage: api-replay pytest run [options] [-- PYTEST ARGS...]
       api-replay pytest find-polluter NODEID [options] [--run ID] [-- PYTEST ARGS...]

Runs the project&apos;s tests with pytest itself (our plugin is loaded with -p; nothing
to install). run prints pytest&apos;s progress and summary, records each test in the run
history as it ends (file = its path, name = the rest of the node id) and exits with
pytest&apos;s status. find-polluter checks that NODEID passes alone and fails after the
tests before it (in file order, or in the order of recorded run ID), then halves
them, one fresh pytest per step, until one test remains.

Options:
  --rootdir DIR       where pytest runs (default: the current directory)
  --python EXE        the interpreter (default: DIR/.venv/bin/python, else python3)
  --seed N|last       random order as pytest-randomly: modules, classes, functions
  --repeat N          run the suite N times and print a pass rate per test
  --junit-xml FILE    JUnit XML (pytest&apos;s own)
  --timeout S         a test running longer than S seconds ends the pytest process
                      (the test is an error, the tests after it do not run)
  --history PATH      the history database; --no-history to skip it

Overrides still set when the run ends are listed, with the test that set them, under
&quot;api-test-explorer: left behind&quot; before pytest&apos;s summary line, and so is a
TestClient used outside `with` on an app whose startup handlers then never ran.
</translation>
    </message>
    <message>
        <source>needs seconds from 0.001 to 86400, got</source>
        <translation>needs seconds from 0.001 to 86400, got</translation>
    </message>
</context>
<context>
    <name>RequestEditor</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Fill from schema</source>
        <translation>Fill from schema</translation>
    </message>
    <message>
        <source>Authorize…</source>
        <translation>Authorize…</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Send the request (Ctrl+Return)</source>
        <translation>Send the request (Ctrl+Return)</translation>
    </message>
    <message>
        <source>JSON body (sent as it is, even when it is not valid JSON)</source>
        <translation>JSON body (sent as it is, even when it is not valid JSON)</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Query</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Headers</translation>
    </message>
    <message>
        <source>Authorize</source>
        <translation>Authorize</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>Username:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Path parameter %1: %2</source>
        <translation>Path parameter %1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Get a token from the app&apos;s OAuth2 token route and set the Authorization header</source>
        <translation>Get a token from the app&apos;s OAuth2 token route and set the Authorization header</translation>
    </message>
    <message>
        <source>Required: always sent</source>
        <translation>Required: always sent</translation>
    </message>
    <message>
        <source>Optional: sent when ticked; the app&apos;s default otherwise</source>
        <translation>Optional: sent when ticked; the app&apos;s default otherwise</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>one of %1</translation>
    </message>
    <message>
        <source>Path edited by hand: it no longer has the route&apos;s shape, so the parameter fields below are not used</source>
        <translation>Path edited by hand: it no longer has the route&apos;s shape, so the parameter fields below are not used</translation>
    </message>
    <message>
        <source>Reset to route</source>
        <translation>Reset to route</translation>
    </message>
    <message>
        <source>Put the route&apos;s own request back (what you typed for it is kept as a draft until then)</source>
        <translation>Put the route&apos;s own request back (what you typed for it is kept as a draft until then)</translation>
    </message>
</context>
<context>
    <name>RequestsCommand</name>
    <message>
        <source>replay JSON request lines from stdin against an app</source>
        <translation>replay JSON request lines from stdin against an app</translation>
    </message>
    <message>
        <source>  --no-raise-server-exceptions  answer unhandled errors with the 500 response
  --no-lifespan           do not run startup/shutdown (no `with TestClient`)
  --trace                 add the execution trace to each answer
</source>
        <translation>  --no-raise-server-exceptions  answer unhandled errors with the 500 response
  --no-lifespan           do not run startup/shutdown (no `with TestClient`)
  --trace                 add the execution trace to each answer
</translation>
    </message>
    <message>
        <source>unknown option</source>
        <translation>unknown option</translation>
    </message>
    <message>
        <source>Try &apos;api-replay requests --help&apos;.</source>
        <translation>Try &apos;api-replay requests --help&apos;.</translation>
    </message>
    <message>
        <source>startup failed:</source>
        <translation>startup failed:</translation>
    </message>
    <message>
        <source>cannot write the answers:</source>
        <translation>cannot write the answers:</translation>
    </message>
    <message>
        <source>Usage: api-replay requests [TARGET] [options] &lt; requests.jsonl

Reads one JSON request per line on stdin:
  {&quot;method&quot;:&quot;POST&quot;,&quot;path&quot;:&quot;/users?skip=1&quot;,
   &quot;headers&quot;:{&quot;Authorization&quot;:&quot;Bearer x&quot;},&quot;json&quot;:{...}}
or with &quot;body&quot;:&quot;raw text&quot; instead of &quot;json&quot; (sent with content-type
application/json unless the line&apos;s headers say otherwise), or with a form
as TestClient takes one: &quot;data&quot;:{&quot;field&quot;:&quot;value&quot;} (urlencoded) and
&quot;files&quot;:{&quot;upload&quot;:{&quot;filename&quot;:&quot;a.txt&quot;,&quot;content&quot;:&quot;...&quot;,
&quot;content_type&quot;:&quot;text/plain&quot;}} (multipart); an optional &quot;query&quot; object is
appended to the path.
Writes one JSON line per request, each out before the next line is waited for:
  {&quot;status&quot;:201,&quot;headers&quot;:{...},&quot;json&quot;:&lt;body&gt;}  (&quot;text&quot; when not JSON)
  {&quot;exception&quot;:{&quot;type&quot;:&quot;RuntimeError&quot;,&quot;message&quot;:&quot;Unexpected!&quot;}}
  {&quot;error&quot;:{&quot;line&quot;:N,&quot;message&quot;:&quot;...&quot;}}  for a line that is not a request
All lines share one app and one client session. Exit status 1 if any line
was an error, else 0.

Options:
</source>
        <translation>Usage: api-replay requests [TARGET] [options] &lt; requests.jsonl

Reads one JSON request per line on stdin:
  {&quot;method&quot;:&quot;POST&quot;,&quot;path&quot;:&quot;/users?skip=1&quot;,
   &quot;headers&quot;:{&quot;Authorization&quot;:&quot;Bearer x&quot;},&quot;json&quot;:{...}}
or with &quot;body&quot;:&quot;raw text&quot; instead of &quot;json&quot; (sent with content-type
application/json unless the line&apos;s headers say otherwise), or with a form
as TestClient takes one: &quot;data&quot;:{&quot;field&quot;:&quot;value&quot;} (urlencoded) and
&quot;files&quot;:{&quot;upload&quot;:{&quot;filename&quot;:&quot;a.txt&quot;,&quot;content&quot;:&quot;...&quot;,
&quot;content_type&quot;:&quot;text/plain&quot;}} (multipart); an optional &quot;query&quot; object is
appended to the path.
Writes one JSON line per request, each out before the next line is waited for:
  {&quot;status&quot;:201,&quot;headers&quot;:{...},&quot;json&quot;:&lt;body&gt;}  (&quot;text&quot; when not JSON)
  {&quot;exception&quot;:{&quot;type&quot;:&quot;RuntimeError&quot;,&quot;message&quot;:&quot;Unexpected!&quot;}}
  {&quot;error&quot;:{&quot;line&quot;:N,&quot;message&quot;:&quot;...&quot;}}  for a line that is not a request
All lines share one app and one client session. Exit status 1 if any line
was an error, else 0.

Options:
</translation>
    </message>
</context>
<context>
    <name>ResponseView</name>
    <message>
        <source>Show all</source>
        <translation>Show all</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>No response yet</source>
        <translation>No response yet</translation>
    </message>
    <message>
        <source>Find in body</source>
        <translation>Find in body</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>422 details</source>
        <translation>422 details</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Headers</translation>
    </message>
    <message>
        <source>Trace</source>
        <translation>Trace</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Raw</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Raised %1</source>
        <translation>Raised %1</translation>
    </message>
    <message>
        <source>%1 µs</source>
        <translation>%1 µs</translation>
    </message>
    <message>
        <source>%1: %2

%3%4</source>
        <translation>%1: %2

%3%4</translation>
    </message>
    <message>
        <source>
TestClient re-raises this error into the test because raise_server_exceptions is on. Turn it off to see the 500 response instead.</source>
        <translation>
TestClient re-raises this error into the test because raise_server_exceptions is on. Turn it off to see the 500 response instead.</translation>
    </message>
    <message>
        <source>No error.</source>
        <translation>No error.</translation>
    </message>
    <message>
        <source>Expand all</source>
        <translation>Expand all</translation>
    </message>
    <message>
        <source>Unfold every level (slow for very large bodies)</source>
        <translation>Unfold every level (slow for very large bodies)</translation>
    </message>
    <message>
        <source>Fold all</source>
        <translation>Fold all</translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>Tree</translation>
    </message>
    <message>
        <source>Showing %1 of %2 bytes</source>
        <translation>Showing %1 of %2 bytes</translation>
    </message>
    <message>
        <source>[… %1 more bytes; the Body tab can show all]</source>
        <translation>[… %1 more bytes; the Body tab can show all]</translation>
    </message>
    <message>
        <source>Loading… %1 of %2 bytes</source>
        <translation>Loading… %1 of %2 bytes</translation>
    </message>
    <message>
        <source>Send a request first</source>
        <translation>Send a request first</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Side by side</translation>
    </message>
    <message>
        <source>Request → Send to both… shows two targets&apos; answers here</source>
        <translation>Request → Send to both… shows two targets&apos; answers here</translation>
    </message>
</context>
<context>
    <name>RouteTreeModel</name>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Path</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
</context>
<context>
    <name>RoutesCommand</name>
    <message>
        <source>unknown option</source>
        <translation>unknown option</translation>
    </message>
    <message>
        <source>list the app&apos;s routes with their dependency trees (JSON)</source>
        <translation>list the app&apos;s routes with their dependency trees (JSON)</translation>
    </message>
    <message>
        <source>Usage: api-replay routes [TARGET] [--override DEP=DOUBLE]...

Prints the routes as a JSON array: method, path, name, summary, tags,
status code, parameters (with their default and allowed values) and the
dependency tree with the provider that is active for each dependency.

Options:
</source>
        <translation>Usage: api-replay routes [TARGET] [--override DEP=DOUBLE]...

Prints the routes as a JSON array: method, path, name, summary, tags,
status code, parameters (with their default and allowed values) and the
dependency tree with the provider that is active for each dependency.

Options:
</translation>
    </message>
</context>
<context>
    <name>RunCommand</name>
    <message>
        <source>run suite files like pytest (fixtures, random order, JUnit XML)</source>
        <translation>run suite files like pytest (fixtures, random order, JUnit XML)</translation>
    </message>
    <message>
        <source>needs a value</source>
        <translation>needs a value</translation>
    </message>
    <message>
        <source>--error-style must be v1 or v2</source>
        <translation>--error-style must be v1 or v2</translation>
    </message>
    <message>
        <source>unknown option</source>
        <translation>unknown option</translation>
    </message>
    <message>
        <source>not a number:</source>
        <translation>not a number:</translation>
    </message>
    <message>
        <source>no suite file given</source>
        <translation>no suite file given</translation>
    </message>
    <message>
        <source>No failed tests in the last run; running everything.</source>
        <translation>No failed tests in the last run; running everything.</translation>
    </message>
    <message>
        <source>Pass rate per test:</source>
        <translation>Pass rate per test:</translation>
    </message>
    <message>
        <source>cannot write</source>
        <translation>cannot write</translation>
    </message>
    <message>
        <source>needs a whole number from 0 to</source>
        <translation>needs a whole number from 0 to</translation>
    </message>
    <message>
        <source>got</source>
        <translation>got</translation>
    </message>
    <message>
        <source>needs a whole number from 1 to</source>
        <translation>needs a whole number from 1 to</translation>
    </message>
    <message>
        <source>needs a number of seconds above 0 and at most 86400, got</source>
        <translation>needs a number of seconds above 0 and at most 86400, got</translation>
    </message>
    <message>
        <source>Usage: api-replay run SUITE.json... [options]

  -k EXPR             run tests whose name contains EXPR (&quot;not EXPR&quot; inverts)
  -x                  stop at the first failure
  --seed N            random order from seed N (printed, so the order can be replayed)
  --lf                run only the tests that failed in the last run (from history)
  --repeat N          run everything N times and report a pass rate per test
  --isolate           a fresh app for every test
  --setup-show        print the fixture lifecycle (SETUP/TEARDOWN) like pytest
  --timeout SECONDS   time limit per test (default 10)
  --junit-xml FILE    write JUnit XML
  --error-style v1|v2 the words of 422 bodies (default v2)
  --app NAME | --asgi MODULE:ATTR [--app-dir DIR] [--python EXE] [--doubles M]
                      the target every suite runs against (default: the app each
                      suite names); see &apos;api-replay requests --help&apos;
  --override DEP=DOUBLE  set on the target when it opens (repeatable)
  --history PATH      the history database (default: $API_REPLAY_HISTORY or the
                      user data directory); --no-history to skip it

Exit status: 0 all passed, 1 failures, 2 usage or suite-file errors.
</source>
        <translation>Usage: api-replay run SUITE.json... [options]

  -k EXPR             run tests whose name contains EXPR (&quot;not EXPR&quot; inverts)
  -x                  stop at the first failure
  --seed N            random order from seed N (printed, so the order can be replayed)
  --lf                run only the tests that failed in the last run (from history)
  --repeat N          run everything N times and report a pass rate per test
  --isolate           a fresh app for every test
  --setup-show        print the fixture lifecycle (SETUP/TEARDOWN) like pytest
  --timeout SECONDS   time limit per test (default 10)
  --junit-xml FILE    write JUnit XML
  --error-style v1|v2 the words of 422 bodies (default v2)
  --app NAME | --asgi MODULE:ATTR [--app-dir DIR] [--python EXE] [--doubles M]
                      the target every suite runs against (default: the app each
                      suite names); see &apos;api-replay requests --help&apos;
  --override DEP=DOUBLE  set on the target when it opens (repeatable)
  --history PATH      the history database (default: $API_REPLAY_HISTORY or the
                      user data directory); --no-history to skip it

Exit status: 0 all passed, 1 failures, 2 usage or suite-file errors.
</translation>
    </message>
</context>
<context>
    <name>SaveTestDialog</name>
    <message>
        <source>The whole JSON body</source>
        <translation>The whole JSON body</translation>
    </message>
    <message>
        <source>Save as test</source>
        <translation>Save as test</translation>
    </message>
    <message>
        <source>raises %1</source>
        <translation>raises %1</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>status %1</translation>
    </message>
    <message>
        <source>Always asserted: %1</source>
        <translation>Always asserted: %1</translation>
    </message>
    <message>
        <source>Test name:</source>
        <translation>Test name:</translation>
    </message>
    <message>
        <source>Or these fields of the body:</source>
        <translation>Or these fields of the body:</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
</context>
<context>
    <name>SuiteFileDialog</name>
    <message>
        <source>%1 — line %2</source>
        <translation>%1 — line %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Cannot save %1: %2</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved.</source>
        <translation>%1 has changes that are not saved.</translation>
    </message>
</context>
<context>
    <name>SuiteResultModel</name>
    <message>
        <source>passed</source>
        <translation>passed</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>%1 passed, %2 failed</source>
        <translation>%1 passed, %2 failed</translation>
    </message>
    <message>
        <source>%1 (repeat %2)</source>
        <translation>%1 (repeat %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n changed</numerusform>
            <numerusform>%n changed</numerusform>
        </translation>
    </message>
    <message>
        <source>flaky</source>
        <translation>flaky</translation>
    </message>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <source>This test has not run before (in the recorded runs)</source>
        <translation>This test has not run before (in the recorded runs)</translation>
    </message>
    <message>
        <source>The last time it ran (in an earlier recorded run): %1</source>
        <translation>The last time it ran (in an earlier recorded run): %1</translation>
    </message>
    <message>
        <source>Last time</source>
        <translation>Last time</translation>
    </message>
    <message>
        <source>(not run)</source>
        <translation>(not run)</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>skipped</translation>
    </message>
</context>
<context>
    <name>SuitesPanel</name>
    <message>
        <source>Fixture</source>
        <translation>Fixture</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Isolated (a fresh app per test)</source>
        <translation>Isolated (a fresh app per test)</translation>
    </message>
    <message>
        <source>Find polluter</source>
        <translation>Find polluter</translation>
    </message>
    <message>
        <source>Open suites…</source>
        <translation>Open suites…</translation>
    </message>
    <message>
        <source>file order</source>
        <translation>file order</translation>
    </message>
    <message>
        <source>A seed shuffles the order; the same seed replays it</source>
        <translation>A seed shuffles the order; the same seed replays it</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Fixture timeline</source>
        <translation>Fixture timeline</translation>
    </message>
    <message>
        <source>Failures and polluter</source>
        <translation>Failures and polluter</translation>
    </message>
    <message>
        <source>Open suites</source>
        <translation>Open suites</translation>
    </message>
    <message>
        <source>Suites (*.json)</source>
        <translation>Suites (*.json)</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Running…</translation>
    </message>
    <message>
        <source>The suite files have problems; nothing ran:
%1</source>
        <translation>The suite files have problems; nothing ran:
%1</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the suite files</source>
        <translation>
            <numerusform>%n problem in the suite files</numerusform>
            <numerusform>%n problems in the suite files</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 passed, %2 failed in %3 s</source>
        <translation>%1 passed, %2 failed in %3 s</translation>
    </message>
    <message>
        <source>Looking for the test that makes %1 fail…</source>
        <translation>Looking for the test that makes %1 fail…</translation>
    </message>
    <message>
        <source>%1 fails on its own: this is not pollution.</source>
        <translation>%1 fails on its own: this is not pollution.</translation>
    </message>
    <message>
        <source>%1 passes after the tests before it: nothing to find.</source>
        <translation>%1 passes after the tests before it: nothing to find.</translation>
    </message>
    <message>
        <source>No single test makes %1 fail.</source>
        <translation>No single test makes %1 fail.</translation>
    </message>
    <message>
        <source>Polluter: %1</source>
        <translation>Polluter: %1</translation>
    </message>
    <message>
        <source>What it left behind:</source>
        <translation>What it left behind:</translation>
    </message>
    <message>
        <source>  override %1 → %2, set by %3, still active</source>
        <translation>  override %1 → %2, set by %3, still active</translation>
    </message>
    <message>
        <source>  %1 row(s) added to %2</source>
        <translation>  %1 row(s) added to %2</translation>
    </message>
    <message>
        <source>  the client session is still open</source>
        <translation>  the client session is still open</translation>
    </message>
    <message>
        <source>No polluter found</source>
        <translation>No polluter found</translation>
    </message>
    <message>
        <source>Run all</source>
        <translation>Run all</translation>
    </message>
    <message>
        <source>Run selected</source>
        <translation>Run selected</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Export as pytest…</source>
        <translation>Export as pytest…</translation>
    </message>
    <message>
        <source>Run every test of the open suites</source>
        <translation>Run every test of the open suites</translation>
    </message>
    <message>
        <source>Run only the tests selected in the results</source>
        <translation>Run only the tests selected in the results</translation>
    </message>
    <message>
        <source>Write the open suites as pytest files that use TestClient and dependency_overrides</source>
        <translation>Write the open suites as pytest files that use TestClient and dependency_overrides</translation>
    </message>
    <message>
        <source>&lt;b&gt;Suite files&lt;/b&gt; (drop files here)</source>
        <translation>&lt;b&gt;Suite files&lt;/b&gt; (drop files here)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Fixtures&lt;/b&gt;</source>
        <translation>&lt;b&gt;Fixtures&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Failure</translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation>Pass rate</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message numerus="yes">
        <source>Running %n selected test(s)…</source>
        <translation>
            <numerusform>Running %n selected test…</numerusform>
            <numerusform>Running %n selected tests…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling after the test that is running…</source>
        <translation>Cancelling after the test that is running…</translation>
    </message>
    <message>
        <source>Double-click to open the file at this place</source>
        <translation>Double-click to open the file at this place</translation>
    </message>
    <message>
        <source>(cancelled: the tests after that did not run)</source>
        <translation>(cancelled: the tests after that did not run)</translation>
    </message>
    <message>
        <source>%1 passed.</source>
        <translation>%1 passed.</translation>
    </message>
    <message>
        <source>Expected:
%1

Actual:
%2</source>
        <translation>Expected:
%1

Actual:
%2</translation>
    </message>
    <message>
        <source>Cancelled before the search ended.</source>
        <translation>Cancelled before the search ended.</translation>
    </message>
    <message>
        <source>Polluter search cancelled</source>
        <translation>Polluter search cancelled</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n pytest file(s) to %1</source>
        <translation>
            <numerusform>Wrote %n pytest file to %1</numerusform>
            <numerusform>Wrote %n pytest files to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export as pytest into</source>
        <translation>Export as pytest into</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export failed: %1</translation>
    </message>
    <message>
        <source>Run failed</source>
        <translation>Run failed</translation>
    </message>
    <message>
        <source>Run only the tests that failed in the last run, like pytest --lf. A test that passes alone but failed in the full run depends on the tests before it.</source>
        <translation>Run only the tests that failed in the last run, like pytest --lf. A test that passes alone but failed in the full run depends on the tests before it.</translation>
    </message>
    <message numerus="yes">
        <source>Running %n failed test(s)…</source>
        <translation>
            <numerusform>Running %n failed test…</numerusform>
            <numerusform>Running %n failed tests…</numerusform>
        </translation>
    </message>
    <message>
        <source>No suite is open: open one (Ctrl+O) or drop a .json file on the window.</source>
        <translation>No suite is open: open one (Ctrl+O) or drop a .json file on the window.</translation>
    </message>
    <message>
        <source>The suite files have problems (see Problems), so no fixture was loaded.</source>
        <translation>The suite files have problems (see Problems), so no fixture was loaded.</translation>
    </message>
    <message>
        <source>The open suites define no fixtures.</source>
        <translation>The open suites define no fixtures.</translation>
    </message>
    <message numerus="yes">
        <source>%n test(s) ended differently than the last time</source>
        <translation>
            <numerusform>%n test ended differently than the last time</numerusform>
            <numerusform>%n tests ended differently than the last time</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare the two selected runs</source>
        <translation>Compare the two selected runs</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Runs</translation>
    </message>
    <message>
        <source>Select two runs to see which tests ended differently</source>
        <translation>Select two runs to see which tests ended differently</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>What ran</source>
        <translation>What ran</translation>
    </message>
    <message>
        <source>This run did not finish (it was stopped or is running)</source>
        <translation>This run did not finish (it was stopped or is running)</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Comparing…</translation>
    </message>
    <message>
        <source>Cannot compare: %1</source>
        <translation>Cannot compare: %1</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>In run #%1</source>
        <translation>In run #%1</translation>
    </message>
    <message>
        <source>Every test ended the same in run #%1 and run #%2.</source>
        <translation>Every test ended the same in run #%1 and run #%2.</translation>
    </message>
    <message numerus="yes">
        <source>%n test(s) ended differently from run #%1 to run #%2.</source>
        <translation>
            <numerusform>%n test ended differently from run #%1 to run #%2.</numerusform>
            <numerusform>%n tests ended differently from run #%1 to run #%2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was skipped: %2</source>
        <translation>%1 was skipped: %2</translation>
    </message>
    <message>
        <source>The open suites have problems (see Problems): fix them, then open the files again</source>
        <translation>The open suites have problems (see Problems): fix them, then open the files again</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message numerus="yes">
        <source>Running… %n test(s) done</source>
        <translation>
            <numerusform>Running… %n test done</numerusform>
            <numerusform>Running… %n tests done</numerusform>
        </translation>
    </message>
    <message>
        <source>A pytest project runs in one pytest process per run</source>
        <translation>A pytest project runs in one pytest process per run</translation>
    </message>
    <message>
        <source>&lt;b&gt;pytest project&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;pytest project&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>The fixtures pytest sets up appear after a run.</source>
        <translation>The fixtures pytest sets up appear after a run.</translation>
    </message>
    <message>
        <source>Collecting the tests of %1 with pytest…</source>
        <translation>Collecting the tests of %1 with pytest…</translation>
    </message>
    <message>
        <source>pytest could not collect the tests: %1</source>
        <translation>pytest could not collect the tests: %1</translation>
    </message>
    <message>
        <source>pytest collected no tests in %1</source>
        <translation>pytest collected no tests in %1</translation>
    </message>
    <message numerus="yes">
        <source>pytest collected %n test(s): Run all runs them</source>
        <translation>
            <numerusform>pytest collected %n test: Run all runs them</numerusform>
            <numerusform>pytest collected %n tests: Run all runs them</numerusform>
        </translation>
    </message>
    <message>
        <source>pytest collected no tests in this project</source>
        <translation>pytest collected no tests in this project</translation>
    </message>
    <message>
        <source>Run every test of the project with pytest</source>
        <translation>Run every test of the project with pytest</translation>
    </message>
    <message>
        <source>Running the tests with pytest…</source>
        <translation>Running the tests with pytest…</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 → %2, set by %3</source>
        <translation>%1 → %2, set by %3</translation>
    </message>
    <message>
        <source>Looking for the test that makes %1 fail (one pytest run per step)…</source>
        <translation>Looking for the test that makes %1 fail (one pytest run per step)…</translation>
    </message>
    <message>
        <source>%1 passed, %2 failed, %3 skipped in %4 s</source>
        <translation>%1 passed, %2 failed, %3 skipped in %4 s</translation>
    </message>
    <message>
        <source>Blue: function scope · orange: module · purple: session · a ragged end: never torn down. Hover a bar for its times; Ctrl+wheel zooms.</source>
        <translation>Blue: function scope · orange: module · purple: session · a ragged end: never torn down. Hover a bar for its times; Ctrl+wheel zooms.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>A test that runs longer is an error: the pytest process is killed, and the tests that finished are kept</source>
        <translation>A test that runs longer is an error: the pytest process is killed, and the tests that finished are kept</translation>
    </message>
    <message>
        <source>Test timeout</source>
        <translation>Test timeout</translation>
    </message>
</context>
<context>
    <name>TraceModel</name>
    <message>
        <source>%1 µs</source>
        <translation>%1 µs</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
</TS>
