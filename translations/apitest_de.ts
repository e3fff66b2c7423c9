<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AppOptions</name>
    <message>
        <source>needs a value</source>
        <translation>braucht einen Wert</translation>
    </message>
    <message>
        <source>--error-style must be v1 or v2, not</source>
        <translation>--error-style muss v1 oder v2 sein, nicht</translation>
    </message>
    <message>
        <source>--override takes DEP=DOUBLE, not</source>
        <translation>--override erwartet DEP=DOUBLE, nicht</translation>
    </message>
    <message>
        <source>  --app NAME              the built-in app to load (forge)
  --error-style v1|v2     422 bodies as FastAPI 0.9x/Pydantic 1 (v1) or
                          FastAPI 0.132+/Pydantic 2 (v2, the default)
  --override DEP=DOUBLE   swap a dependency for a double (repeatable)
  --debug                 the app&apos;s debug flag: 500 bodies carry the traceback
  --db PATH               the app&apos;s database file (default: a fresh
                          temporary file for this run)
</source>
        <translation>  --app NAME              die eingebaute App, die geladen wird (forge)
  --error-style v1|v2     422-Antworten wie FastAPI 0.9x/Pydantic 1 (v1) oder
                          FastAPI 0.132+/Pydantic 2 (v2, Standard)
  --override DEP=DOUBLE   eine Abhängigkeit durch ein Double ersetzen (wiederholbar)
  --debug                 Debug-Schalter der App: 500-Antworten enthalten den Traceback
  --db PATH               die Datenbankdatei der App (Standard: eine frische
                          temporäre Datei für diesen Lauf)
</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Usage: api-replay COMMAND [options]

Commands:
</source>
        <translation>Aufruf: api-replay BEFEHL [Optionen]

Befehle:
</translation>
    </message>
    <message>
        <source>
Run &apos;api-replay COMMAND --help&apos; for a command&apos;s options.
&apos;api-replay --version&apos; prints the version.
</source>
        <translation>
&apos;api-replay BEFEHL --help&apos; zeigt die Optionen eines Befehls.
&apos;api-replay --version&apos; gibt die Version aus.
</translation>
    </message>
    <message>
        <source>unknown command</source>
        <translation>unbekannter Befehl</translation>
    </message>
</context>
<context>
    <name>DependencyPanel</name>
    <message>
        <source>Clear overrides</source>
        <translation>Overrides löschen</translation>
    </message>
    <message>
        <source>Dependency</source>
        <translation>Abhängigkeit</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>&lt;b&gt;Dependency doubles&lt;/b&gt;</source>
        <translation>&lt;b&gt;Doubles für Abhängigkeiten&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Dependencies of the selected route&lt;/b&gt;</source>
        <translation>&lt;b&gt;Abhängigkeiten der gewählten Route&lt;/b&gt;</translation>
    </message>
    <message>
        <source>real</source>
        <translation>echt</translation>
    </message>
    <message>
        <source>override set by %1</source>
        <translation>Override gesetzt von %1</translation>
    </message>
    <message>
        <source>%1 → %2, set by %3 at %4</source>
        <translation>%1 → %2, gesetzt von %3 um %4</translation>
    </message>
    <message>
        <source>No overrides are active.</source>
        <translation>Keine Overrides aktiv.</translation>
    </message>
    <message>
        <source>Active overrides (they stay until cleared):
%1</source>
        <translation>Aktive Overrides (sie bleiben, bis sie gelöscht werden):
%1</translation>
    </message>
</context>
<context>
    <name>HintBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>&lt;b&gt;The error was raised, not answered.&lt;/b&gt; TestClient re-raises unhandled errors into the test (&lt;code&gt;raise_server_exceptions=True&lt;/code&gt; is the default). The tutorial&apos;s assert on a 500 only works with it turned off.</source>
        <translation>&lt;b&gt;Der Fehler wurde ausgelöst, nicht beantwortet.&lt;/b&gt; TestClient reicht unbehandelte Fehler an den Test weiter (&lt;code&gt;raise_server_exceptions=True&lt;/code&gt; ist der Standard). Die Prüfung des Tutorials auf eine 500 klappt nur, wenn es ausgeschaltet ist.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Startup did not run.&lt;/b&gt; Without &lt;code&gt;with TestClient(app)&lt;/code&gt; requests still work; only the lifespan (startup/shutdown) is skipped, so the database was never opened. There is no &quot;session not open&quot; error in FastAPI.</source>
        <translation>&lt;b&gt;Der Start lief nicht.&lt;/b&gt; Ohne &lt;code&gt;with TestClient(app)&lt;/code&gt; funktionieren Anfragen trotzdem; nur der Lifespan (Start/Ende) entfällt, daher wurde die Datenbank nie geöffnet. Einen Fehler „session not open“ gibt es in FastAPI nicht.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No X-Trace-ID on this 500.&lt;/b&gt; The 500 is produced by Starlette&apos;s outermost server-error layer, which the &lt;code&gt;@app.middleware(&quot;http&quot;)&lt;/code&gt; middleware never sees.</source>
        <translation>&lt;b&gt;Kein X-Trace-ID an dieser 500.&lt;/b&gt; Die 500 erzeugt Starlettes äußerste Server-Fehler-Schicht, die die Middleware &lt;code&gt;@app.middleware(&quot;http&quot;)&lt;/code&gt; nie sieht.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Overrides are still set.&lt;/b&gt; &lt;code&gt;app.dependency_overrides&lt;/code&gt; is global state: they stay until cleared, which is how they leak into the next test.</source>
        <translation>&lt;b&gt;Overrides sind noch gesetzt.&lt;/b&gt; &lt;code&gt;app.dependency_overrides&lt;/code&gt; ist globaler Zustand: Sie bleiben, bis sie gelöscht werden, und sickern so in den nächsten Test.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The tutorial&apos;s mock is a string.&lt;/b&gt; &lt;code&gt;&quot;MockSessionObject&quot;&lt;/code&gt; has no database methods, so the route fails instead of returning 201.</source>
        <translation>&lt;b&gt;Das Mock des Tutorials ist ein String.&lt;/b&gt; &lt;code&gt;&quot;MockSessionObject&quot;&lt;/code&gt; hat keine Datenbankmethoden, daher scheitert die Route statt 201 zu liefern.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Client session (lifespan)</source>
        <translation>Client-Sitzung (Lifespan)</translation>
    </message>
    <message>
        <source>raise_server_exceptions</source>
        <translation>raise_server_exceptions</translation>
    </message>
    <message>
        <source>App debug</source>
        <translation>App-Debug</translation>
    </message>
    <message>
        <source>API Test Explorer — forge</source>
        <translation>API Test Explorer — forge</translation>
    </message>
    <message>
        <source>Filter routes (method, path, summary)</source>
        <translation>Routen filtern (Methode, Pfad, Zusammenfassung)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Routes&lt;/b&gt;</source>
        <translation>&lt;b&gt;Routen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Dependencies</source>
        <translation>Abhängigkeiten</translation>
    </message>
    <message>
        <source>Recorded mails</source>
        <translation>Aufgezeichnete Mails</translation>
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
        <translation>Der Wortlaut der 422-Antworten</translation>
    </message>
    <message>
        <source>`with TestClient(app)`: startup ran and shutdown runs when it ends</source>
        <translation>`with TestClient(app)`: Start lief, das Ende läuft beim Schließen</translation>
    </message>
    <message>
        <source>Re-raise unhandled errors into the caller instead of answering 500</source>
        <translation>Unbehandelte Fehler an den Aufrufer weiterreichen statt mit 500 zu antworten</translation>
    </message>
    <message>
        <source>FastAPI(debug=True): 500 bodies carry the traceback</source>
        <translation>FastAPI(debug=True): 500-Antworten enthalten den Traceback</translation>
    </message>
    <message>
        <source>%1 in %2 µs</source>
        <translation>%1 in %2 µs</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Arbeite…</translation>
    </message>
    <message numerus="yes">
        <source>forge loaded: %n route(s)</source>
        <translation>
            <numerusform>forge geladen: %n Route</numerusform>
            <numerusform>forge geladen: %n Routen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>&amp;Anfrage</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Copy as &amp;curl</source>
        <translation>Als &amp;curl kopieren</translation>
    </message>
    <message>
        <source>Copy as &amp;pytest test</source>
        <translation>Als &amp;pytest-Test kopieren</translation>
    </message>
    <message>
        <source>C&amp;lear overrides</source>
        <translation>Overrides &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Filter routes</source>
        <translation>Routen &amp;filtern</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About API Test Explorer</source>
        <translation>Ü&amp;ber API Test Explorer</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Error style: </source>
        <translation>Fehlerstil: </translation>
    </message>
    <message>
        <source>Copied as curl</source>
        <translation>Als curl kopiert</translation>
    </message>
    <message>
        <source>Copied as a pytest test</source>
        <translation>Als pytest-Test kopiert</translation>
    </message>
    <message>
        <source>About API Test Explorer</source>
        <translation>Über API Test Explorer</translation>
    </message>
    <message>
        <source>&lt;h3&gt;API Test Explorer %1&lt;/h3&gt;&lt;p&gt;Explore and replay FastAPI-style API tests against an embedded engine that answers like FastAPI, Starlette and Pydantic.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;API Test Explorer %1&lt;/h3&gt;&lt;p&gt;FastAPI-artige API-Tests erkunden und wiederholen, mit einer eingebetteten Engine, die wie FastAPI, Starlette und Pydantic antwortet.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>OpenApiCommand</name>
    <message>
        <source>print the app&apos;s OpenAPI document as FastAPI generates it</source>
        <translation>das OpenAPI-Dokument der App ausgeben, wie FastAPI es erzeugt</translation>
    </message>
    <message>
        <source>Usage: api-replay openapi --app forge [--error-style v1|v2]

v1 prints FastAPI 0.9x&apos;s document (OpenAPI 3.0.2, Pydantic 1 schemas),
v2 FastAPI 0.132&apos;s (OpenAPI 3.1.0, Pydantic 2 schemas).

Options:
</source>
        <translation>Aufruf: api-replay openapi --app forge [--error-style v1|v2]

v1 gibt das Dokument von FastAPI 0.9x aus (OpenAPI 3.0.2, Pydantic-1-Schemas),
v2 das von FastAPI 0.132 (OpenAPI 3.1.0, Pydantic-2-Schemas).

Optionen:
</translation>
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
        <translation>Wert</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Fill from schema</source>
        <translation>Aus Schema füllen</translation>
    </message>
    <message>
        <source>Authorize…</source>
        <translation>Autorisieren…</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Send the request (Ctrl+Return)</source>
        <translation>Anfrage senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Get a token from /forge/token and set the Authorization header</source>
        <translation>Ein Token von /forge/token holen und den Authorization-Header setzen</translation>
    </message>
    <message>
        <source>JSON body (sent as it is, even when it is not valid JSON)</source>
        <translation>JSON-Body (wird unverändert gesendet, auch wenn es kein gültiges JSON ist)</translation>
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
        <translation>Header</translation>
    </message>
    <message>
        <source>Authorize</source>
        <translation>Autorisieren</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
</context>
<context>
    <name>RequestsCommand</name>
    <message>
        <source>replay JSON request lines from stdin against an app</source>
        <translation>JSON-Anfragezeilen von stdin gegen eine App abspielen</translation>
    </message>
    <message>
        <source>Usage: api-replay requests --app forge [options] &lt; requests.jsonl

Reads one JSON request per line on stdin:
  {&quot;method&quot;:&quot;POST&quot;,&quot;path&quot;:&quot;/forge/users?skip=1&quot;,
   &quot;headers&quot;:{&quot;Authorization&quot;:&quot;Bearer x&quot;},&quot;json&quot;:{...}}
or with &quot;body&quot;:&quot;raw text&quot; instead of &quot;json&quot; (sent with content-type
application/json unless the line&apos;s headers say otherwise); an optional
&quot;query&quot; object is appended to the path.
Writes one JSON line per request, flushed before the next line is read:
  {&quot;status&quot;:201,&quot;headers&quot;:{...},&quot;json&quot;:&lt;body&gt;}  (&quot;text&quot; when not JSON)
  {&quot;exception&quot;:{&quot;type&quot;:&quot;RuntimeError&quot;,&quot;message&quot;:&quot;Unexpected!&quot;}}
  {&quot;error&quot;:{&quot;line&quot;:N,&quot;message&quot;:&quot;...&quot;}}  for a line that is not a request
All lines share one app and one client session. Exit status 1 if any line
was an error, else 0.

Options:
</source>
        <translation>Aufruf: api-replay requests --app forge [Optionen] &lt; requests.jsonl

Liest eine JSON-Anfrage pro Zeile von stdin:
  {&quot;method&quot;:&quot;POST&quot;,&quot;path&quot;:&quot;/forge/users?skip=1&quot;,
   &quot;headers&quot;:{&quot;Authorization&quot;:&quot;Bearer x&quot;},&quot;json&quot;:{...}}
oder mit &quot;body&quot;:&quot;Rohtext&quot; statt &quot;json&quot; (gesendet mit content-type
application/json, sofern die Header der Zeile nichts anderes sagen); ein
optionales &quot;query&quot;-Objekt wird an den Pfad angehängt.
Schreibt eine JSON-Zeile pro Anfrage, geleert bevor die nächste Zeile gelesen wird:
  {&quot;status&quot;:201,&quot;headers&quot;:{...},&quot;json&quot;:&lt;body&gt;}  (&quot;text&quot;, wenn kein JSON)
  {&quot;exception&quot;:{&quot;type&quot;:&quot;RuntimeError&quot;,&quot;message&quot;:&quot;Unexpected!&quot;}}
  {&quot;error&quot;:{&quot;line&quot;:N,&quot;message&quot;:&quot;...&quot;}}  für eine Zeile, die keine Anfrage ist
Alle Zeilen teilen eine App und eine Client-Sitzung. Exit-Status 1, wenn eine
Zeile ein Fehler war, sonst 0.

Optionen:
</translation>
    </message>
    <message>
        <source>  --no-raise-server-exceptions  answer unhandled errors with the 500 response
  --no-lifespan           do not run startup/shutdown (no `with TestClient`)
  --trace                 add the execution trace to each answer
</source>
        <translation>  --no-raise-server-exceptions  unbehandelte Fehler mit der 500-Antwort beantworten
  --no-lifespan           Start/Ende nicht ausführen (kein `with TestClient`)
  --trace                 den Ausführungs-Trace an jede Antwort anhängen
</translation>
    </message>
    <message>
        <source>unknown option</source>
        <translation>unbekannte Option</translation>
    </message>
    <message>
        <source>Try &apos;api-replay requests --help&apos;.</source>
        <translation>Siehe &apos;api-replay requests --help&apos;.</translation>
    </message>
    <message>
        <source>startup failed:</source>
        <translation>Start fehlgeschlagen:</translation>
    </message>
</context>
<context>
    <name>ResponseView</name>
    <message>
        <source>Show all</source>
        <translation>Alles zeigen</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>No response yet</source>
        <translation>Noch keine Antwort</translation>
    </message>
    <message>
        <source>Find in body</source>
        <translation>Im Body suchen</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>422 details</source>
        <translation>422-Details</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Trace</source>
        <translation>Trace</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Roh</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Raised %1</source>
        <translation>%1 ausgelöst</translation>
    </message>
    <message>
        <source>%1 µs</source>
        <translation>%1 µs</translation>
    </message>
    <message>
        <source>Showing %1 of %2 characters</source>
        <translation>%1 von %2 Zeichen angezeigt</translation>
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
TestClient reicht diesen Fehler an den Test weiter, weil raise_server_exceptions an ist. Schalten Sie es aus, um stattdessen die 500-Antwort zu sehen.</translation>
    </message>
    <message>
        <source>No error.</source>
        <translation>Kein Fehler.</translation>
    </message>
</context>
<context>
    <name>RouteTreeModel</name>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
</context>
<context>
    <name>RoutesCommand</name>
    <message>
        <source>unknown option</source>
        <translation>unbekannte Option</translation>
    </message>
    <message>
        <source>list the app&apos;s routes with their dependency trees (JSON)</source>
        <translation>die Routen der App mit ihren Abhängigkeitsbäumen auflisten (JSON)</translation>
    </message>
    <message>
        <source>Usage: api-replay routes --app forge [--override DEP=DOUBLE]...

Prints the routes as a JSON array: method, path, name, summary, tags,
status code, parameters and the dependency tree with the provider that
is active for each dependency.

Options:
</source>
        <translation>Aufruf: api-replay routes --app forge [--override DEP=DOUBLE]...

Gibt die Routen als JSON-Array aus: Methode, Pfad, Name, Zusammenfassung, Tags,
Statuscode, Parameter und den Abhängigkeitsbaum mit dem Anbieter, der für jede
Abhängigkeit aktiv ist.

Optionen:
</translation>
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
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
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
