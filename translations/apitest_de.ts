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
        <source>needs an app in this process; a running server (--base-url) is answered as it is</source>
        <translation>braucht eine App in diesem Prozess; ein laufender Server (--base-url) antwortet, wie er ist</translation>
    </message>
    <message>
        <source>--error-style is not for --asgi: the app&apos;s own FastAPI and Pydantic decide the wording of its 422 bodies</source>
        <translation>--error-style gilt nicht für --asgi: FastAPI und Pydantic der App bestimmen den Wortlaut ihrer 422-Antworten</translation>
    </message>
    <message>
        <source>--db is for the built-in apps; your app opens its own database</source>
        <translation>--db gilt für die eingebauten Apps; Ihre App öffnet ihre eigene Datenbank</translation>
    </message>
    <message>
        <source>--db is for the built-in apps; an OpenAPI document has no database</source>
        <translation>--db gilt für die eingebauten Apps; ein OpenAPI-Dokument hat keine Datenbank</translation>
    </message>
    <message>
        <source>is for a Python app (--asgi MODULE:ATTR)</source>
        <translation>gilt für eine Python-App (--asgi MODUL:ATTR)</translation>
    </message>
    <message>
        <source>is for a running server (--base-url URL)</source>
        <translation>gilt für einen laufenden Server (--base-url URL)</translation>
    </message>
    <message>
        <source>--asgi takes MODULE:ATTR (as uvicorn does), not</source>
        <translation>--asgi erwartet MODUL:ATTR (wie uvicorn), nicht</translation>
    </message>
    <message>
        <source>--base-url must start with http:// or https://, not</source>
        <translation>--base-url muss mit http:// oder https:// beginnen, nicht</translation>
    </message>
    <message>
        <source>--header takes &apos;Name: value&apos;, not</source>
        <translation>--header erwartet &apos;Name: Wert&apos;, nicht</translation>
    </message>
    <message>
        <source>--timeout takes seconds (a number above 0, at most 86400), not</source>
        <translation>--timeout erwartet Sekunden (eine Zahl über 0, höchstens 86400), nicht</translation>
    </message>
    <message>
        <source>Target (one of):
  --app NAME              a built-in app:
</source>
        <translation>Ziel (eines davon):
  --app NAME              eine eingebaute App:
</translation>
    </message>
    <message>
        <source>choose one target; these were both given:</source>
        <translation>wählen Sie ein Ziel; beide wurden angegeben:</translation>
    </message>
    <message>
        <source>warning:</source>
        <translation>Warnung:</translation>
    </message>
    <message>
        <source>--fastapi is for an OpenAPI document (--openapi FILE): a built-in app follows --error-style, and your own app or server runs its own FastAPI</source>
        <translation>--fastapi gilt für ein OpenAPI-Dokument (--openapi DATEI): eine eingebaute App folgt --error-style, und Ihre eigene App oder Ihr Server läuft mit ihrem eigenen FastAPI</translation>
    </message>
    <message>
        <source>--fastapi takes a FastAPI release such as 0.115 or 0.92.0, not</source>
        <translation>--fastapi erwartet eine FastAPI-Version wie 0.115 oder 0.92.0, nicht</translation>
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
        <translation>  --openapi FILE          eine App, gebaut aus einem OpenAPI-Dokument
  --asgi MODULE:ATTR      Ihre FastAPI-App, über ihren echten TestClient
    --app-dir DIR         DIR an den Anfang von sys.path (wie uvicorn)
    --python EXE          der Interpreter (Standard: DIR/.venv/bin/python,
                          sonst python3)
    --doubles MODULE      weitere DOUBLES-Dicts (wiederholbar)
  --base-url URL          ein laufender Server, über HTTP
    --header &apos;Name: value&apos;  mit jeder Anfrage gesendet (wiederholbar)
    --insecure            TLS-Zertifikate nicht prüfen
Einstellungen:
  --error-style v1|v2     422-Antworten wie FastAPI 0.9x/Pydantic 1 (v1) oder
                          FastAPI 0.132+/Pydantic 2 (v2, Standard)
  --fastapi RELEASE       das FastAPI, das ein OpenAPI-Dokument schrieb (z. B.
                          0.115): 403 bei fehlenden Zugangsdaten vor 0.122,
                          Bodys ohne Content-Type seit 0.132 abgelehnt
  --override DEP=DOUBLE   eine Abhängigkeit durch ein Double ersetzen (wiederholbar)
  --debug                 Debug-Schalter der App: 500-Antworten enthalten den Traceback
  --db PATH               die Datenbankdatei einer eingebauten App (Standard: eine
                          frische temporäre Datei für diesen Lauf)
  --timeout S             das Zeitlimit einer Anfrage, in Sekunden
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
    <message>
        <source>cannot write the output:</source>
        <translation>die Ausgabe kann nicht geschrieben werden:</translation>
    </message>
</context>
<context>
    <name>CompareCommand</name>
    <message>
        <source>send the same requests to two targets and list the differences</source>
        <translation>dieselben Anfragen an zwei Ziele senden und die Unterschiede auflisten</translation>
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
        <translation>Aufruf: api-replay compare --left ZIEL --right ZIEL [--ignore-header NAME]...
                          &lt; requests.jsonl

Ein ZIEL wird als seine Optionen geschrieben, in Anführungszeichen: &quot;--app forge --error-style v1&quot;,
&quot;--asgi main:app --app-dir .&quot;, &quot;--base-url http://127.0.0.1:8000&quot;.
Jede Anfragezeile (wie bei &apos;api-replay requests&apos;) geht an beide; je Anfrage sagt eine
JSON-Zeile, ob die Antworten gleich sind, sonst listet sie die Unterschiede nach
JSON-Pointer (/status, /headers/NAME, /json/..., /text, /exception/...). Header, die ein
Server selbst hinzufügt (date, server), werden ignoriert, ebenso jedes
--ignore-header NAME. Endet mit &apos;N same, M different&apos;; Exit-Status 1, wenn etwas
abweicht, 2 bei Aufruffehlern.
</translation>
    </message>
    <message>
        <source>an unclosed quote in</source>
        <translation>ein nicht geschlossenes Anführungszeichen in</translation>
    </message>
    <message>
        <source>unknown option or missing value</source>
        <translation>unbekannte Option oder fehlender Wert</translation>
    </message>
    <message>
        <source>give both --left TARGET and --right TARGET</source>
        <translation>geben Sie --left ZIEL und --right ZIEL an</translation>
    </message>
    <message>
        <source>unknown option</source>
        <translation>unbekannte Option</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <source>(absent)</source>
        <translation>(nicht vorhanden)</translation>
    </message>
    <message>
        <source>Request → Send to both… shows two targets&apos; answers here.</source>
        <translation>Anfrage → An beide senden… zeigt hier die Antworten zweier Ziele.</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Unterschiede</translation>
    </message>
    <message>
        <source>Left answer</source>
        <translation>Linke Antwort</translation>
    </message>
    <message>
        <source>Right answer</source>
        <translation>Rechte Antwort</translation>
    </message>
    <message>
        <source>%1: %2 and %3 give the same answer.</source>
        <translation>%1: %2 und %3 geben dieselbe Antwort.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n difference(s) between %2 (left) and %3 (right).</source>
        <translation>
            <numerusform>%1: %n Unterschied zwischen %2 (links) und %3 (rechts).</numerusform>
            <numerusform>%1: %n Unterschiede zwischen %2 (links) und %3 (rechts).</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Left: %1</source>
        <translation>&amp;Links: %1</translation>
    </message>
    <message>
        <source>&amp;Right: %1</source>
        <translation>&amp;Rechts: %1</translation>
    </message>
    <message>
        <source>Line %1 on the left, line %2 on the right</source>
        <translation>Zeile %1 links, Zeile %2 rechts</translation>
    </message>
</context>
<context>
    <name>DatabaseView</name>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>No database is open (the lifespan did not run).</source>
        <translation>Keine Datenbank ist offen (der Lifespan lief nicht).</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
</context>
<context>
    <name>DependencyPanel</name>
    <message>
        <source>Clear overrides</source>
        <translation>Overrides löschen</translation>
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
    <message>
        <source>Left set by the pytest run (dependency_overrides never cleared; a test after it sees the double):
%1</source>
        <translation>Vom pytest-Lauf gesetzt gelassen (dependency_overrides nie gelöscht; ein Test danach sieht das Double):
%1</translation>
    </message>
</context>
<context>
    <name>DependencyTreeModel</name>
    <message>
        <source>override set by %1</source>
        <translation>Override gesetzt von %1</translation>
    </message>
    <message>
        <source>the real provider</source>
        <translation>der echte Anbieter</translation>
    </message>
    <message>
        <source>Dependency</source>
        <translation>Abhängigkeit</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
</context>
<context>
    <name>EngineClient</name>
    <message>
        <source>This target declares no OAuth2 password flow, so there is no token route to ask.</source>
        <translation>Dieses Ziel deklariert keinen OAuth2-Passwort-Flow, also gibt es keine Token-Route.</translation>
    </message>
    <message>
        <source>The target could not be opened again (%1); the built-in app answers now.</source>
        <translation>Das Ziel ließ sich nicht wieder öffnen (%1); jetzt antwortet die eingebaute App.</translation>
    </message>
</context>
<context>
    <name>EnvironmentDialog</name>
    <message>
        <source>Do not verify the TLS certificate (--insecure)</source>
        <translation>Das TLS-Zertifikat nicht prüfen (--insecure)</translation>
    </message>
    <message>
        <source>Environments</source>
        <translation>Umgebungen</translation>
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
        <translation>Wert</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Geheim</translation>
    </message>
    <message>
        <source>Sent with every request. A secret&apos;s value is masked here and kept in the desktop&apos;s keychain.</source>
        <translation>Wird mit jeder Anfrage gesendet. Der Wert eines Geheimnisses wird hier verdeckt und im Schlüsselbund des Desktops aufbewahrt.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Add &amp;header</source>
        <translation>&amp;Header hinzufügen</translation>
    </message>
    <message>
        <source>Remove header</source>
        <translation>Header entfernen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>Headers:</source>
        <translation>Header:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>local</source>
        <translation>lokal</translation>
    </message>
    <message>
        <source>local %1</source>
        <translation>lokal %1</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
</context>
<context>
    <name>Environments</name>
    <message>
        <source>the keychain did not answer</source>
        <translation>der Schlüsselbund hat nicht geantwortet</translation>
    </message>
    <message>
        <source>no keychain service is running</source>
        <translation>kein Schlüsselbund-Dienst läuft</translation>
    </message>
    <message>
        <source>Give the environment a name.</source>
        <translation>Geben Sie der Umgebung einen Namen.</translation>
    </message>
    <message>
        <source>There is another environment named “%1”.</source>
        <translation>Es gibt schon eine Umgebung namens „%1“.</translation>
    </message>
    <message>
        <source>The base URL %1</source>
        <translation>Die Basis-URL %1</translation>
    </message>
    <message>
        <source>Header: %1</source>
        <translation>Header: %1</translation>
    </message>
    <message>
        <source>The value of %1 in %2 could not be read from the keychain: %3</source>
        <translation>Der Wert von %1 in %2 ließ sich nicht aus dem Schlüsselbund lesen: %3</translation>
    </message>
    <message>
        <source>No keychain could take the secret values (%1), so %2 are kept in %3, unencrypted.</source>
        <translation>Kein Schlüsselbund konnte die geheimen Werte aufnehmen (%1), daher stehen %2 unverschlüsselt in %3.</translation>
    </message>
    <message>
        <source>%1 are kept in %2, unencrypted: no keychain took them.</source>
        <translation>%1 stehen unverschlüsselt in %2: kein Schlüsselbund hat sie aufgenommen.</translation>
    </message>
</context>
<context>
    <name>ExportPytestCommand</name>
    <message>
        <source>write suites as pytest files that use TestClient and dependency_overrides</source>
        <translation>Suites als pytest-Dateien schreiben, die TestClient und dependency_overrides nutzen</translation>
    </message>
    <message>
        <source>Usage: api-replay export-pytest SUITE.json... --out DIR [--app-module MODULE]

Writes DIR/conftest.py and one DIR/test_&lt;suite&gt;.py per suite. The files import app
and the dependency and double names of the forge contract from MODULE (default
forge_app), so they run against any FastAPI implementation of the contract. Steps
only the engine can do (recorded mails, SQL, row counts) become comments.
</source>
        <translation>Aufruf: api-replay export-pytest SUITE.json... --out VERZ [--app-module MODUL]

Schreibt VERZ/conftest.py und je Suite eine VERZ/test_&lt;suite&gt;.py. Die Dateien importieren
app und die Namen der Abhängigkeiten und Doubles des forge-Vertrags aus MODUL (Standard
forge_app) und laufen so gegen jede FastAPI-Umsetzung des Vertrags. Schritte, die nur
die Engine kann (aufgezeichnete Mails, SQL, Zeilenzahlen), werden Kommentare.
</translation>
    </message>
    <message>
        <source>unknown option</source>
        <translation>unbekannte Option</translation>
    </message>
    <message>
        <source>give suite files and --out DIR</source>
        <translation>Suite-Dateien und --out VERZ angeben</translation>
    </message>
</context>
<context>
    <name>FindPolluterCommand</name>
    <message>
        <source>find the test that makes another one fail, and show what it left behind</source>
        <translation>den Test finden, der einen anderen scheitern lässt, und zeigen, was er hinterließ</translation>
    </message>
    <message>
        <source>Usage: api-replay find-polluter SUITE.json --test NAME [--error-style v1|v2]

NAME must pass alone and fail after the tests before it. The tests before it are
halved until one remains that makes NAME fail (as detect-test-pollution does);
then it shows what that test left behind: overrides still set (and who set them),
rows added, the client session left open, recorded mails.
Exit status: 0 when a polluter was found, 1 when not, 2 for usage errors.
</source>
        <translation>Aufruf: api-replay find-polluter SUITE.json --test NAME [--error-style v1|v2]

NAME muss allein bestehen und nach den Tests davor scheitern. Die Tests davor werden
halbiert, bis einer bleibt, der NAME scheitern lässt (wie detect-test-pollution);
dann zeigt es, was dieser Test hinterließ: noch gesetzte Overrides (und wer sie setzte),
hinzugefügte Zeilen, die offene Client-Sitzung, aufgezeichnete Mails.
Exit-Status: 0, wenn ein Verursacher gefunden wurde, 1, wenn nicht, 2 bei Aufruffehlern.
</translation>
    </message>
    <message>
        <source>--error-style must be v1 or v2</source>
        <translation>--error-style muss v1 oder v2 sein</translation>
    </message>
    <message>
        <source>unknown option</source>
        <translation>unbekannte Option</translation>
    </message>
    <message>
        <source>give one suite file and --test NAME</source>
        <translation>eine Suite-Datei und --test NAME angeben</translation>
    </message>
    <message>
        <source>The test fails on its own: this is not pollution.</source>
        <translation>Der Test scheitert auch allein: das ist keine Verschmutzung.</translation>
    </message>
    <message>
        <source>The test passes after the tests before it: nothing to find.</source>
        <translation>Der Test besteht nach den Tests davor: nichts zu finden.</translation>
    </message>
    <message>
        <source>No single test makes it fail (it needs several together).</source>
        <translation>Kein einzelner Test lässt ihn scheitern (es braucht mehrere zusammen).</translation>
    </message>
    <message>
        <source>Polluter:</source>
        <translation>Verursacher:</translation>
    </message>
    <message>
        <source>It makes</source>
        <translation>Er lässt</translation>
    </message>
    <message>
        <source>fail with:</source>
        <translation>scheitern mit:</translation>
    </message>
    <message>
        <source>What it left behind:</source>
        <translation>Was er hinterließ:</translation>
    </message>
    <message>
        <source>override</source>
        <translation>Override</translation>
    </message>
    <message>
        <source>set by</source>
        <translation>gesetzt von</translation>
    </message>
    <message>
        <source>still active</source>
        <translation>noch aktiv</translation>
    </message>
    <message>
        <source>row(s) added to</source>
        <translation>Zeile(n) hinzugefügt zu</translation>
    </message>
    <message>
        <source>the client session (lifespan) is still open</source>
        <translation>die Client-Sitzung (Lifespan) ist noch offen</translation>
    </message>
    <message>
        <source>recorded mail(s)</source>
        <translation>aufgezeichnete Mail(s)</translation>
    </message>
    <message>
        <source>nothing visible (overrides, rows, session and mails are clean)</source>
        <translation>nichts Sichtbares (Overrides, Zeilen, Sitzung und Mails sind sauber)</translation>
    </message>
</context>
<context>
    <name>FixtureTimeline</name>
    <message>
        <source>module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>tests</source>
        <translation>Tests</translation>
    </message>
    <message>
        <source>%1 (%2 scope)
set up for %3 at %4 ms</source>
        <translation>%1 (Scope %2)
aufgebaut für %3 bei %4 ms</translation>
    </message>
    <message>
        <source>torn down after %1 at %2 ms</source>
        <translation>abgebaut nach %1 bei %2 ms</translation>
    </message>
    <message>
        <source>never torn down: the run stopped or the app was dropped</source>
        <translation>nie abgebaut: der Lauf endete oder die App wurde verworfen</translation>
    </message>
    <message>
        <source>#%1 %2: %3 in %4 ms</source>
        <translation>#%1 %2: %3 in %4 ms</translation>
    </message>
    <message>
        <source>Run a suite to see when each fixture is set up and torn down.</source>
        <translation>Eine Suite ausführen, um zu sehen, wann jede Fixture auf- und abgebaut wird.</translation>
    </message>
    <message>
        <source>Ctrl+wheel zooms</source>
        <translation>Strg+Mausrad zoomt</translation>
    </message>
    <message>
        <source>class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>package</source>
        <translation>Paket</translation>
    </message>
</context>
<context>
    <name>GettingStartedDialog</name>
    <message>
        <source>Getting started</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Getting started&lt;/h2&gt;&lt;p&gt;API Test Explorer sends requests the way FastAPI&apos;s &lt;code&gt;TestClient&lt;/code&gt; does and shows what FastAPI answers: the status, the body and, for a 422, each validation error with the place in the request it points to.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Erste Schritte&lt;/h2&gt;&lt;p&gt;API Test Explorer sendet Anfragen so, wie es &lt;code&gt;TestClient&lt;/code&gt; von FastAPI tut, und zeigt, was FastAPI antwortet: den Status, den Body und bei einer 422 jeden Validierungsfehler mit der Stelle in der Anfrage, auf die er zeigt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The tutorial&apos;s patterns, and where to try them&lt;/h3&gt;&lt;ul&gt;</source>
        <translation>&lt;h3&gt;Die Muster des Tutorials und wo man sie ausprobiert&lt;/h3&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Validation (422)&lt;/b&gt;: send %1 with a body that lacks a field or has a bad email; the 422 tab lists each error, a click marks it in the body.</source>
        <translation>&lt;b&gt;Validierung (422)&lt;/b&gt;: senden Sie %1 mit einem Body, dem ein Feld fehlt oder der eine falsche E-Mail hat; der 422-Reiter listet jeden Fehler, ein Klick markiert ihn im Body.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Dependency overrides&lt;/b&gt;: open %1, choose &lt;code&gt;fake_admin&lt;/code&gt; for &lt;code&gt;get_current_user&lt;/code&gt; under Dependencies, send; it stays set until you clear it, as &lt;code&gt;app.dependency_overrides&lt;/code&gt; does.</source>
        <translation>&lt;b&gt;Dependency Overrides&lt;/b&gt;: öffnen Sie %1, wählen Sie unter Abhängigkeiten &lt;code&gt;fake_admin&lt;/code&gt; für &lt;code&gt;get_current_user&lt;/code&gt; und senden Sie; es bleibt gesetzt, bis Sie es löschen, wie &lt;code&gt;app.dependency_overrides&lt;/code&gt;.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Path and query parameters&lt;/b&gt;: %1 has a typed field for &lt;code&gt;item_id&lt;/code&gt;; type a word and see FastAPI&apos;s 422.</source>
        <translation>&lt;b&gt;Pfad- und Query-Parameter&lt;/b&gt;: %1 hat ein typisiertes Feld für &lt;code&gt;item_id&lt;/code&gt;; tippen Sie ein Wort und sehen Sie die 422 von FastAPI.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Errors raised, not answered&lt;/b&gt;: %1 raises; with &lt;i&gt;raise_server_exceptions&lt;/i&gt; ticked (TestClient&apos;s default) the error reaches the test instead of a 500.</source>
        <translation>&lt;b&gt;Ausgelöste, nicht beantwortete Fehler&lt;/b&gt;: %1 löst einen Fehler aus; mit angehaktem &lt;i&gt;raise_server_exceptions&lt;/i&gt; (Standard von TestClient) erreicht der Fehler den Test statt einer 500.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The lifespan&lt;/b&gt;: untick &lt;i&gt;Client session (lifespan)&lt;/i&gt; and send %1: startup never ran, as with &lt;code&gt;TestClient(app)&lt;/code&gt; outside &lt;code&gt;with&lt;/code&gt;.</source>
        <translation>&lt;b&gt;Der Lifespan&lt;/b&gt;: nehmen Sie den Haken bei &lt;i&gt;Client-Sitzung (Lifespan)&lt;/i&gt; heraus und senden Sie %1: der Startup lief nie, wie bei &lt;code&gt;TestClient(app)&lt;/code&gt; ohne &lt;code&gt;with&lt;/code&gt;.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Background tasks&lt;/b&gt;: creating a user with %1 sends a welcome mail; see it under Recorded mails.</source>
        <translation>&lt;b&gt;Hintergrundaufgaben&lt;/b&gt;: ein Benutzer, angelegt mit %1, bekommt eine Willkommensmail; sie steht unter Aufgezeichnete Mails.</translation>
    </message>
    <message>
        <source>&lt;b&gt;WebSockets&lt;/b&gt;: %1 echoes what you send.</source>
        <translation>&lt;b&gt;WebSockets&lt;/b&gt;: %1 schickt zurück, was Sie senden.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Fixtures and their scopes&lt;/b&gt;: the suite %1 in the Suites tab, drawn as a timeline.</source>
        <translation>&lt;b&gt;Fixtures und ihre Scopes&lt;/b&gt;: die Suite %1 im Reiter Suites, als Zeitleiste gezeichnet.</translation>
    </message>
    <message>
        <source>&lt;b&gt;A flaky test&lt;/b&gt;: the suite %1 fails in file order and passes alone; select the failure and press Find polluter.</source>
        <translation>&lt;b&gt;Ein wackeliger Test&lt;/b&gt;: die Suite %1 scheitert in Dateireihenfolge und besteht allein; wählen Sie den Fehlschlag und drücken Sie Verursacher finden.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Where the tutorial and FastAPI disagree, the window shows what FastAPI does and says why in a yellow note.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wo Tutorial und FastAPI sich widersprechen, zeigt das Fenster, was FastAPI tut, und sagt in einer gelben Notiz, warum.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;What answers: the target&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;forge&lt;/b&gt;, the built-in demo app of the tutorial (open now unless you chose another);&lt;/li&gt;&lt;li&gt;&lt;b&gt;your own FastAPI app&lt;/b&gt;: File → Open app… → Python app (&lt;code&gt;myproject.main:app&lt;/code&gt;), with its dependencies and the doubles you wrote;&lt;/li&gt;&lt;li&gt;&lt;b&gt;an OpenAPI document&lt;/b&gt; FastAPI wrote (&lt;code&gt;openapi.json&lt;/code&gt;): its validation and 422 bodies as that FastAPI gives them, offline;&lt;/li&gt;&lt;li&gt;&lt;b&gt;a running server&lt;/b&gt; (File → Open app… → Live server, or an environment from the toolbar: File → Environments… keeps servers by name with their headers).&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Request → Send to both… puts two targets&apos; answers side by side. Your &lt;b&gt;pytest suite&lt;/b&gt; opens with File → Open pytest project….&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Wer antwortet: das Ziel&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;forge&lt;/b&gt;, die eingebaute Demo-App des Tutorials (jetzt geöffnet, sofern Sie kein anderes gewählt haben);&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ihre eigene FastAPI-App&lt;/b&gt;: Datei → App öffnen… → Python-App (&lt;code&gt;myproject.main:app&lt;/code&gt;), mit ihren Abhängigkeiten und den Doubles, die Sie geschrieben haben;&lt;/li&gt;&lt;li&gt;&lt;b&gt;ein OpenAPI-Dokument&lt;/b&gt;, das FastAPI geschrieben hat (&lt;code&gt;openapi.json&lt;/code&gt;): seine Validierung und 422-Antworten so, wie dieses FastAPI sie gibt, offline;&lt;/li&gt;&lt;li&gt;&lt;b&gt;ein laufender Server&lt;/b&gt; (Datei → App öffnen… → Laufender Server, oder eine Umgebung aus der Werkzeugleiste: Datei → Umgebungen… verwaltet Server mit Namen und ihren Headern).&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Anfrage → An beide senden… stellt die Antworten zweier Ziele nebeneinander. Ihre &lt;b&gt;pytest-Suite&lt;/b&gt; öffnen Sie mit Datei → pytest-Projekt öffnen….&lt;/p&gt;</translation>
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
    <name>HistoryCommand</name>
    <message>
        <source>list recent runs and per-test pass rates (flaky tests)</source>
        <translation>letzte Läufe und Erfolgsquoten je Test auflisten (wackelige Tests)</translation>
    </message>
    <message>
        <source>unknown option</source>
        <translation>unbekannte Option</translation>
    </message>
    <message>
        <source>Runs (newest first):</source>
        <translation>Läufe (neueste zuerst):</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>gescheitert</translation>
    </message>
    <message>
        <source>Tests:</source>
        <translation>Tests:</translation>
    </message>
    <message>
        <source>of the last</source>
        <translation>von den letzten</translation>
    </message>
    <message>
        <source>runs</source>
        <translation>Läufen</translation>
    </message>
    <message>
        <source>(flaky)</source>
        <translation>(wackelig)</translation>
    </message>
    <message>
        <source>needs a positive number, got</source>
        <translation>braucht eine positive Zahl, erhalten</translation>
    </message>
    <message>
        <source>(not run)</source>
        <translation>(nicht gelaufen)</translation>
    </message>
    <message>
        <source>flaky</source>
        <translation>wackelig</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Tests whose outcome changed from run</source>
        <translation>Tests, deren Ergebnis sich geändert hat, von Lauf</translation>
    </message>
    <message>
        <source>to run</source>
        <translation>zu Lauf</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
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
        <translation>Aufruf: api-replay history [--history PFAD] [--last N] [--json]
       api-replay history [--history PFAD] --compare LAUF LAUF [--json]
       api-replay history import-junit DATEI... [--history PFAD]

Listet die letzten N Läufe (Standard 20) und je Test, wie oft er darin bestand;
ein Test, der bestand und scheiterte, wird als wackelig markiert. --compare listet
die Tests, deren Ergebnis sich zwischen zwei Läufen unterscheidet (Nummern aus der
Liste der Läufe).
import-junit trägt jede JUnit-XML-Datei (pytest --junit-xml, CI-Artefakte) als
Lauf ein; Wiederholungen in einer Datei (&lt;rerun&gt;, &lt;flakyFailure&gt;, ...) zählen als
Versuche, ein Test, der scheiterte und beim zweiten Versuch bestand, ist also
wackelig. Eine Datei, die nicht gelesen werden kann, wird genannt und übersprungen
(Status 2); die anderen werden eingetragen.
</translation>
    </message>
    <message>
        <source>needs a value</source>
        <translation>braucht einen Wert</translation>
    </message>
    <message>
        <source>give one or more JUnit XML files</source>
        <translation>eine oder mehrere JUnit-XML-Dateien angeben</translation>
    </message>
    <message>
        <source>run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>tests</source>
        <translation>Tests</translation>
    </message>
    <message>
        <source>reruns</source>
        <translation>Wiederholungen</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Search method, path, status</source>
        <translation>Methode, Pfad, Status suchen</translation>
    </message>
    <message>
        <source>Double-click to load the request into the composer</source>
        <translation>Doppelklick lädt die Anfrage in den Editor</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>µs</source>
        <translation>µs</translation>
    </message>
    <message>
        <source>The request history could not be read and was moved aside to %1; a new one was started.</source>
        <translation>Der Anfrageverlauf war nicht lesbar und wurde nach %1 verschoben; ein neuer wurde begonnen.</translation>
    </message>
</context>
<context>
    <name>JsonDiffModel</name>
    <message>
        <source>(missing)</source>
        <translation>(fehlt)</translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation>(nicht vorhanden)</translation>
    </message>
    <message>
        <source>Where (JSON pointer)</source>
        <translation>Wo (JSON-Pointer)</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Tatsächlich</translation>
    </message>
</context>
<context>
    <name>JsonTreeModel</name>
    <message numerus="yes">
        <source>{%n key(s)}</source>
        <translation>
            <numerusform>{%n Schlüssel}</numerusform>
            <numerusform>{%n Schlüssel}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n Element]</numerusform>
            <numerusform>[%n Elemente]</numerusform>
        </translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
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
    <message>
        <source>Explore</source>
        <translation>Erkunden</translation>
    </message>
    <message>
        <source>Suites</source>
        <translation>Suites</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Save as &amp;test…</source>
        <translation>Als &amp;Test speichern…</translation>
    </message>
    <message>
        <source>Saved %1 to %2</source>
        <translation>%1 in %2 gespeichert</translation>
    </message>
    <message>
        <source>Save as test</source>
        <translation>Als Test speichern</translation>
    </message>
    <message>
        <source>Save as test in suite</source>
        <translation>Als Test in Suite speichern</translation>
    </message>
    <message>
        <source>Suites (*.json)</source>
        <translation>Suites (*.json)</translation>
    </message>
    <message>
        <source>The fixtures of the open suite: scope, autouse, what they use</source>
        <translation>Die Fixtures der geöffneten Suite: Scope, autouse, was sie nutzen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Fixtures&lt;/b&gt; of the open suite</source>
        <translation>&lt;b&gt;Fixtures&lt;/b&gt; der geöffneten Suite</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Leave the work that does not finish behind and restart the engine (toggles and overrides are kept)</source>
        <translation>Die Arbeit, die nicht endet, zurücklassen und die Engine neu starten (Schalter und Overrides bleiben)</translation>
    </message>
    <message>
        <source>Still working… Cancel leaves it behind.</source>
        <translation>Arbeitet noch… Abbrechen lässt es zurück.</translation>
    </message>
    <message>
        <source>Cancelled: the engine was restarted; the stuck work goes on in the background and its answer is dropped.</source>
        <translation>Abgebrochen: die Engine wurde neu gestartet; die hängende Arbeit läuft im Hintergrund weiter, ihre Antwort wird verworfen.</translation>
    </message>
    <message>
        <source>Running suites… (Cancel stops after the current test)</source>
        <translation>Suites laufen… (Abbrechen stoppt nach dem laufenden Test)</translation>
    </message>
    <message>
        <source>&amp;Open suites…</source>
        <translation>Suites ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;recent suites</source>
        <translation>&amp;Zuletzt geöffnete Suites</translation>
    </message>
    <message>
        <source>&amp;Export suites as pytest…</source>
        <translation>Suites als pytest &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;System colours</source>
        <translation>&amp;Systemfarben</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>Drop suite files (.json) to open them</source>
        <translation>Suite-Dateien (.json) hier ablegen, um sie zu öffnen</translation>
    </message>
    <message>
        <source>API Test Explorer</source>
        <translation>API Test Explorer</translation>
    </message>
    <message>
        <source>%1 answers now</source>
        <translation>%1 antwortet jetzt</translation>
    </message>
    <message>
        <source>The app could not be opened</source>
        <translation>Die App konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>The previous app still answers.</source>
        <translation>Die vorherige App antwortet weiter.</translation>
    </message>
    <message>
        <source>Open &amp;app…</source>
        <translation>&amp;App öffnen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Recent a&amp;pps</source>
        <translation>Zuletzt geöffnete A&amp;pps</translation>
    </message>
    <message>
        <source>API Test Explorer — %1</source>
        <translation>API Test Explorer — %1</translation>
    </message>
    <message>
        <source>This app&apos;s own FastAPI and Pydantic decide the words</source>
        <translation>FastAPI und Pydantic dieser App bestimmen den Wortlaut</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>The document was reloaded; no route changed</source>
        <translation>Das Dokument wurde neu geladen; keine Route hat sich geändert</translation>
    </message>
    <message numerus="yes">
        <source>The document was reloaded: %n route(s) changed</source>
        <translation>
            <numerusform>Das Dokument wurde neu geladen: %n Route geändert</numerusform>
            <numerusform>Das Dokument wurde neu geladen: %n Routen geändert</numerusform>
        </translation>
    </message>
    <message>
        <source>The document changed</source>
        <translation>Das Dokument hat sich geändert</translation>
    </message>
    <message numerus="yes">
        <source>%n route(s) added, changed or removed. History, suites and overrides are kept.</source>
        <translation>
            <numerusform>%n Route hinzugefügt, geändert oder entfernt. Verlauf, Suiten und Overrides bleiben erhalten.</numerusform>
            <numerusform>%n Routen hinzugefügt, geändert oder entfernt. Verlauf, Suiten und Overrides bleiben erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open API &amp;description…</source>
        <translation>API-&amp;Beschreibung öffnen…</translation>
    </message>
    <message>
        <source>Serve the app an OpenAPI document describes (FastAPI&apos;s openapi.json): validation and answers as that FastAPI gives them</source>
        <translation>Die App bedienen, die ein OpenAPI-Dokument beschreibt (FastAPIs openapi.json): Validierung und Antworten wie von diesem FastAPI</translation>
    </message>
    <message>
        <source>Open API description</source>
        <translation>API-Beschreibung öffnen</translation>
    </message>
    <message>
        <source>OpenAPI documents (*.json);;All files (*)</source>
        <translation>OpenAPI-Dokumente (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 and %2 give the same answer.</source>
        <translation>%1 und %2 geben dieselbe Antwort.</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) between %1 (left) and %2 (right).</source>
        <translation>
            <numerusform>%n Unterschied zwischen %1 (links) und %2 (rechts).</numerusform>
            <numerusform>%n Unterschiede zwischen %1 (links) und %2 (rechts).</numerusform>
        </translation>
    </message>
    <message>
        <source>Comparing with %1…</source>
        <translation>Vergleiche mit %1…</translation>
    </message>
    <message>
        <source>Save the request and the answer shown as a test in a suite file</source>
        <translation>Die Anfrage und die angezeigte Antwort als Test in einer Suite-Datei speichern</translation>
    </message>
    <message>
        <source>The composer was edited since the answer shown: send the request again to save it as a test</source>
        <translation>Der Editor wurde seit der angezeigten Antwort geändert: senden Sie die Anfrage erneut, um sie als Test zu speichern</translation>
    </message>
    <message>
        <source>Send a request first: the test asserts its answer</source>
        <translation>Senden Sie zuerst eine Anfrage: der Test prüft ihre Antwort</translation>
    </message>
    <message>
        <source>This answer is to %1 %2, sent before; the composer holds another request now</source>
        <translation>Diese Antwort gehört zu %1 %2, zuvor gesendet; im Editor steht jetzt eine andere Anfrage</translation>
    </message>
    <message>
        <source>Open p&amp;ytest project…</source>
        <translation>p&amp;ytest-Projekt öffnen…</translation>
    </message>
    <message>
        <source>Run your own pytest suite here: history, pass rates, the fixture timeline, seeds and the polluter search</source>
        <translation>Die eigene pytest-Suite hier ausführen: Historie, Erfolgsquoten, Fixture-Zeitleiste, Seeds und die Suche nach dem Verursacher</translation>
    </message>
    <message>
        <source>Recent pytest pro&amp;jects</source>
        <translation>Letzte pytest-Pro&amp;jekte</translation>
    </message>
    <message>
        <source>Open pytest project (the directory pytest runs in)</source>
        <translation>pytest-Projekt öffnen (das Verzeichnis, in dem pytest läuft)</translation>
    </message>
    <message>
        <source>Filter routes</source>
        <translation>Routen filtern</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>&amp;Erste Schritte</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Documentation (README)</source>
        <translation>&amp;Dokumentation (README)</translation>
    </message>
    <message>
        <source>Indent the selected body lines</source>
        <translation>Die gewählten Body-Zeilen einrücken</translation>
    </message>
    <message>
        <source>Ctrl+]</source>
        <translation>Ctrl+]</translation>
    </message>
    <message>
        <source>Dedent the selected body lines</source>
        <translation>Die gewählten Body-Zeilen ausrücken</translation>
    </message>
    <message>
        <source>Ctrl+[</source>
        <translation>Ctrl+[</translation>
    </message>
    <message>
        <source>Go from a route to the composer&apos;s URL</source>
        <translation>Von einer Route zur URL des Editors</translation>
    </message>
    <message>
        <source>Next or previous control</source>
        <translation>Nächstes oder vorheriges Bedienelement</translation>
    </message>
    <message>
        <source>Send to &amp;both…</source>
        <translation>An &amp;beide senden…</translation>
    </message>
    <message>
        <source>Send to both</source>
        <translation>An beide senden</translation>
    </message>
    <message>
        <source>Send this request to another target too (the document and the app, the engine and a server) and show both answers side by side</source>
        <translation>Diese Anfrage auch an ein anderes Ziel senden (Dokument und App, Engine und Server) und beide Antworten nebeneinander zeigen</translation>
    </message>
    <message>
        <source>&amp;Environments…</source>
        <translation>&amp;Umgebungen…</translation>
    </message>
    <message>
        <source>Servers by name: a base URL and the headers sent with every request (an API key); chosen from the toolbar</source>
        <translation>Server mit Namen: eine Basis-URL und die Header, die mit jeder Anfrage gehen (ein API-Schlüssel); in der Werkzeugleiste gewählt</translation>
    </message>
    <message>
        <source>E&amp;nvironment: </source>
        <translation>U&amp;mgebung: </translation>
    </message>
    <message>
        <source>There is no environment named %1</source>
        <translation>Es gibt keine Umgebung namens %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Opening %1 (%2)…</source>
        <translation>Öffne %1 (%2)…</translation>
    </message>
    <message>
        <source>Secrets are not encrypted</source>
        <translation>Geheimnisse sind nicht verschlüsselt</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Manage environments…</source>
        <translation>Umgebungen verwalten…</translation>
    </message>
    <message>
        <source>Choose an environment to send requests to its server</source>
        <translation>Eine Umgebung wählen, um Anfragen an ihren Server zu senden</translation>
    </message>
    <message>
        <source>Requests go to %1</source>
        <translation>Anfragen gehen an %1</translation>
    </message>
</context>
<context>
    <name>OpenApiCommand</name>
    <message>
        <source>print the app&apos;s OpenAPI document as FastAPI generates it</source>
        <translation>das OpenAPI-Dokument der App ausgeben, wie FastAPI es erzeugt</translation>
    </message>
    <message>
        <source>Usage: api-replay openapi [TARGET] [--error-style v1|v2]

v1 prints FastAPI 0.9x&apos;s document (OpenAPI 3.0.2, Pydantic 1 schemas),
v2 FastAPI 0.132&apos;s (OpenAPI 3.1.0, Pydantic 2 schemas).

Options:
</source>
        <translation>Aufruf: api-replay openapi [ZIEL] [--error-style v1|v2]

v1 gibt das Dokument von FastAPI 0.9x aus (OpenAPI 3.0.2, Pydantic-1-Schemas),
v2 das von FastAPI 0.132 (OpenAPI 3.1.0, Pydantic-2-Schemas).

Optionen:
</translation>
    </message>
</context>
<context>
    <name>OpenTargetDialog</name>
    <message>
        <source>Open app</source>
        <translation>App öffnen</translation>
    </message>
    <message>
        <source>Built-in app</source>
        <translation>Eingebaute App</translation>
    </message>
    <message>
        <source>Python app (your FastAPI app)</source>
        <translation>Python-App (Ihre FastAPI-App)</translation>
    </message>
    <message>
        <source>OpenAPI document</source>
        <translation>OpenAPI-Dokument</translation>
    </message>
    <message>
        <source>Live server</source>
        <translation>Laufender Server</translation>
    </message>
    <message>
        <source>App:</source>
        <translation>App:</translation>
    </message>
    <message>
        <source>The module and the attribute that holds the app, as uvicorn takes them</source>
        <translation>Das Modul und das Attribut, das die App hält, wie uvicorn sie nimmt</translation>
    </message>
    <message>
        <source>the project directory (put first on sys.path)</source>
        <translation>das Projektverzeichnis (zuerst auf sys.path)</translation>
    </message>
    <message>
        <source>more modules with DOUBLES dicts, comma-separated</source>
        <translation>weitere Module mit DOUBLES-Dicts, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>App (module:attr):</source>
        <translation>App (Modul:Attribut):</translation>
    </message>
    <message>
        <source>App directory:</source>
        <translation>App-Verzeichnis:</translation>
    </message>
    <message>
        <source>App directory</source>
        <translation>App-Verzeichnis</translation>
    </message>
    <message>
        <source>Interpreter:</source>
        <translation>Interpreter:</translation>
    </message>
    <message>
        <source>Python interpreter</source>
        <translation>Python-Interpreter</translation>
    </message>
    <message>
        <source>Doubles modules:</source>
        <translation>Module mit Doubles:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>What answers:</source>
        <translation>Wer antwortet:</translation>
    </message>
    <message>
        <source>Give the app as module:attr, for example myproject.main:app.</source>
        <translation>Geben Sie die App als Modul:Attribut an, zum Beispiel myproject.main:app.</translation>
    </message>
    <message>
        <source>“%1” is not module:attr (the module, a colon, the attribute).</source>
        <translation>„%1“ ist nicht Modul:Attribut (das Modul, ein Doppelpunkt, das Attribut).</translation>
    </message>
    <message>
        <source>The app directory %1 does not exist.</source>
        <translation>Das App-Verzeichnis %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 (found in the app directory)</source>
        <translation>%1 (im App-Verzeichnis gefunden)</translation>
    </message>
    <message>
        <source>python3 from PATH</source>
        <translation>python3 aus PATH</translation>
    </message>
    <message>
        <source>Do not verify the TLS certificate (--insecure)</source>
        <translation>Das TLS-Zertifikat nicht prüfen (--insecure)</translation>
    </message>
    <message>
        <source>Name: value, one per line (sent with every request)</source>
        <translation>Name: Wert, einer pro Zeile (mit jeder Anfrage gesendet)</translation>
    </message>
    <message>
        <source>Base URL:</source>
        <translation>Basis-URL:</translation>
    </message>
    <message>
        <source>Headers:</source>
        <translation>Header:</translation>
    </message>
    <message>
        <source>Give the server&apos;s address, starting with http:// or https://.</source>
        <translation>Geben Sie die Adresse des Servers an, beginnend mit http:// oder https://.</translation>
    </message>
    <message>
        <source>“%1” is not a header (Name: value).</source>
        <translation>„%1“ ist kein Header (Name: Wert).</translation>
    </message>
    <message>
        <source>The app a FastAPI OpenAPI document describes: its validation, security and example answers, offline</source>
        <translation>Die App, die ein FastAPI-OpenAPI-Dokument beschreibt: Validierung, Sicherheit und Beispielantworten, offline</translation>
    </message>
    <message>
        <source>openapi.json, as FastAPI serves it</source>
        <translation>openapi.json, wie FastAPI es ausliefert</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>Dokument:</translation>
    </message>
    <message>
        <source>OpenAPI documents (*.json);;All files (*)</source>
        <translation>OpenAPI-Dokumente (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose the OpenAPI document (openapi.json).</source>
        <translation>Wählen Sie das OpenAPI-Dokument (openapi.json).</translation>
    </message>
    <message>
        <source>The document %1 does not exist.</source>
        <translation>Das Dokument %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Response headers to leave out of the comparison, separated by commas (date and server always are)</source>
        <translation>Antwort-Header, die beim Vergleich nicht zählen, durch Kommas getrennt (date und server zählen nie)</translation>
    </message>
    <message>
        <source>Ignore headers:</source>
        <translation>Header ignorieren:</translation>
    </message>
    <message>
        <source>Recent:</source>
        <translation>Zuletzt:</translation>
    </message>
    <message>
        <source>Choose a recent target to fill the form</source>
        <translation>Ein zuletzt geöffnetes Ziel wählen, um das Formular zu füllen</translation>
    </message>
    <message>
        <source>None: the URL and headers below</source>
        <translation>Keine: die URL und Header unten</translation>
    </message>
    <message>
        <source>File → Environments… keeps servers by name, with their headers (secrets in the keychain)</source>
        <translation>Datei → Umgebungen… verwaltet Server mit Namen und ihren Headern (Geheimnisse im Schlüsselbund)</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Umgebung:</translation>
    </message>
    <message>
        <source>The address %1</source>
        <translation>Die Adresse %1</translation>
    </message>
    <message>
        <source>As its OpenAPI version implies</source>
        <translation>Wie seine OpenAPI-Version nahelegt</translation>
    </message>
    <message>
        <source>FastAPI 0.100 to 0.121</source>
        <translation>FastAPI 0.100 bis 0.121</translation>
    </message>
    <message>
        <source>FastAPI 0.122 to 0.131</source>
        <translation>FastAPI 0.122 bis 0.131</translation>
    </message>
    <message>
        <source>FastAPI 0.132 or later</source>
        <translation>FastAPI 0.132 oder neuer</translation>
    </message>
    <message>
        <source>Every FastAPI since 0.99 writes OpenAPI 3.1.0, but not every one answers alike: before 0.122 a missing API key or bearer token gets 403, since then 401 with WWW-Authenticate; since 0.132 a JSON body without a Content-Type is refused. An OpenAPI 3.0 document is read as FastAPI 0.9x (--fastapi).</source>
        <translation>Jedes FastAPI seit 0.99 schreibt OpenAPI 3.1.0, aber nicht jedes antwortet gleich: vor 0.122 bekommt ein fehlender API-Schlüssel oder Bearer-Token 403, seither 401 mit WWW-Authenticate; seit 0.132 wird ein JSON-Body ohne Content-Type abgelehnt. Ein OpenAPI-3.0-Dokument wird als FastAPI 0.9x gelesen (--fastapi).</translation>
    </message>
    <message>
        <source>Written by:</source>
        <translation>Geschrieben von:</translation>
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
        <translation>Erfolgsquote je Test über die letzten Läufe</translation>
    </message>
    <message>
        <source>passed %</source>
        <translation>bestanden %</translation>
    </message>
    <message>
        <source>%1 (flaky)</source>
        <translation>%1 (wackelig)</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>failed %</source>
        <translation>fehlgeschlagen %</translation>
    </message>
</context>
<context>
    <name>PytestCommand</name>
    <message>
        <source>run your own pytest suite: history, random order, polluter search</source>
        <translation>die eigene pytest-Suite ausführen: Historie, Zufallsreihenfolge, Verursachersuche</translation>
    </message>
    <message>
        <source>needs a value</source>
        <translation>braucht einen Wert</translation>
    </message>
    <message>
        <source>needs a whole number from</source>
        <translation>braucht eine ganze Zahl von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>got</source>
        <translation>erhalten</translation>
    </message>
    <message>
        <source>unknown option</source>
        <translation>unbekannte Option</translation>
    </message>
    <message>
        <source>pytest&apos;s own options go after --</source>
        <translation>die eigenen Optionen von pytest gehören hinter --</translation>
    </message>
    <message>
        <source>unknown subcommand</source>
        <translation>unbekannter Unterbefehl</translation>
    </message>
    <message>
        <source>run or find-polluter</source>
        <translation>run oder find-polluter</translation>
    </message>
    <message>
        <source>unexpected argument</source>
        <translation>unerwartetes Argument</translation>
    </message>
    <message>
        <source>pytest&apos;s own arguments go after --</source>
        <translation>die eigenen Argumente von pytest gehören hinter --</translation>
    </message>
    <message>
        <source>Pass rate per test:</source>
        <translation>Erfolgsquote je Test:</translation>
    </message>
    <message>
        <source>give one node id, such as</source>
        <translation>geben Sie eine Node-ID an, etwa</translation>
    </message>
    <message>
        <source>did not run in that run</source>
        <translation>lief in diesem Lauf nicht</translation>
    </message>
    <message>
        <source>is not collected by pytest</source>
        <translation>wird von pytest nicht gesammelt</translation>
    </message>
    <message>
        <source>The test fails on its own: this is not pollution.</source>
        <translation>Der Test scheitert auch allein: das ist keine Verschmutzung.</translation>
    </message>
    <message>
        <source>The test passes after the tests before it: no polluter to find in this order.</source>
        <translation>Der Test besteht nach den Tests davor: in dieser Reihenfolge gibt es keinen Verursacher.</translation>
    </message>
    <message>
        <source>No single test makes it fail: the pollution needs several tests together.</source>
        <translation>Kein einzelner Test lässt ihn scheitern: die Verschmutzung braucht mehrere Tests zusammen.</translation>
    </message>
    <message>
        <source>no dependency override (look at module state, caches, files)</source>
        <translation>kein Override einer Abhängigkeit (prüfen Sie Modulzustand, Caches, Dateien)</translation>
    </message>
    <message>
        <source>pytest runs</source>
        <translation>pytest-Läufe</translation>
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
        <translation>Aufruf: api-replay pytest run [Optionen] [-- PYTEST-ARGUMENTE...]
        api-replay pytest find-polluter NODEID [Optionen] [--run ID] [-- PYTEST-ARGUMENTE...]

Führt die Tests des Projekts mit pytest selbst aus (unser Plugin wird mit -p geladen;
nichts zu installieren). run zeigt Fortschritt und Zusammenfassung von pytest, trägt
jeden Test bei seinem Ende in die Lauf-Historie ein (Datei = sein Pfad, Name = der Rest
der Node-ID) und endet mit dem Status von pytest. find-polluter prüft, dass NODEID allein
besteht und nach den Tests davor scheitert (in Dateireihenfolge oder in der Reihenfolge
des aufgezeichneten Laufs ID), und halbiert sie dann, ein frisches pytest pro Schritt,
bis ein Test übrig bleibt.

Optionen:
  --rootdir DIR       wo pytest läuft (Standard: das aktuelle Verzeichnis)
  --python EXE        der Interpreter (Standard: DIR/.venv/bin/python, sonst python3)
  --seed N|last       Zufallsreihenfolge wie pytest-randomly: Module, Klassen, Funktionen
  --repeat N          die Suite N-mal ausführen und je Test eine Erfolgsquote zeigen
  --junit-xml FILE    JUnit-XML (das von pytest)
  --timeout S         ein Test, der länger als S Sekunden läuft, beendet den pytest-Prozess
                      (der Test ist ein Fehler, die Tests danach laufen nicht)
  --history PATH      die Historien-Datenbank; --no-history ohne sie

Overrides, die am Ende des Laufs noch gesetzt sind, stehen mit dem Test, der sie setzte,
unter &quot;api-test-explorer: left behind&quot; vor der Zusammenfassung von pytest, ebenso ein
TestClient, der ohne `with` benutzt wurde, obwohl die App Startup-Handler hat.
</translation>
    </message>
    <message>
        <source>needs seconds from 0.001 to 86400, got</source>
        <translation>braucht Sekunden von 0.001 bis 86400, erhalten</translation>
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
    <message>
        <source>Path parameter %1: %2</source>
        <translation>Pfadparameter %1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Get a token from the app&apos;s OAuth2 token route and set the Authorization header</source>
        <translation>Ein Token von der OAuth2-Token-Route der App holen und den Authorization-Header setzen</translation>
    </message>
    <message>
        <source>Required: always sent</source>
        <translation>Pflicht: wird immer gesendet</translation>
    </message>
    <message>
        <source>Optional: sent when ticked; the app&apos;s default otherwise</source>
        <translation>Optional: wird gesendet, wenn angehakt; sonst gilt der Standardwert der App</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>einer von %1</translation>
    </message>
    <message>
        <source>Path edited by hand: it no longer has the route&apos;s shape, so the parameter fields below are not used</source>
        <translation>Pfad von Hand bearbeitet: er hat nicht mehr die Form der Route, die Parameterfelder unten werden nicht verwendet</translation>
    </message>
    <message>
        <source>Reset to route</source>
        <translation>Auf Route zurücksetzen</translation>
    </message>
    <message>
        <source>Put the route&apos;s own request back (what you typed for it is kept as a draft until then)</source>
        <translation>Die eigene Anfrage der Route wiederherstellen (was Sie eingegeben haben, bleibt bis dahin als Entwurf erhalten)</translation>
    </message>
</context>
<context>
    <name>RequestsCommand</name>
    <message>
        <source>replay JSON request lines from stdin against an app</source>
        <translation>JSON-Anfragezeilen von stdin gegen eine App abspielen</translation>
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
    <message>
        <source>cannot write the answers:</source>
        <translation>die Antworten können nicht geschrieben werden:</translation>
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
        <translation>Aufruf: api-replay requests [ZIEL] [Optionen] &lt; requests.jsonl

Liest eine JSON-Anfrage pro Zeile von stdin:
  {&quot;method&quot;:&quot;POST&quot;,&quot;path&quot;:&quot;/users?skip=1&quot;,
   &quot;headers&quot;:{&quot;Authorization&quot;:&quot;Bearer x&quot;},&quot;json&quot;:{...}}
oder mit &quot;body&quot;:&quot;Rohtext&quot; statt &quot;json&quot; (gesendet mit content-type
application/json, sofern die Header der Zeile nichts anderes sagen), oder mit
einem Formular, wie TestClient es nimmt: &quot;data&quot;:{&quot;feld&quot;:&quot;wert&quot;} (urlencoded) und
&quot;files&quot;:{&quot;upload&quot;:{&quot;filename&quot;:&quot;a.txt&quot;,&quot;content&quot;:&quot;...&quot;,
&quot;content_type&quot;:&quot;text/plain&quot;}} (multipart); ein optionales &quot;query&quot;-Objekt wird
an den Pfad angehängt.
Schreibt eine JSON-Zeile pro Anfrage, jede ausgegeben, bevor auf die nächste Zeile gewartet wird:
  {&quot;status&quot;:201,&quot;headers&quot;:{...},&quot;json&quot;:&lt;body&gt;}  (&quot;text&quot;, wenn kein JSON)
  {&quot;exception&quot;:{&quot;type&quot;:&quot;RuntimeError&quot;,&quot;message&quot;:&quot;Unexpected!&quot;}}
  {&quot;error&quot;:{&quot;line&quot;:N,&quot;message&quot;:&quot;...&quot;}}  für eine Zeile, die keine Anfrage ist
Alle Zeilen teilen eine App und eine Client-Sitzung. Exit-Status 1, wenn eine
Zeile ein Fehler war, sonst 0.

Optionen:
</translation>
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
    <message>
        <source>Expand all</source>
        <translation>Alles aufklappen</translation>
    </message>
    <message>
        <source>Unfold every level (slow for very large bodies)</source>
        <translation>Jede Ebene aufklappen (langsam bei sehr großen Bodies)</translation>
    </message>
    <message>
        <source>Fold all</source>
        <translation>Alles zuklappen</translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>Baum</translation>
    </message>
    <message>
        <source>Showing %1 of %2 bytes</source>
        <translation>%1 von %2 Bytes angezeigt</translation>
    </message>
    <message>
        <source>[… %1 more bytes; the Body tab can show all]</source>
        <translation>[… %1 weitere Bytes; der Body-Tab kann alles zeigen]</translation>
    </message>
    <message>
        <source>Loading… %1 of %2 bytes</source>
        <translation>Lädt… %1 von %2 Bytes</translation>
    </message>
    <message>
        <source>Send a request first</source>
        <translation>Senden Sie zuerst eine Anfrage</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Nebeneinander</translation>
    </message>
    <message>
        <source>Request → Send to both… shows two targets&apos; answers here</source>
        <translation>Anfrage → An beide senden… zeigt hier die Antworten zweier Ziele</translation>
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
        <source>Usage: api-replay routes [TARGET] [--override DEP=DOUBLE]...

Prints the routes as a JSON array: method, path, name, summary, tags,
status code, parameters (with their default and allowed values) and the
dependency tree with the provider that is active for each dependency.

Options:
</source>
        <translation>Aufruf: api-replay routes [ZIEL] [--override DEP=DOUBLE]...

Gibt die Routen als JSON-Array aus: Methode, Pfad, Name, Zusammenfassung, Tags,
Statuscode, Parameter (mit Standardwert und erlaubten Werten) und den
Abhängigkeitsbaum mit dem Anbieter, der für jede Abhängigkeit aktiv ist.

Optionen:
</translation>
    </message>
</context>
<context>
    <name>RunCommand</name>
    <message>
        <source>run suite files like pytest (fixtures, random order, JUnit XML)</source>
        <translation>Suite-Dateien wie pytest ausführen (Fixtures, Zufallsreihenfolge, JUnit-XML)</translation>
    </message>
    <message>
        <source>needs a value</source>
        <translation>braucht einen Wert</translation>
    </message>
    <message>
        <source>--error-style must be v1 or v2</source>
        <translation>--error-style muss v1 oder v2 sein</translation>
    </message>
    <message>
        <source>unknown option</source>
        <translation>unbekannte Option</translation>
    </message>
    <message>
        <source>not a number:</source>
        <translation>keine Zahl:</translation>
    </message>
    <message>
        <source>no suite file given</source>
        <translation>keine Suite-Datei angegeben</translation>
    </message>
    <message>
        <source>No failed tests in the last run; running everything.</source>
        <translation>Keine gescheiterten Tests im letzten Lauf; alles wird ausgeführt.</translation>
    </message>
    <message>
        <source>Pass rate per test:</source>
        <translation>Erfolgsquote je Test:</translation>
    </message>
    <message>
        <source>cannot write</source>
        <translation>kann nicht schreiben:</translation>
    </message>
    <message>
        <source>needs a whole number from 0 to</source>
        <translation>braucht eine ganze Zahl von 0 bis</translation>
    </message>
    <message>
        <source>got</source>
        <translation>erhalten</translation>
    </message>
    <message>
        <source>needs a whole number from 1 to</source>
        <translation>braucht eine ganze Zahl von 1 bis</translation>
    </message>
    <message>
        <source>needs a number of seconds above 0 and at most 86400, got</source>
        <translation>braucht eine Sekundenzahl über 0 und höchstens 86400, erhalten</translation>
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
        <translation>Aufruf: api-replay run SUITE.json... [Optionen]

  -k AUSDRUCK         Tests ausführen, deren Name AUSDRUCK enthält (&quot;not AUSDRUCK&quot; kehrt um)
  -x                  beim ersten Fehlschlag anhalten
  --seed N            Zufallsreihenfolge aus Seed N (wird ausgegeben, damit sie wiederholbar ist)
  --lf                nur die im letzten Lauf gescheiterten Tests ausführen (aus dem Verlauf)
  --repeat N          alles N-mal ausführen und die Erfolgsquote je Test zeigen
  --isolate           eine frische App für jeden Test
  --setup-show        den Lebenslauf der Fixtures (SETUP/TEARDOWN) wie pytest zeigen
  --timeout SEKUNDEN  Zeitlimit je Test (Standard 10)
  --junit-xml DATEI   JUnit-XML schreiben
  --error-style v1|v2 der Wortlaut der 422-Antworten (Standard v2)
  --app NAME | --asgi MODULE:ATTR [--app-dir DIR] [--python EXE] [--doubles M]
                      das Ziel aller Suiten (Standard: die App, die jede Suite
                      nennt); siehe &apos;api-replay requests --help&apos;
  --override DEP=DOUBLE  beim Öffnen des Ziels gesetzt (wiederholbar)
  --history PFAD      die Verlaufsdatenbank (Standard: $API_REPLAY_HISTORY oder das
                      Benutzerdatenverzeichnis); --no-history lässt sie aus

Exit-Status: 0 alle bestanden, 1 Fehlschläge, 2 Aufruf- oder Suite-Dateifehler.
</translation>
    </message>
</context>
<context>
    <name>SaveTestDialog</name>
    <message>
        <source>The whole JSON body</source>
        <translation>Den ganzen JSON-Body</translation>
    </message>
    <message>
        <source>Save as test</source>
        <translation>Als Test speichern</translation>
    </message>
    <message>
        <source>raises %1</source>
        <translation>löst %1 aus</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>Status %1</translation>
    </message>
    <message>
        <source>Always asserted: %1</source>
        <translation>Immer geprüft: %1</translation>
    </message>
    <message>
        <source>Test name:</source>
        <translation>Testname:</translation>
    </message>
    <message>
        <source>Or these fields of the body:</source>
        <translation>Oder diese Felder des Bodys:</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>SuiteFileDialog</name>
    <message>
        <source>%1 — line %2</source>
        <translation>%1 — Zeile %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kann %1 nicht lesen: %2</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Kann %1 nicht speichern: %2</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved.</source>
        <translation>%1 hat Änderungen, die nicht gespeichert sind.</translation>
    </message>
</context>
<context>
    <name>SuiteResultModel</name>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>gescheitert</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
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
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>%1 passed, %2 failed</source>
        <translation>%1 bestanden, %2 fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 (repeat %2)</source>
        <translation>%1 (Wiederholung %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n geändert</numerusform>
            <numerusform>%n geändert</numerusform>
        </translation>
    </message>
    <message>
        <source>flaky</source>
        <translation>wackelig</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>This test has not run before (in the recorded runs)</source>
        <translation>Dieser Test lief noch nie (in den aufgezeichneten Läufen)</translation>
    </message>
    <message>
        <source>The last time it ran (in an earlier recorded run): %1</source>
        <translation>Beim letzten Mal (in einem früheren aufgezeichneten Lauf): %1</translation>
    </message>
    <message>
        <source>Last time</source>
        <translation>Letztes Mal</translation>
    </message>
    <message>
        <source>(not run)</source>
        <translation>(nicht gelaufen)</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
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
        <translation>Geltungsbereich</translation>
    </message>
    <message>
        <source>Isolated (a fresh app per test)</source>
        <translation>Isoliert (eine frische App je Test)</translation>
    </message>
    <message>
        <source>Find polluter</source>
        <translation>Verursacher finden</translation>
    </message>
    <message>
        <source>Open suites…</source>
        <translation>Suites öffnen…</translation>
    </message>
    <message>
        <source>file order</source>
        <translation>Dateireihenfolge</translation>
    </message>
    <message>
        <source>A seed shuffles the order; the same seed replays it</source>
        <translation>Ein Seed mischt die Reihenfolge; derselbe Seed wiederholt sie</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Fixture timeline</source>
        <translation>Fixture-Zeitleiste</translation>
    </message>
    <message>
        <source>Failures and polluter</source>
        <translation>Fehlschläge und Verursacher</translation>
    </message>
    <message>
        <source>Open suites</source>
        <translation>Suites öffnen</translation>
    </message>
    <message>
        <source>Suites (*.json)</source>
        <translation>Suites (*.json)</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <source>The suite files have problems; nothing ran:
%1</source>
        <translation>Die Suite-Dateien haben Probleme; nichts wurde ausgeführt:
%1</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the suite files</source>
        <translation>
            <numerusform>%n Problem in den Suite-Dateien</numerusform>
            <numerusform>%n Probleme in den Suite-Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 passed, %2 failed in %3 s</source>
        <translation>%1 bestanden, %2 gescheitert in %3 s</translation>
    </message>
    <message>
        <source>Looking for the test that makes %1 fail…</source>
        <translation>Suche den Test, der %1 scheitern lässt…</translation>
    </message>
    <message>
        <source>%1 fails on its own: this is not pollution.</source>
        <translation>%1 scheitert auch allein: das ist keine Verschmutzung.</translation>
    </message>
    <message>
        <source>%1 passes after the tests before it: nothing to find.</source>
        <translation>%1 besteht nach den Tests davor: nichts zu finden.</translation>
    </message>
    <message>
        <source>No single test makes %1 fail.</source>
        <translation>Kein einzelner Test lässt %1 scheitern.</translation>
    </message>
    <message>
        <source>Polluter: %1</source>
        <translation>Verursacher: %1</translation>
    </message>
    <message>
        <source>What it left behind:</source>
        <translation>Was er hinterließ:</translation>
    </message>
    <message>
        <source>  override %1 → %2, set by %3, still active</source>
        <translation>  Override %1 → %2, gesetzt von %3, noch aktiv</translation>
    </message>
    <message>
        <source>  %1 row(s) added to %2</source>
        <translation>  %1 Zeile(n) hinzugefügt zu %2</translation>
    </message>
    <message>
        <source>  the client session is still open</source>
        <translation>  die Client-Sitzung ist noch offen</translation>
    </message>
    <message>
        <source>No polluter found</source>
        <translation>Kein Verursacher gefunden</translation>
    </message>
    <message>
        <source>Run all</source>
        <translation>Alle ausführen</translation>
    </message>
    <message>
        <source>Run selected</source>
        <translation>Auswahl ausführen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export as pytest…</source>
        <translation>Als pytest exportieren…</translation>
    </message>
    <message>
        <source>Run every test of the open suites</source>
        <translation>Jeden Test der geöffneten Suites ausführen</translation>
    </message>
    <message>
        <source>Run only the tests selected in the results</source>
        <translation>Nur die in den Ergebnissen gewählten Tests ausführen</translation>
    </message>
    <message>
        <source>Write the open suites as pytest files that use TestClient and dependency_overrides</source>
        <translation>Die geöffneten Suites als pytest-Dateien mit TestClient und dependency_overrides schreiben</translation>
    </message>
    <message>
        <source>&lt;b&gt;Suite files&lt;/b&gt; (drop files here)</source>
        <translation>&lt;b&gt;Suite-Dateien&lt;/b&gt; (Dateien hier ablegen)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Fixtures&lt;/b&gt;</source>
        <translation>&lt;b&gt;Fixtures&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Fehlschlag</translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation>Erfolgsquote</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message numerus="yes">
        <source>Running %n selected test(s)…</source>
        <translation>
            <numerusform>%n gewählter Test läuft…</numerusform>
            <numerusform>%n gewählte Tests laufen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling after the test that is running…</source>
        <translation>Abbruch nach dem laufenden Test…</translation>
    </message>
    <message>
        <source>Double-click to open the file at this place</source>
        <translation>Doppelklick öffnet die Datei an dieser Stelle</translation>
    </message>
    <message>
        <source>(cancelled: the tests after that did not run)</source>
        <translation>(abgebrochen: die Tests danach liefen nicht)</translation>
    </message>
    <message>
        <source>%1 passed.</source>
        <translation>%1 bestanden.</translation>
    </message>
    <message>
        <source>Expected:
%1

Actual:
%2</source>
        <translation>Erwartet:
%1

Tatsächlich:
%2</translation>
    </message>
    <message>
        <source>Cancelled before the search ended.</source>
        <translation>Abgebrochen, bevor die Suche endete.</translation>
    </message>
    <message>
        <source>Polluter search cancelled</source>
        <translation>Verursachersuche abgebrochen</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n pytest file(s) to %1</source>
        <translation>
            <numerusform>%n pytest-Datei nach %1 geschrieben</numerusform>
            <numerusform>%n pytest-Dateien nach %1 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Export as pytest into</source>
        <translation>Als pytest exportieren nach</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Run failed</source>
        <translation>Fehlgeschlagene ausführen</translation>
    </message>
    <message>
        <source>Run only the tests that failed in the last run, like pytest --lf. A test that passes alone but failed in the full run depends on the tests before it.</source>
        <translation>Nur die Tests ausführen, die im letzten Lauf fehlschlugen, wie pytest --lf. Ein Test, der allein besteht, aber im ganzen Lauf fehlschlug, hängt von den Tests vor ihm ab.</translation>
    </message>
    <message numerus="yes">
        <source>Running %n failed test(s)…</source>
        <translation>
            <numerusform>%n fehlgeschlagener Test läuft…</numerusform>
            <numerusform>%n fehlgeschlagene Tests laufen…</numerusform>
        </translation>
    </message>
    <message>
        <source>No suite is open: open one (Ctrl+O) or drop a .json file on the window.</source>
        <translation>Keine Suite geöffnet: eine öffnen (Strg+O) oder eine .json-Datei auf das Fenster ziehen.</translation>
    </message>
    <message>
        <source>The suite files have problems (see Problems), so no fixture was loaded.</source>
        <translation>Die Suite-Dateien haben Probleme (siehe Probleme), daher wurde keine Fixture geladen.</translation>
    </message>
    <message>
        <source>The open suites define no fixtures.</source>
        <translation>Die geöffneten Suiten definieren keine Fixtures.</translation>
    </message>
    <message numerus="yes">
        <source>%n test(s) ended differently than the last time</source>
        <translation>
            <numerusform>%n Test endete anders als beim letzten Mal</numerusform>
            <numerusform>%n Tests endeten anders als beim letzten Mal</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare the two selected runs</source>
        <translation>Die zwei gewählten Läufe vergleichen</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Select two runs to see which tests ended differently</source>
        <translation>Zwei Läufe wählen, um zu sehen, welche Tests anders endeten</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>What ran</source>
        <translation>Was lief</translation>
    </message>
    <message>
        <source>This run did not finish (it was stopped or is running)</source>
        <translation>Dieser Lauf wurde nicht beendet (abgebrochen oder läuft noch)</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Vergleiche…</translation>
    </message>
    <message>
        <source>Cannot compare: %1</source>
        <translation>Vergleich nicht möglich: %1</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>In run #%1</source>
        <translation>In Lauf #%1</translation>
    </message>
    <message>
        <source>Every test ended the same in run #%1 and run #%2.</source>
        <translation>Jeder Test endete in Lauf #%1 und Lauf #%2 gleich.</translation>
    </message>
    <message numerus="yes">
        <source>%n test(s) ended differently from run #%1 to run #%2.</source>
        <translation>
            <numerusform>%n Test endete in Lauf #%2 anders als in Lauf #%1.</numerusform>
            <numerusform>%n Tests endeten in Lauf #%2 anders als in Lauf #%1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was skipped: %2</source>
        <translation>%1 wurde übersprungen: %2</translation>
    </message>
    <message>
        <source>The open suites have problems (see Problems): fix them, then open the files again</source>
        <translation>Die geöffneten Suiten haben Probleme (siehe Probleme): beheben Sie sie und öffnen Sie die Dateien erneut</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message numerus="yes">
        <source>Running… %n test(s) done</source>
        <translation>
            <numerusform>Läuft… %n Test fertig</numerusform>
            <numerusform>Läuft… %n Tests fertig</numerusform>
        </translation>
    </message>
    <message>
        <source>A pytest project runs in one pytest process per run</source>
        <translation>Ein pytest-Projekt läuft in einem pytest-Prozess pro Lauf</translation>
    </message>
    <message>
        <source>&lt;b&gt;pytest project&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;pytest-Projekt&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>The fixtures pytest sets up appear after a run.</source>
        <translation>Die Fixtures, die pytest aufsetzt, erscheinen nach einem Lauf.</translation>
    </message>
    <message>
        <source>Collecting the tests of %1 with pytest…</source>
        <translation>Sammle die Tests von %1 mit pytest…</translation>
    </message>
    <message>
        <source>pytest could not collect the tests: %1</source>
        <translation>pytest konnte die Tests nicht sammeln: %1</translation>
    </message>
    <message>
        <source>pytest collected no tests in %1</source>
        <translation>pytest hat in %1 keine Tests gefunden</translation>
    </message>
    <message numerus="yes">
        <source>pytest collected %n test(s): Run all runs them</source>
        <translation>
            <numerusform>pytest hat %n Test gesammelt: „Alle ausführen“ führt ihn aus</numerusform>
            <numerusform>pytest hat %n Tests gesammelt: „Alle ausführen“ führt sie aus</numerusform>
        </translation>
    </message>
    <message>
        <source>pytest collected no tests in this project</source>
        <translation>pytest hat in diesem Projekt keine Tests gefunden</translation>
    </message>
    <message>
        <source>Run every test of the project with pytest</source>
        <translation>Jeden Test des Projekts mit pytest ausführen</translation>
    </message>
    <message>
        <source>Running the tests with pytest…</source>
        <translation>Führe die Tests mit pytest aus…</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 → %2, set by %3</source>
        <translation>%1 → %2, gesetzt von %3</translation>
    </message>
    <message>
        <source>Looking for the test that makes %1 fail (one pytest run per step)…</source>
        <translation>Suche den Test, der %1 scheitern lässt (ein pytest-Lauf pro Schritt)…</translation>
    </message>
    <message>
        <source>%1 passed, %2 failed, %3 skipped in %4 s</source>
        <translation>%1 bestanden, %2 gescheitert, %3 übersprungen in %4 s</translation>
    </message>
    <message>
        <source>Blue: function scope · orange: module · purple: session · a ragged end: never torn down. Hover a bar for its times; Ctrl+wheel zooms.</source>
        <translation>Blau: Scope function · orange: module · lila: session · ausgefranstes Ende: nie abgebaut. Für die Zeiten über einen Balken fahren; Strg+Mausrad zoomt.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>A test that runs longer is an error: the pytest process is killed, and the tests that finished are kept</source>
        <translation>Ein Test, der länger läuft, ist ein Fehler: der pytest-Prozess wird beendet, die fertigen Tests bleiben erhalten</translation>
    </message>
    <message>
        <source>Test timeout</source>
        <translation>Zeitlimit je Test</translation>
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
