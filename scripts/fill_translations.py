"""Fills translations/apitest_{de,fr,en}.ts from the table below (run after
`cmake --build build --target update_translations`). A source text missing from the table is
reported and left unfinished, which the CI completeness check then catches.
"""
import sys
import xml.etree.ElementTree as ET

T = {
 'skipped': ('übersprungen', 'ignoré'),
 '%1 was skipped: %2': ('%1 wurde übersprungen: %2', '%1 a été ignoré : %2'),
 'cannot write the output:': ('die Ausgabe kann nicht geschrieben werden:', "impossible d'écrire la sortie :"),
 'cannot write the answers:': ('die Antworten können nicht geschrieben werden:', "impossible d'écrire les réponses :"),
 'needs a whole number from 0 to': ('braucht eine ganze Zahl von 0 bis', 'attend un nombre entier de 0 à'),
 'got': ('erhalten', 'reçu'),
 'needs a whole number from 1 to': ('braucht eine ganze Zahl von 1 bis', 'attend un nombre entier de 1 à'),
 'needs a number of seconds above 0 and at most 86400, got': ('braucht eine Sekundenzahl über 0 und höchstens 86400, erhalten', 'attend un nombre de secondes supérieur à 0 et au plus 86400, reçu'),
 'needs a value': ('braucht einen Wert', 'attend une valeur'),
 '--error-style must be v1 or v2, not': ('--error-style muss v1 oder v2 sein, nicht', '--error-style doit valoir v1 ou v2, pas'),
 '--override takes DEP=DOUBLE, not': ('--override erwartet DEP=DOUBLE, nicht', '--override attend DEP=DOUBLE, pas'),
 "  --app NAME              the built-in app to load (forge)\n  --error-style v1|v2     422 bodies as FastAPI 0.9x/Pydantic 1 (v1) or\n                          FastAPI 0.132+/Pydantic 2 (v2, the default)\n  --fastapi RELEASE       the FastAPI that wrote an OpenAPI document (e.g.\n                          0.115): 403 for missing credentials before 0.122,\n                          bodies without Content-Type refused since 0.132\n  --override DEP=DOUBLE   swap a dependency for a double (repeatable)\n  --debug                 the app's debug flag: 500 bodies carry the traceback\n  --db PATH               the app's database file (default: a fresh\n                          temporary file for this run)\n":
  ("  --app NAME              die eingebaute App, die geladen wird (forge)\n  --error-style v1|v2     422-Antworten wie FastAPI 0.9x/Pydantic 1 (v1) oder\n                          FastAPI 0.132+/Pydantic 2 (v2, Standard)\n  --fastapi RELEASE       das FastAPI, das ein OpenAPI-Dokument schrieb (z. B.\n                          0.115): 403 bei fehlenden Zugangsdaten vor 0.122,\n                          Bodys ohne Content-Type seit 0.132 abgelehnt\n  --override DEP=DOUBLE   eine Abhängigkeit durch ein Double ersetzen (wiederholbar)\n  --debug                 Debug-Schalter der App: 500-Antworten enthalten den Traceback\n  --db PATH               die Datenbankdatei der App (Standard: eine frische\n                          temporäre Datei für diesen Lauf)\n",
   "  --app NAME              l'application intégrée à charger (forge)\n  --error-style v1|v2     réponses 422 comme FastAPI 0.9x/Pydantic 1 (v1) ou\n                          FastAPI 0.132+/Pydantic 2 (v2, par défaut)\n  --fastapi RELEASE       le FastAPI qui a écrit un document OpenAPI (p. ex.\n                          0.115) : 403 sans identifiants avant 0.122, corps\n                          sans Content-Type refusés depuis 0.132\n  --override DEP=DOUBLE   remplacer une dépendance par un double (répétable)\n  --debug                 le mode debug de l'application : les 500 contiennent la trace\n  --db PATH               le fichier de base de données (par défaut : un fichier\n                          temporaire neuf pour cette exécution)\n"),
 'Usage: api-replay COMMAND [options]\n\nCommands:\n': ('Aufruf: api-replay BEFEHL [Optionen]\n\nBefehle:\n', 'Utilisation : api-replay COMMANDE [options]\n\nCommandes :\n'),
 "\nRun 'api-replay COMMAND --help' for a command's options.\n'api-replay --version' prints the version.\n": ("\n'api-replay BEFEHL --help' zeigt die Optionen eines Befehls.\n'api-replay --version' gibt die Version aus.\n", "\n'api-replay COMMANDE --help' affiche les options d'une commande.\n'api-replay --version' affiche la version.\n"),
 'unknown command': ('unbekannter Befehl', 'commande inconnue'),
 'Clear overrides': ('Overrides löschen', 'Effacer les overrides'),
 'Dependency': ('Abhängigkeit', 'Dépendance'),
 'Provider': ('Anbieter', 'Fournisseur'),
 '<b>Dependency doubles</b>': ('<b>Doubles für Abhängigkeiten</b>', '<b>Doubles des dépendances</b>'),
 '<b>Dependencies of the selected route</b>': ('<b>Abhängigkeiten der gewählten Route</b>', '<b>Dépendances de la route choisie</b>'),
 'real': ('echt', 'réel'),
 'override set by %1': ('Override gesetzt von %1', 'override posé par %1'),
 '%1 → %2, set by %3 at %4': ('%1 → %2, gesetzt von %3 um %4', '%1 → %2, posé par %3 à %4'),
 'No overrides are active.': ('Keine Overrides aktiv.', "Aucun override n'est actif."),
 'Active overrides (they stay until cleared):\n%1': ('Aktive Overrides (sie bleiben, bis sie gelöscht werden):\n%1', "Overrides actifs (ils restent jusqu'à leur effacement) :\n%1"),
 'Dismiss': ('Ausblenden', 'Masquer'),
 "<b>The error was raised, not answered.</b> TestClient re-raises unhandled errors into the test (<code>raise_server_exceptions=True</code> is the default). The tutorial's assert on a 500 only works with it turned off.":
  ('<b>Der Fehler wurde ausgelöst, nicht beantwortet.</b> TestClient reicht unbehandelte Fehler an den Test weiter (<code>raise_server_exceptions=True</code> ist der Standard). Die Prüfung des Tutorials auf eine 500 klappt nur, wenn es ausgeschaltet ist.',
   "<b>L'erreur a été levée, pas répondue.</b> TestClient relance les erreurs non gérées dans le test (<code>raise_server_exceptions=True</code> par défaut). L'assertion du tutoriel sur un 500 ne marche que si on le désactive."),
 '<b>Startup did not run.</b> Without <code>with TestClient(app)</code> requests still work; only the lifespan (startup/shutdown) is skipped, so the database was never opened. There is no "session not open" error in FastAPI.':
  ('<b>Der Start lief nicht.</b> Ohne <code>with TestClient(app)</code> funktionieren Anfragen trotzdem; nur der Lifespan (Start/Ende) entfällt, daher wurde die Datenbank nie geöffnet. Einen Fehler „session not open“ gibt es in FastAPI nicht.',
   "<b>Le démarrage n'a pas eu lieu.</b> Sans <code>with TestClient(app)</code> les requêtes marchent ; seul le lifespan (démarrage/arrêt) est sauté, donc la base n'a jamais été ouverte. L'erreur « session not open » n'existe pas dans FastAPI."),
 '<b>No X-Trace-ID on this 500.</b> The 500 is produced by Starlette\'s outermost server-error layer, which the <code>@app.middleware("http")</code> middleware never sees.':
  ('<b>Kein X-Trace-ID an dieser 500.</b> Die 500 erzeugt Starlettes äußerste Server-Fehler-Schicht, die die Middleware <code>@app.middleware("http")</code> nie sieht.',
   '<b>Pas de X-Trace-ID sur ce 500.</b> Le 500 est produit par la couche d\'erreur serveur la plus externe de Starlette, que le middleware <code>@app.middleware("http")</code> ne voit jamais.'),
 '<b>Overrides are still set.</b> <code>app.dependency_overrides</code> is global state: they stay until cleared, which is how they leak into the next test.':
  ('<b>Overrides sind noch gesetzt.</b> <code>app.dependency_overrides</code> ist globaler Zustand: Sie bleiben, bis sie gelöscht werden, und sickern so in den nächsten Test.',
   "<b>Des overrides sont encore posés.</b> <code>app.dependency_overrides</code> est un état global : ils restent jusqu'à leur effacement, et fuient ainsi dans le test suivant."),
 '<b>The tutorial\'s mock is a string.</b> <code>"MockSessionObject"</code> has no database methods, so the route fails instead of returning 201.':
  ('<b>Das Mock des Tutorials ist ein String.</b> <code>"MockSessionObject"</code> hat keine Datenbankmethoden, daher scheitert die Route statt 201 zu liefern.',
   '<b>Le mock du tutoriel est une chaîne.</b> <code>"MockSessionObject"</code> n\'a pas de méthodes de base de données, donc la route échoue au lieu de renvoyer 201.'),
 'To': ('An', 'À'),
 'Subject': ('Betreff', 'Objet'),
 'Client session (lifespan)': ('Client-Sitzung (Lifespan)', 'Session client (lifespan)'),
 'raise_server_exceptions': ('raise_server_exceptions', 'raise_server_exceptions'),
 'App debug': ('App-Debug', 'Debug de l\'app'),
 'API Test Explorer — forge': ('API Test Explorer — forge', 'API Test Explorer — forge'),
 'Filter routes (method, path, summary)': ('Routen filtern (Methode, Pfad, Zusammenfassung)', 'Filtrer les routes (méthode, chemin, résumé)'),
 'Filter routes': ('Routen filtern', 'Filtrer les routes'),
 '<b>Routes</b>': ('<b>Routen</b>', '<b>Routes</b>'),
 'Dependencies': ('Abhängigkeiten', 'Dépendances'),
 'Recorded mails': ('Aufgezeichnete Mails', 'Mails enregistrés'),
 'Pydantic 2 (FastAPI 0.132+)': ('Pydantic 2 (FastAPI 0.132+)', 'Pydantic 2 (FastAPI 0.132+)'),
 'Pydantic 1 (FastAPI 0.9x)': ('Pydantic 1 (FastAPI 0.9x)', 'Pydantic 1 (FastAPI 0.9x)'),
 'The words of 422 bodies': ('Der Wortlaut der 422-Antworten', 'Les mots des réponses 422'),
 '`with TestClient(app)`: startup ran and shutdown runs when it ends': ('`with TestClient(app)`: Start lief, das Ende läuft beim Schließen', "`with TestClient(app)` : le démarrage a eu lieu, l'arrêt a lieu à la fin"),
 'Re-raise unhandled errors into the caller instead of answering 500': ('Unbehandelte Fehler an den Aufrufer weiterreichen statt mit 500 zu antworten', "Relancer les erreurs non gérées vers l'appelant au lieu de répondre 500"),
 'FastAPI(debug=True): 500 bodies carry the traceback': ('FastAPI(debug=True): 500-Antworten enthalten den Traceback', 'FastAPI(debug=True) : les réponses 500 contiennent la trace'),
 '%1 in %2 µs': ('%1 in %2 µs', '%1 en %2 µs'),
 'Working…': ('Arbeite…', 'Traitement…'),
 'forge loaded: %n route(s)': (('forge geladen: %n Route', 'forge geladen: %n Routen'), ('forge chargé : %n route', 'forge chargé : %n routes')),
 '&File': ('&Datei', '&Fichier'),
 '&Quit': ('&Beenden', '&Quitter'),
 '&Request': ('&Anfrage', '&Requête'),
 '&Send': ('&Senden', '&Envoyer'),
 'Copy as &curl': ('Als &curl kopieren', 'Copier comme &curl'),
 'Copy as &pytest test': ('Als &pytest-Test kopieren', 'Copier comme test &pytest'),
 'C&lear overrides': ('Overrides &löschen', 'E&ffacer les overrides'),
 '&Filter routes': ('Routen &filtern', '&Filtrer les routes'),
 '&Help': ('&Hilfe', '&Aide'),
 '&About API Test Explorer': ('Ü&ber API Test Explorer', '&À propos d\'API Test Explorer'),
 'Client': ('Client', 'Client'),
 'Error style: ': ('Fehlerstil: ', "Style d'erreurs : "),
 'Copied as curl': ('Als curl kopiert', 'Copié comme curl'),
 'Copied as a pytest test': ('Als pytest-Test kopiert', 'Copié comme test pytest'),
 'About API Test Explorer': ('Über API Test Explorer', "À propos d'API Test Explorer"),
 '<h3>API Test Explorer %1</h3><p>Explore and replay FastAPI-style API tests against an embedded engine that answers like FastAPI, Starlette and Pydantic.</p>':
  ('<h3>API Test Explorer %1</h3><p>FastAPI-artige API-Tests erkunden und wiederholen, mit einer eingebetteten Engine, die wie FastAPI, Starlette und Pydantic antwortet.</p>',
   "<h3>API Test Explorer %1</h3><p>Explorer et rejouer des tests d'API à la FastAPI avec un moteur intégré qui répond comme FastAPI, Starlette et Pydantic.</p>"),
 "print the app's OpenAPI document as FastAPI generates it": ('das OpenAPI-Dokument der App ausgeben, wie FastAPI es erzeugt', "afficher le document OpenAPI de l'application tel que FastAPI le génère"),
 "Usage: api-replay openapi --app forge [--error-style v1|v2]\n\nv1 prints FastAPI 0.9x's document (OpenAPI 3.0.2, Pydantic 1 schemas),\nv2 FastAPI 0.132's (OpenAPI 3.1.0, Pydantic 2 schemas).\n\nOptions:\n":
  ("Aufruf: api-replay openapi --app forge [--error-style v1|v2]\n\nv1 gibt das Dokument von FastAPI 0.9x aus (OpenAPI 3.0.2, Pydantic-1-Schemas),\nv2 das von FastAPI 0.132 (OpenAPI 3.1.0, Pydantic-2-Schemas).\n\nOptionen:\n",
   "Utilisation : api-replay openapi --app forge [--error-style v1|v2]\n\nv1 affiche le document de FastAPI 0.9x (OpenAPI 3.0.2, schémas Pydantic 1),\nv2 celui de FastAPI 0.132 (OpenAPI 3.1.0, schémas Pydantic 2).\n\nOptions :\n"),
 'Name': ('Name', 'Nom'),
 'Value': ('Wert', 'Valeur'),
 'Header': ('Header', 'En-tête'),
 'Fill from schema': ('Aus Schema füllen', 'Remplir depuis le schéma'),
 'Authorize…': ('Autorisieren…', 'Autoriser…'),
 'Send': ('Senden', 'Envoyer'),
 'Send the request (Ctrl+Return)': ('Anfrage senden (Strg+Eingabe)', 'Envoyer la requête (Ctrl+Entrée)'),
 'Get a token from /forge/token and set the Authorization header': ('Ein Token von /forge/token holen und den Authorization-Header setzen', "Obtenir un jeton de /forge/token et poser l'en-tête Authorization"),
 'JSON body (sent as it is, even when it is not valid JSON)': ('JSON-Body (wird unverändert gesendet, auch wenn es kein gültiges JSON ist)', "Corps JSON (envoyé tel quel, même s'il n'est pas du JSON valide)"),
 'Body': ('Body', 'Corps'),
 'Query': ('Query', 'Requête'),
 'Headers': ('Header', 'En-têtes'),
 'Authorize': ('Autorisieren', 'Autoriser'),
 'Username:': ('Benutzername:', "Nom d'utilisateur :"),
 'Password:': ('Passwort:', 'Mot de passe :'),
 'replay JSON request lines from stdin against an app': ('JSON-Anfragezeilen von stdin gegen eine App abspielen', "rejouer des lignes de requêtes JSON lues sur stdin contre une application"),
 'Usage: api-replay requests --app forge [options] < requests.jsonl\n\nReads one JSON request per line on stdin:\n  {"method":"POST","path":"/forge/users?skip=1",\n   "headers":{"Authorization":"Bearer x"},"json":{...}}\nor with "body":"raw text" instead of "json" (sent with content-type\napplication/json unless the line\'s headers say otherwise); an optional\n"query" object is appended to the path.\nWrites one JSON line per request, flushed before the next line is read:\n  {"status":201,"headers":{...},"json":<body>}  ("text" when not JSON)\n  {"exception":{"type":"RuntimeError","message":"Unexpected!"}}\n  {"error":{"line":N,"message":"..."}}  for a line that is not a request\nAll lines share one app and one client session. Exit status 1 if any line\nwas an error, else 0.\n\nOptions:\n':
  ('Aufruf: api-replay requests --app forge [Optionen] < requests.jsonl\n\nLiest eine JSON-Anfrage pro Zeile von stdin:\n  {"method":"POST","path":"/forge/users?skip=1",\n   "headers":{"Authorization":"Bearer x"},"json":{...}}\noder mit "body":"Rohtext" statt "json" (gesendet mit content-type\napplication/json, sofern die Header der Zeile nichts anderes sagen); ein\noptionales "query"-Objekt wird an den Pfad angehängt.\nSchreibt eine JSON-Zeile pro Anfrage, geleert bevor die nächste Zeile gelesen wird:\n  {"status":201,"headers":{...},"json":<body>}  ("text", wenn kein JSON)\n  {"exception":{"type":"RuntimeError","message":"Unexpected!"}}\n  {"error":{"line":N,"message":"..."}}  für eine Zeile, die keine Anfrage ist\nAlle Zeilen teilen eine App und eine Client-Sitzung. Exit-Status 1, wenn eine\nZeile ein Fehler war, sonst 0.\n\nOptionen:\n',
   'Utilisation : api-replay requests --app forge [options] < requests.jsonl\n\nLit une requête JSON par ligne sur stdin :\n  {"method":"POST","path":"/forge/users?skip=1",\n   "headers":{"Authorization":"Bearer x"},"json":{...}}\nou avec "body":"texte brut" au lieu de "json" (envoyé avec content-type\napplication/json sauf si les en-têtes de la ligne disent autre chose) ; un\nobjet "query" facultatif est ajouté au chemin.\nÉcrit une ligne JSON par requête, vidée avant la lecture de la ligne suivante :\n  {"status":201,"headers":{...},"json":<corps>}  ("text" si ce n\'est pas du JSON)\n  {"exception":{"type":"RuntimeError","message":"Unexpected!"}}\n  {"error":{"line":N,"message":"..."}}  pour une ligne qui n\'est pas une requête\nToutes les lignes partagent une application et une session client. Code de\nsortie 1 si une ligne était une erreur, sinon 0.\n\nOptions :\n'),
 '  --no-raise-server-exceptions  answer unhandled errors with the 500 response\n  --no-lifespan           do not run startup/shutdown (no `with TestClient`)\n  --trace                 add the execution trace to each answer\n':
  ('  --no-raise-server-exceptions  unbehandelte Fehler mit der 500-Antwort beantworten\n  --no-lifespan           Start/Ende nicht ausführen (kein `with TestClient`)\n  --trace                 den Ausführungs-Trace an jede Antwort anhängen\n',
   "  --no-raise-server-exceptions  répondre aux erreurs non gérées par la réponse 500\n  --no-lifespan           ne pas exécuter démarrage/arrêt (pas de `with TestClient`)\n  --trace                 ajouter la trace d'exécution à chaque réponse\n"),
 'unknown option': ('unbekannte Option', 'option inconnue'),
 "Try 'api-replay requests --help'.": ("Siehe 'api-replay requests --help'.", "Essayez 'api-replay requests --help'."),
 'startup failed:': ('Start fehlgeschlagen:', 'échec du démarrage :'),
 'Show all': ('Alles zeigen', 'Tout afficher'),
 'No response yet': ('Noch keine Antwort', 'Pas encore de réponse'),
 'Find in body': ('Im Body suchen', 'Chercher dans le corps'),
 '422 details': ('422-Details', 'Détails 422'),
 'Trace': ('Trace', 'Trace'),
 'Raw': ('Roh', 'Brut'),
 'Error': ('Fehler', 'Erreur'),
 'Raised %1': ('%1 ausgelöst', '%1 levée'),
 '%1 µs': ('%1 µs', '%1 µs'),
 'Showing %1 of %2 characters': ('%1 von %2 Zeichen angezeigt', '%1 caractères affichés sur %2'),
 '%1: %2\n\n%3%4': ('%1: %2\n\n%3%4', '%1 : %2\n\n%3%4'),
 '\nTestClient re-raises this error into the test because raise_server_exceptions is on. Turn it off to see the 500 response instead.':
  ('\nTestClient reicht diesen Fehler an den Test weiter, weil raise_server_exceptions an ist. Schalten Sie es aus, um stattdessen die 500-Antwort zu sehen.',
   "\nTestClient relance cette erreur dans le test car raise_server_exceptions est actif. Désactivez-le pour voir la réponse 500."),
 'No error.': ('Kein Fehler.', "Pas d'erreur."),
 'Method': ('Methode', 'Méthode'),
 'Path': ('Pfad', 'Chemin'),
 'Summary': ('Zusammenfassung', 'Résumé'),
 "list the app's routes with their dependency trees (JSON)": ('die Routen der App mit ihren Abhängigkeitsbäumen auflisten (JSON)', "lister les routes de l'application avec leurs arbres de dépendances (JSON)"),
 'Usage: api-replay routes --app forge [--override DEP=DOUBLE]...\n\nPrints the routes as a JSON array: method, path, name, summary, tags,\nstatus code, parameters and the dependency tree with the provider that\nis active for each dependency.\n\nOptions:\n':
  ('Aufruf: api-replay routes --app forge [--override DEP=DOUBLE]...\n\nGibt die Routen als JSON-Array aus: Methode, Pfad, Name, Zusammenfassung, Tags,\nStatuscode, Parameter und den Abhängigkeitsbaum mit dem Anbieter, der für jede\nAbhängigkeit aktiv ist.\n\nOptionen:\n',
   'Utilisation : api-replay routes --app forge [--override DEP=DOUBLE]...\n\nAffiche les routes en tableau JSON : méthode, chemin, nom, résumé, tags,\ncode de statut, paramètres et arbre des dépendances avec le fournisseur\nactif pour chaque dépendance.\n\nOptions :\n'),
 'Time': ('Zeit', 'Temps'),
 'Step': ('Schritt', 'Étape'),
 'Detail': ('Detail', 'Détail'),
 'find the test that makes another one fail, and show what it left behind': ('den Test finden, der einen anderen scheitern lässt, und zeigen, was er hinterließ', "trouver le test qui fait échouer un autre, et montrer ce qu'il a laissé"),
 'Usage: api-replay find-polluter SUITE.json --test NAME [--error-style v1|v2]\n\nNAME must pass alone and fail after the tests before it. The tests before it are\nhalved until one remains that makes NAME fail (as detect-test-pollution does);\nthen it shows what that test left behind: overrides still set (and who set them),\nrows added, the client session left open, recorded mails.\nExit status: 0 when a polluter was found, 1 when not, 2 for usage errors.\n':
  ('Aufruf: api-replay find-polluter SUITE.json --test NAME [--error-style v1|v2]\n\nNAME muss allein bestehen und nach den Tests davor scheitern. Die Tests davor werden\nhalbiert, bis einer bleibt, der NAME scheitern lässt (wie detect-test-pollution);\ndann zeigt es, was dieser Test hinterließ: noch gesetzte Overrides (und wer sie setzte),\nhinzugefügte Zeilen, die offene Client-Sitzung, aufgezeichnete Mails.\nExit-Status: 0, wenn ein Verursacher gefunden wurde, 1, wenn nicht, 2 bei Aufruffehlern.\n',
   "Utilisation : api-replay find-polluter SUITE.json --test NOM [--error-style v1|v2]\n\nNOM doit réussir seul et échouer après les tests qui le précèdent. Ces tests sont\ncoupés en deux jusqu'à ce qu'il en reste un qui fait échouer NOM (comme\ndetect-test-pollution) ; puis il montre ce que ce test a laissé : overrides encore posés\n(et par qui), lignes ajoutées, session client restée ouverte, mails enregistrés.\nCode de sortie : 0 si un pollueur est trouvé, 1 sinon, 2 pour une erreur d'utilisation.\n"),
 '--error-style must be v1 or v2': ('--error-style muss v1 oder v2 sein', '--error-style doit valoir v1 ou v2'),
 'give one suite file and --test NAME': ('eine Suite-Datei und --test NAME angeben', 'donnez un fichier de suite et --test NOM'),
 'The test fails on its own: this is not pollution.': ('Der Test scheitert auch allein: das ist keine Verschmutzung.', "Le test échoue seul : ce n'est pas une pollution."),
 'The test passes after the tests before it: nothing to find.': ('Der Test besteht nach den Tests davor: nichts zu finden.', 'Le test réussit après les tests qui le précèdent : rien à trouver.'),
 'No single test makes it fail (it needs several together).': ('Kein einzelner Test lässt ihn scheitern (es braucht mehrere zusammen).', "Aucun test seul ne le fait échouer (il en faut plusieurs ensemble)."),
 'Polluter:': ('Verursacher:', 'Pollueur :'),
 'It makes': ('Er lässt', 'Il fait échouer'),
 'fail with:': ('scheitern mit:', 'avec :'),
 'What it left behind:': ('Was er hinterließ:', "Ce qu'il a laissé :"),
 'override': ('Override', 'override'),
 'set by': ('gesetzt von', 'posé par'),
 'still active': ('noch aktiv', 'toujours actif'),
 'row(s) added to': ('Zeile(n) hinzugefügt zu', 'ligne(s) ajoutée(s) à'),
 'the client session (lifespan) is still open': ('die Client-Sitzung (Lifespan) ist noch offen', 'la session client (lifespan) est encore ouverte'),
 'recorded mail(s)': ('aufgezeichnete Mail(s)', 'mail(s) enregistré(s)'),
 'nothing visible (overrides, rows, session and mails are clean)': ('nichts Sichtbares (Overrides, Zeilen, Sitzung und Mails sind sauber)', 'rien de visible (overrides, lignes, session et mails sont propres)'),
 'list recent runs and per-test pass rates (flaky tests)': ('letzte Läufe und Erfolgsquoten je Test auflisten (wackelige Tests)', 'lister les dernières exécutions et le taux de réussite par test (tests instables)'),
 'Usage: api-replay history [--history PATH] [--last N] [--json]\n       api-replay history [--history PATH] --compare RUN RUN [--json]\n\nLists the last N runs (default 20) and, per test, how often it passed in them;\na test that both passed and failed is marked flaky. --compare lists the tests\nwhose outcome differs between two runs (numbers from the list of runs).\n':
  ('Aufruf: api-replay history [--history PFAD] [--last N] [--json]\n       api-replay history [--history PFAD] --compare LAUF LAUF [--json]\n\nListet die letzten N Läufe (Standard 20) und je Test, wie oft er darin bestand;\nein Test, der bestand und scheiterte, wird als wackelig markiert. --compare listet\ndie Tests, deren Ergebnis sich zwischen zwei Läufen unterscheidet (Nummern aus der\nListe der Läufe).\n',
   'Utilisation : api-replay history [--history CHEMIN] [--last N] [--json]\n              api-replay history [--history CHEMIN] --compare EXÉC EXÉC [--json]\n\nListe les N dernières exécutions (20 par défaut) et, par test, combien de fois il a\nréussi ; un test qui a réussi et échoué est marqué instable. --compare liste les\ntests dont le résultat diffère entre deux exécutions (numéros de la liste).\n'),
 'needs a positive number, got': ('braucht eine positive Zahl, erhalten', 'attend un nombre positif, reçu'),
 '(not run)': ('(nicht gelaufen)', '(non exécuté)'),
 'flaky': ('wackelig', 'instable'),
 'Tests whose outcome changed from run': ('Tests, deren Ergebnis sich geändert hat, von Lauf', 'Tests dont le résultat a changé, de l\'exécution'),
 'to run': ('zu Lauf', 'à l\'exécution'),
 '(none)': ('(keine)', '(aucun)'),
 '%n changed': (('%n geändert', '%n geändert'), ('%n changé', '%n changés')),
 'new': ('neu', 'nouveau'),
 'This test has not run before (in the recorded runs)': ('Dieser Test lief noch nie (in den aufgezeichneten Läufen)', "Ce test n'a jamais été exécuté (dans les exécutions enregistrées)"),
 'The last time it ran (in an earlier recorded run): %1': ('Beim letzten Mal (in einem früheren aufgezeichneten Lauf): %1', 'La dernière fois (dans une exécution enregistrée antérieure) : %1'),
 'Last time': ('Letztes Mal', 'Dernière fois'),
 '%n test(s) ended differently than the last time': (('%n Test endete anders als beim letzten Mal', '%n Tests endeten anders als beim letzten Mal'), ('%n test s\'est terminé autrement que la dernière fois', '%n tests se sont terminés autrement que la dernière fois')),
 'Runs (newest first):': ('Läufe (neueste zuerst):', 'Exécutions (plus récentes en premier) :'),
 'passed': ('bestanden', 'réussis'),
 'failed': ('gescheitert', 'échoués'),
 'Tests:': ('Tests:', 'Tests :'),
 'of the last': ('von den letzten', 'sur les'),
 'runs': ('Läufen', 'dernières exécutions'),
 '(flaky)': ('(wackelig)', '(instable)'),
 'run suite files like pytest (fixtures, random order, JUnit XML)': ('Suite-Dateien wie pytest ausführen (Fixtures, Zufallsreihenfolge, JUnit-XML)', 'exécuter des fichiers de suite comme pytest (fixtures, ordre aléatoire, JUnit XML)'),
 'Usage: api-replay run SUITE.json... [options]\n\n  -k EXPR             run tests whose name contains EXPR ("not EXPR" inverts)\n  -x                  stop at the first failure\n  --seed N            random order from seed N (printed, so the order can be replayed)\n  --lf                run only the tests that failed in the last run (from history)\n  --repeat N          run everything N times and report a pass rate per test\n  --isolate           a fresh app for every test\n  --setup-show        print the fixture lifecycle (SETUP/TEARDOWN) like pytest\n  --timeout SECONDS   time limit per test (default 10)\n  --junit-xml FILE    write JUnit XML\n  --error-style v1|v2 the words of 422 bodies (default v2)\n  --history PATH      the history database (default: $API_REPLAY_HISTORY or the\n                      user data directory); --no-history to skip it\n\nExit status: 0 all passed, 1 failures, 2 usage or suite-file errors.\n':
  ('Aufruf: api-replay run SUITE.json... [Optionen]\n\n  -k AUSDRUCK         Tests ausführen, deren Name AUSDRUCK enthält ("not AUSDRUCK" kehrt um)\n  -x                  beim ersten Fehlschlag anhalten\n  --seed N            Zufallsreihenfolge aus Seed N (wird ausgegeben, damit sie wiederholbar ist)\n  --lf                nur die im letzten Lauf gescheiterten Tests ausführen (aus dem Verlauf)\n  --repeat N          alles N-mal ausführen und die Erfolgsquote je Test zeigen\n  --isolate           eine frische App für jeden Test\n  --setup-show        den Lebenslauf der Fixtures (SETUP/TEARDOWN) wie pytest zeigen\n  --timeout SEKUNDEN  Zeitlimit je Test (Standard 10)\n  --junit-xml DATEI   JUnit-XML schreiben\n  --error-style v1|v2 der Wortlaut der 422-Antworten (Standard v2)\n  --history PFAD      die Verlaufsdatenbank (Standard: $API_REPLAY_HISTORY oder das\n                      Benutzerdatenverzeichnis); --no-history lässt sie aus\n\nExit-Status: 0 alle bestanden, 1 Fehlschläge, 2 Aufruf- oder Suite-Dateifehler.\n',
   "Utilisation : api-replay run SUITE.json... [options]\n\n  -k EXPR             exécuter les tests dont le nom contient EXPR (\"not EXPR\" inverse)\n  -x                  s'arrêter au premier échec\n  --seed N            ordre aléatoire depuis la graine N (affichée, pour rejouer l'ordre)\n  --lf                n'exécuter que les tests échoués lors de la dernière exécution (historique)\n  --repeat N          tout exécuter N fois et donner un taux de réussite par test\n  --isolate           une application neuve pour chaque test\n  --setup-show        afficher le cycle de vie des fixtures (SETUP/TEARDOWN) comme pytest\n  --timeout SECONDES  limite de temps par test (10 par défaut)\n  --junit-xml FICHIER écrire du JUnit XML\n  --error-style v1|v2 les mots des réponses 422 (v2 par défaut)\n  --history CHEMIN    la base d'historique (par défaut : $API_REPLAY_HISTORY ou le\n                      répertoire de données de l'utilisateur) ; --no-history pour s'en passer\n\nCode de sortie : 0 tout a réussi, 1 échecs, 2 erreurs d'utilisation ou de fichier de suite.\n"),
 'not a number:': ('keine Zahl:', "n'est pas un nombre :"),
 'no suite file given': ('keine Suite-Datei angegeben', 'aucun fichier de suite donné'),
 'history unavailable:': ('Verlauf nicht verfügbar:', 'historique indisponible :'),
 'No failed tests in the last run; running everything.': ('Keine gescheiterten Tests im letzten Lauf; alles wird ausgeführt.', "Aucun test échoué lors de la dernière exécution ; tout est exécuté."),
 'Pass rate per test:': ('Erfolgsquote je Test:', 'Taux de réussite par test :'),
 'cannot write': ('kann nicht schreiben:', "impossible d'écrire"),
 'write suites as pytest files that use TestClient and dependency_overrides': ('Suites als pytest-Dateien schreiben, die TestClient und dependency_overrides nutzen', 'écrire les suites en fichiers pytest qui utilisent TestClient et dependency_overrides'),
 'Usage: api-replay export-pytest SUITE.json... --out DIR [--app-module MODULE]\n\nWrites DIR/conftest.py and one DIR/test_<suite>.py per suite. The files import app\nand the dependency and double names of the forge contract from MODULE (default\nforge_app), so they run against any FastAPI implementation of the contract. Steps\nonly the engine can do (recorded mails, SQL, row counts) become comments.\n':
  ('Aufruf: api-replay export-pytest SUITE.json... --out VERZ [--app-module MODUL]\n\nSchreibt VERZ/conftest.py und je Suite eine VERZ/test_<suite>.py. Die Dateien importieren\napp und die Namen der Abhängigkeiten und Doubles des forge-Vertrags aus MODUL (Standard\nforge_app) und laufen so gegen jede FastAPI-Umsetzung des Vertrags. Schritte, die nur\ndie Engine kann (aufgezeichnete Mails, SQL, Zeilenzahlen), werden Kommentare.\n',
   "Utilisation : api-replay export-pytest SUITE.json... --out RÉP [--app-module MODULE]\n\nÉcrit RÉP/conftest.py et un RÉP/test_<suite>.py par suite. Les fichiers importent app\net les noms des dépendances et des doubles du contrat forge depuis MODULE (forge_app\npar défaut) : ils tournent contre toute implémentation FastAPI du contrat. Les étapes\nque seul le moteur sait faire (mails enregistrés, SQL, nombres de lignes) deviennent\ndes commentaires.\n"),
 'give suite files and --out DIR': ('Suite-Dateien und --out VERZ angeben', 'donnez des fichiers de suite et --out RÉP'),
 'Explore': ('Erkunden', 'Explorer'),
 'Suites': ('Suites', 'Suites'),
 'error': ('Fehler', 'erreur'),
 '%1 ms': ('%1 ms', '%1 ms'),
 'Test': ('Test', 'Test'),
 'Outcome': ('Ergebnis', 'Résultat'),
 'Duration': ('Dauer', 'Durée'),
 'Message': ('Meldung', 'Message'),
 'Fixture': ('Fixture', 'Fixture'),
 'Scope': ('Geltungsbereich', 'Portée'),
 'Isolated (a fresh app per test)': ('Isoliert (eine frische App je Test)', 'Isolé (une application neuve par test)'),
 'Run': ('Ausführen', 'Exécuter'),
 'Find polluter': ('Verursacher finden', 'Trouver le pollueur'),
 'Open suites…': ('Suites öffnen…', 'Ouvrir des suites…'),
 'Test timeout': ('Zeitlimit je Test', 'Délai par test'),
 ' s': (' s', ' s'),
 'none': ('keines', 'aucun'),
 'A test that runs longer is an error: the pytest process is killed, and the tests that finished are kept': ('Ein Test, der länger läuft, ist ein Fehler: der pytest-Prozess wird beendet, die fertigen Tests bleiben erhalten', "Un test qui dure plus longtemps est une erreur : le processus pytest est tué, les tests terminés sont conservés"),
 'file order': ('Dateireihenfolge', 'ordre du fichier'),
 'A seed shuffles the order; the same seed replays it': ('Ein Seed mischt die Reihenfolge; derselbe Seed wiederholt sie', "Une graine mélange l'ordre ; la même graine le rejoue"),
 'Seed': ('Seed', 'Graine'),
 'Repeat': ('Wiederholen', 'Répéter'),
 'Results': ('Ergebnisse', 'Résultats'),
 'Fixture timeline': ('Fixture-Zeitleiste', 'Chronologie des fixtures'),
 'Failures and polluter': ('Fehlschläge und Verursacher', 'Échecs et pollueur'),
 'Open suites': ('Suites öffnen', 'Ouvrir des suites'),
 'Suites (*.json)': ('Suites (*.json)', 'Suites (*.json)'),
 'Running…': ('Läuft…', 'Exécution…'),
 'The suite files have problems; nothing ran:\n%1': ('Die Suite-Dateien haben Probleme; nichts wurde ausgeführt:\n%1', "Les fichiers de suite ont des problèmes ; rien n'a été exécuté :\n%1"),
 '%n problem(s) in the suite files': (('%n Problem in den Suite-Dateien', '%n Probleme in den Suite-Dateien'), ('%n problème dans les fichiers de suite', '%n problèmes dans les fichiers de suite')),
 '%1 passed, %2 failed in %3 s': ('%1 bestanden, %2 gescheitert in %3 s', '%1 réussis, %2 échoués en %3 s'),
 'Looking for the test that makes %1 fail…': ('Suche den Test, der %1 scheitern lässt…', 'Recherche du test qui fait échouer %1…'),
 '%1 fails on its own: this is not pollution.': ('%1 scheitert auch allein: das ist keine Verschmutzung.', "%1 échoue seul : ce n'est pas une pollution."),
 '%1 passes after the tests before it: nothing to find.': ('%1 besteht nach den Tests davor: nichts zu finden.', '%1 réussit après les tests qui le précèdent : rien à trouver.'),
 'No single test makes %1 fail.': ('Kein einzelner Test lässt %1 scheitern.', 'Aucun test seul ne fait échouer %1.'),
 'Polluter: %1': ('Verursacher: %1', 'Pollueur : %1'),
 '  override %1 → %2, set by %3, still active': ('  Override %1 → %2, gesetzt von %3, noch aktiv', '  override %1 → %2, posé par %3, toujours actif'),
 '  %1 row(s) added to %2': ('  %1 Zeile(n) hinzugefügt zu %2', '  %1 ligne(s) ajoutée(s) à %2'),
 '  the client session is still open': ('  die Client-Sitzung ist noch offen', '  la session client est encore ouverte'),
 'No polluter found': ('Kein Verursacher gefunden', 'Aucun pollueur trouvé'),
 'Refresh': ('Aktualisieren', 'Actualiser'),
 'Database': ('Datenbank', 'Base de données'),
 'No database is open (the lifespan did not run).': ('Keine Datenbank ist offen (der Lifespan lief nicht).', "Aucune base n'est ouverte (le lifespan n'a pas eu lieu)."),
 'Database: %1': ('Datenbank: %1', 'Base de données : %1'),
 'History': ('Verlauf', 'Historique'),
 'Search method, path, status': ('Methode, Pfad, Status suchen', 'Chercher méthode, chemin, statut'),
 'Double-click to load the request into the composer': ('Doppelklick lädt die Anfrage in den Editor', "Double-cliquer pour charger la requête dans l'éditeur"),
 'When': ('Wann', 'Quand'),
 'Answer': ('Antwort', 'Réponse'),
 'µs': ('µs', 'µs'),
 'The request history could not be read and was moved aside to %1; a new one was started.': ('Der Anfrageverlauf war nicht lesbar und wurde nach %1 verschoben; ein neuer wurde begonnen.', "L'historique des requêtes était illisible et a été déplacé vers %1 ; un nouveau a été commencé."),
 'Save as &test…': ('Als &Test speichern…', 'Enregistrer comme &test…'),
 'Saved %1 to %2': ('%1 in %2 gespeichert', '%1 enregistré dans %2'),
 'Save as test': ('Als Test speichern', 'Enregistrer comme test'),
 'Send the request first: the test asserts its answer.': ('Erst die Anfrage senden: der Test prüft ihre Antwort.', "Envoyez d'abord la requête : le test vérifie sa réponse."),
 'Save as test in suite': ('Als Test in Suite speichern', 'Enregistrer comme test dans la suite'),
 'Test name:': ('Testname:', 'Nom du test :'),
 'the real provider': ('der echte Anbieter', 'le fournisseur réel'),
 'module': ('Modul', 'module'),
 'session': ('Sitzung', 'session'),
 'function': ('Funktion', 'fonction'),
 'class': ('Klasse', 'classe'),
 'package': ('Paket', 'paquet'),
 'tests': ('Tests', 'tests'),
 '%1 (%2 scope)\nset up for %3 at %4 ms': ('%1 (Scope %2)\naufgebaut für %3 bei %4 ms', '%1 (portée %2)\nmise en place pour %3 à %4 ms'),
 'torn down after %1 at %2 ms': ('abgebaut nach %1 bei %2 ms', 'démontée après %1 à %2 ms'),
 'never torn down: the run stopped or the app was dropped': ('nie abgebaut: der Lauf endete oder die App wurde verworfen', "jamais démontée : l'exécution s'est arrêtée ou l'application a été abandonnée"),
 '#%1 %2: %3 in %4 ms': ('#%1 %2: %3 in %4 ms', '#%1 %2 : %3 en %4 ms'),
 'Run a suite to see when each fixture is set up and torn down.': ('Eine Suite ausführen, um zu sehen, wann jede Fixture auf- und abgebaut wird.', 'Exécutez une suite pour voir quand chaque fixture est mise en place et démontée.'),
 '(missing)': ('(fehlt)', '(manquant)'),
 '(absent)': ('(nicht vorhanden)', '(absent)'),
 'Where (JSON pointer)': ('Wo (JSON-Pointer)', 'Où (pointeur JSON)'),
 'Expected': ('Erwartet', 'Attendu'),
 'Actual': ('Tatsächlich', 'Obtenu'),
 '{%n key(s)}': (('{%n Schlüssel}', '{%n Schlüssel}'), ('{%n clé}', '{%n clés}')),
 '[%n item(s)]': (('[%n Element]', '[%n Elemente]'), ('[%n élément]', '[%n éléments]')),
 'Key': ('Schlüssel', 'Clé'),
 'Value': ('Wert', 'Valeur'),
 'Type': ('Typ', 'Type'),
 'The fixtures of the open suite: scope, autouse, what they use': ('Die Fixtures der geöffneten Suite: Scope, autouse, was sie nutzen', 'Les fixtures de la suite ouverte : portée, autouse, ce qu\'elles utilisent'),
 '<b>Fixtures</b> of the open suite': ('<b>Fixtures</b> der geöffneten Suite', '<b>Fixtures</b> de la suite ouverte'),
 'Cancel': ('Abbrechen', 'Annuler'),
 'Leave the work that does not finish behind and restart the engine (toggles and overrides are kept)': ('Die Arbeit, die nicht endet, zurücklassen und die Engine neu starten (Schalter und Overrides bleiben)', "Laisser derrière le travail qui ne finit pas et redémarrer le moteur (options et overrides conservés)"),
 'Still working… Cancel leaves it behind.': ('Arbeitet noch… Abbrechen lässt es zurück.', 'Toujours en cours… Annuler le laisse derrière.'),
 'Cancelled: the engine was restarted; the stuck work goes on in the background and its answer is dropped.': ('Abgebrochen: die Engine wurde neu gestartet; die hängende Arbeit läuft im Hintergrund weiter, ihre Antwort wird verworfen.', "Annulé : le moteur a été redémarré ; le travail bloqué continue en arrière-plan et sa réponse sera ignorée."),
 'Running suites… (Cancel stops after the current test)': ('Suites laufen… (Abbrechen stoppt nach dem laufenden Test)', 'Exécution des suites… (Annuler arrête après le test en cours)'),
 '&Open suites…': ('Suites ö&ffnen…', '&Ouvrir des suites…'),
 'Open &recent suites': ('&Zuletzt geöffnete Suites', 'Suites &récentes'),
 '&Export suites as pytest…': ('Suites als pytest &exportieren…', '&Exporter les suites en pytest…'),
 '&View': ('&Ansicht', '&Affichage'),
 '&System colours': ('&Systemfarben', 'Couleurs du &système'),
 '&Light': ('&Hell', '&Clair'),
 '&Dark': ('&Dunkel', '&Sombre'),
 'Drop suite files (.json) to open them': ('Suite-Dateien (.json) hier ablegen, um sie zu öffnen', 'Déposez des fichiers de suite (.json) pour les ouvrir'),
 'Pass rate per test over the last runs': ('Erfolgsquote je Test über die letzten Läufe', 'Taux de réussite par test sur les dernières exécutions'),
 'passed %': ('bestanden %', 'réussi %'),
 'failed %': ('fehlgeschlagen %', 'échoué %'),
 'Compare the two selected runs': ('Die zwei gewählten Läufe vergleichen', 'Comparer les deux exécutions sélectionnées'),
 'Runs': ('Läufe', 'Exécutions'),
 'Select two runs to see which tests ended differently': ('Zwei Läufe wählen, um zu sehen, welche Tests anders endeten', 'Sélectionnez deux exécutions pour voir quels tests ont fini autrement'),
 'Started': ('Gestartet', 'Début'),
 'Passed': ('Bestanden', 'Réussis'),
 'Failed': ('Fehlgeschlagen', 'Échoués'),
 'What ran': ('Was lief', 'Ce qui a été exécuté'),
 'This run did not finish (it was stopped or is running)': ('Dieser Lauf wurde nicht beendet (abgebrochen oder läuft noch)', "Cette exécution ne s'est pas terminée (arrêtée ou en cours)"),
 'Comparing…': ('Vergleiche…', 'Comparaison…'),
 'Cannot compare: %1': ('Vergleich nicht möglich: %1', 'Comparaison impossible : %1'),
 'In run #%1': ('In Lauf #%1', "Dans l'exécution #%1"),
 'Every test ended the same in run #%1 and run #%2.': ('Jeder Test endete in Lauf #%1 und Lauf #%2 gleich.', "Chaque test a fini de la même façon dans l'exécution #%1 et l'exécution #%2."),
 '%n test(s) ended differently from run #%1 to run #%2.': (('%n Test endete in Lauf #%2 anders als in Lauf #%1.', '%n Tests endeten in Lauf #%2 anders als in Lauf #%1.'), ("%n test a fini autrement de l'exécution #%1 à l'exécution #%2.", "%n tests ont fini autrement de l'exécution #%1 à l'exécution #%2.")),
 'No suite is open: open one (Ctrl+O) or drop a .json file on the window.': ('Keine Suite geöffnet: eine öffnen (Strg+O) oder eine .json-Datei auf das Fenster ziehen.', "Aucune suite ouverte : ouvrez-en une (Ctrl+O) ou déposez un fichier .json sur la fenêtre."),
 'The suite files have problems (see Problems), so no fixture was loaded.': ('Die Suite-Dateien haben Probleme (siehe Probleme), daher wurde keine Fixture geladen.', "Les fichiers de suite ont des problèmes (voir Problèmes) : aucune fixture n'a été chargée."),
 'The open suites define no fixtures.': ('Die geöffneten Suiten definieren keine Fixtures.', 'Les suites ouvertes ne définissent aucune fixture.'),
 '%1 (flaky)': ('%1 (wackelig)', '%1 (instable)'),
 '%1 in %2': ('%1 in %2', '%1 dans %2'),
 'Path parameter %1: %2': ('Pfadparameter %1: %2', 'Paramètre de chemin %1 : %2'),
 '%1 (%2)': ('%1 (%2)', '%1 (%2)'),
 'Expand all': ('Alles aufklappen', 'Tout déplier'),
 'Unfold every level (slow for very large bodies)': ('Jede Ebene aufklappen (langsam bei sehr großen Bodies)', 'Déplier chaque niveau (lent pour les très gros corps)'),
 'Fold all': ('Alles zuklappen', 'Tout replier'),
 'Tree': ('Baum', 'Arbre'),
 'Showing %1 of %2 bytes': ('%1 von %2 Bytes angezeigt', '%1 octets affichés sur %2'),
 '[… %1 more bytes; the Body tab can show all]': ('[… %1 weitere Bytes; der Body-Tab kann alles zeigen]', "[… %1 octets de plus ; l'onglet Corps peut tout afficher]"),
 'Loading… %1 of %2 bytes': ('Lädt… %1 von %2 Bytes', 'Chargement… %1 octets sur %2'),
 '%1 — line %2': ('%1 — Zeile %2', '%1 — ligne %2'),
 'Cannot read %1: %2': ('Kann %1 nicht lesen: %2', 'Impossible de lire %1 : %2'),
 'Saved.': ('Gespeichert.', 'Enregistré.'),
 'Cannot save %1: %2': ('Kann %1 nicht speichern: %2', "Impossible d'enregistrer %1 : %2"),
 'Run all': ('Alle ausführen', 'Tout exécuter'),
 'Run selected': ('Auswahl ausführen', 'Exécuter la sélection'),
 'Export as pytest…': ('Als pytest exportieren…', 'Exporter en pytest…'),
 'Run every test of the open suites': ('Jeden Test der geöffneten Suites ausführen', 'Exécuter chaque test des suites ouvertes'),
 'Run only the tests selected in the results': ('Nur die in den Ergebnissen gewählten Tests ausführen', 'Exécuter seulement les tests sélectionnés dans les résultats'),
 'Write the open suites as pytest files that use TestClient and dependency_overrides': ('Die geöffneten Suites als pytest-Dateien mit TestClient und dependency_overrides schreiben', 'Écrire les suites ouvertes en fichiers pytest qui utilisent TestClient et dependency_overrides'),
 '<b>Suite files</b> (drop files here)': ('<b>Suite-Dateien</b> (Dateien hier ablegen)', '<b>Fichiers de suite</b> (déposez-les ici)'),
 '<b>Fixtures</b>': ('<b>Fixtures</b>', '<b>Fixtures</b>'),
 'Blue: function scope · orange: module · purple: session · a ragged end: never torn down. Hover a bar for its times; Ctrl+wheel zooms.': ('Blau: Scope function · orange: module · lila: session · ausgefranstes Ende: nie abgebaut. Für die Zeiten über einen Balken fahren; Strg+Mausrad zoomt.', 'Bleu : portée function · orange : module · violet : session · fin effilochée : jamais démontée. Survolez une barre pour ses temps ; Ctrl+molette zoome.'),
 'Ctrl+wheel zooms': ('Strg+Mausrad zoomt', 'Ctrl+molette zoome'),
 'Failure': ('Fehlschlag', 'Échec'),
 'Pass rate': ('Erfolgsquote', 'Taux de réussite'),
 'Problems': ('Probleme', 'Problèmes'),
 'Abandoned: the engine was restarted, nothing was recorded': ('Aufgegeben: die Engine wurde neu gestartet, nichts wurde aufgezeichnet', "Abandonné : le moteur a été redémarré, rien n'a été enregistré"),
 'Running %n selected test(s)…': (('%n gewählter Test läuft…', '%n gewählte Tests laufen…'), ('Exécution de %n test sélectionné…', 'Exécution de %n tests sélectionnés…')),
 'Run failed': ('Fehlgeschlagene ausführen', 'Exécuter les échecs'),
 'Run only the tests that failed in the last run, like pytest --lf. A test that passes alone but failed in the full run depends on the tests before it.': ('Nur die Tests ausführen, die im letzten Lauf fehlschlugen, wie pytest --lf. Ein Test, der allein besteht, aber im ganzen Lauf fehlschlug, hängt von den Tests vor ihm ab.', "Exécuter seulement les tests qui ont échoué au dernier lancement, comme pytest --lf. Un test qui réussit seul mais a échoué dans le lancement complet dépend des tests qui le précèdent."),
 'Running %n failed test(s)…': (('%n fehlgeschlagener Test läuft…', '%n fehlgeschlagene Tests laufen…'), ('Exécution de %n test en échec…', 'Exécution de %n tests en échec…')),
 'Cancelling after the test that is running…': ('Abbruch nach dem laufenden Test…', 'Annulation après le test en cours…'),
 'Double-click to open the file at this place': ('Doppelklick öffnet die Datei an dieser Stelle', 'Double-cliquez pour ouvrir le fichier à cet endroit'),
 '(cancelled: the tests after that did not run)': ('(abgebrochen: die Tests danach liefen nicht)', "(annulé : les tests suivants n'ont pas été exécutés)"),
 '%1 passed.': ('%1 bestanden.', '%1 a réussi.'),
 'Expected:\n%1\n\nActual:\n%2': ('Erwartet:\n%1\n\nTatsächlich:\n%2', 'Attendu :\n%1\n\nObtenu :\n%2'),
 'Cancelled before the search ended.': ('Abgebrochen, bevor die Suche endete.', 'Annulé avant la fin de la recherche.'),
 'Polluter search cancelled': ('Verursachersuche abgebrochen', 'Recherche du pollueur annulée'),
 'Wrote %n pytest file(s) to %1': (('%n pytest-Datei nach %1 geschrieben', '%n pytest-Dateien nach %1 geschrieben'), ('%n fichier pytest écrit dans %1', '%n fichiers pytest écrits dans %1')),
 'Export as pytest into': ('Als pytest exportieren nach', 'Exporter en pytest dans'),
 'Export failed: %1': ('Export fehlgeschlagen: %1', "Échec de l'export : %1"),
 'The whole JSON body': ('Den ganzen JSON-Body', 'Tout le corps JSON'),
 'raises %1': ('löst %1 aus', 'lève %1'),
 'status %1': ('Status %1', 'statut %1'),
 'Always asserted: %1': ('Immer geprüft: %1', 'Toujours vérifié : %1'),
 'Or these fields of the body:': ('Oder diese Felder des Bodys:', 'Ou ces champs du corps :'),
 '%1 passed, %2 failed': ('%1 bestanden, %2 fehlgeschlagen', '%1 réussis, %2 échoués'),
 '%1 (repeat %2)': ('%1 (Wiederholung %2)', '%1 (répétition %2)'),
}

# Targets (issue 12).
T.update({
 'Usage: api-replay requests [TARGET] [options] < requests.jsonl\n\nReads one JSON request per line on stdin:\n  {"method":"POST","path":"/users?skip=1",\n   "headers":{"Authorization":"Bearer x"},"json":{...}}\nor with "body":"raw text" instead of "json" (sent with content-type\napplication/json unless the line\'s headers say otherwise), or with a form\nas TestClient takes one: "data":{"field":"value"} (urlencoded) and\n"files":{"upload":{"filename":"a.txt","content":"...",\n"content_type":"text/plain"}} (multipart); an optional "query" object is\nappended to the path.\nWrites one JSON line per request, each out before the next line is waited for:\n  {"status":201,"headers":{...},"json":<body>}  ("text" when not JSON)\n  {"exception":{"type":"RuntimeError","message":"Unexpected!"}}\n  {"error":{"line":N,"message":"..."}}  for a line that is not a request\nAll lines share one app and one client session. Exit status 1 if any line\nwas an error, else 0.\n\nOptions:\n':
  ('Aufruf: api-replay requests [ZIEL] [Optionen] < requests.jsonl\n\nLiest eine JSON-Anfrage pro Zeile von stdin:\n  {"method":"POST","path":"/users?skip=1",\n   "headers":{"Authorization":"Bearer x"},"json":{...}}\noder mit "body":"Rohtext" statt "json" (gesendet mit content-type\napplication/json, sofern die Header der Zeile nichts anderes sagen), oder mit\neinem Formular, wie TestClient es nimmt: "data":{"feld":"wert"} (urlencoded) und\n"files":{"upload":{"filename":"a.txt","content":"...",\n"content_type":"text/plain"}} (multipart); ein optionales "query"-Objekt wird\nan den Pfad angehängt.\nSchreibt eine JSON-Zeile pro Anfrage, jede ausgegeben, bevor auf die nächste Zeile gewartet wird:\n  {"status":201,"headers":{...},"json":<body>}  ("text", wenn kein JSON)\n  {"exception":{"type":"RuntimeError","message":"Unexpected!"}}\n  {"error":{"line":N,"message":"..."}}  für eine Zeile, die keine Anfrage ist\nAlle Zeilen teilen eine App und eine Client-Sitzung. Exit-Status 1, wenn eine\nZeile ein Fehler war, sonst 0.\n\nOptionen:\n',
   'Utilisation : api-replay requests [CIBLE] [options] < requests.jsonl\n\nLit une requête JSON par ligne sur stdin :\n  {"method":"POST","path":"/users?skip=1",\n   "headers":{"Authorization":"Bearer x"},"json":{...}}\nou avec "body":"texte brut" au lieu de "json" (envoyé avec content-type\napplication/json sauf si les en-têtes de la ligne disent autre chose), ou avec\nun formulaire comme TestClient le prend : "data":{"champ":"valeur"} (urlencoded) et\n"files":{"upload":{"filename":"a.txt","content":"...",\n"content_type":"text/plain"}} (multipart) ; un objet "query" facultatif est\najouté au chemin.\nÉcrit une ligne JSON par requête, chacune sortie avant d\'attendre la ligne suivante :\n  {"status":201,"headers":{...},"json":<corps>}  ("text" si ce n\'est pas du JSON)\n  {"exception":{"type":"RuntimeError","message":"Unexpected!"}}\n  {"error":{"line":N,"message":"..."}}  pour une ligne qui n\'est pas une requête\nToutes les lignes partagent une application et une session client. Code de\nsortie 1 si une ligne était une erreur, sinon 0.\n\nOptions :\n'),
 'Usage: api-replay routes [TARGET] [--override DEP=DOUBLE]...\n\nPrints the routes as a JSON array: method, path, name, summary, tags,\nstatus code, parameters (with their default and allowed values) and the\ndependency tree with the provider that is active for each dependency.\n\nOptions:\n':
  ('Aufruf: api-replay routes [ZIEL] [--override DEP=DOUBLE]...\n\nGibt die Routen als JSON-Array aus: Methode, Pfad, Name, Zusammenfassung, Tags,\nStatuscode, Parameter (mit Standardwert und erlaubten Werten) und den\nAbhängigkeitsbaum mit dem Anbieter, der für jede Abhängigkeit aktiv ist.\n\nOptionen:\n',
   'Utilisation : api-replay routes [CIBLE] [--override DEP=DOUBLE]...\n\nAffiche les routes en tableau JSON : méthode, chemin, nom, résumé, tags,\ncode de statut, paramètres (avec leur valeur par défaut et leurs valeurs\npermises) et arbre des dépendances avec le fournisseur actif pour chaque\ndépendance.\n\nOptions :\n'),
 "Usage: api-replay openapi [TARGET] [--error-style v1|v2]\n\nv1 prints FastAPI 0.9x's document (OpenAPI 3.0.2, Pydantic 1 schemas),\nv2 FastAPI 0.132's (OpenAPI 3.1.0, Pydantic 2 schemas).\n\nOptions:\n":
  ('Aufruf: api-replay openapi [ZIEL] [--error-style v1|v2]\n\nv1 gibt das Dokument von FastAPI 0.9x aus (OpenAPI 3.0.2, Pydantic-1-Schemas),\nv2 das von FastAPI 0.132 (OpenAPI 3.1.0, Pydantic-2-Schemas).\n\nOptionen:\n',
   'Utilisation : api-replay openapi [CIBLE] [--error-style v1|v2]\n\nv1 affiche le document de FastAPI 0.9x (OpenAPI 3.0.2, schémas Pydantic 1),\nv2 celui de FastAPI 0.132 (OpenAPI 3.1.0, schémas Pydantic 2).\n\nOptions :\n'),
 "Get a token from the app's OAuth2 token route and set the Authorization header":
  ('Ein Token von der OAuth2-Token-Route der App holen und den Authorization-Header setzen',
   "Obtenir un jeton de la route OAuth2 de l'application et poser l'en-tête Authorization"),
 'This target declares no OAuth2 password flow, so there is no token route to ask.':
  ('Dieses Ziel deklariert keinen OAuth2-Passwort-Flow, also gibt es keine Token-Route.',
   "Cette cible ne déclare pas de flux OAuth2 par mot de passe : il n'y a pas de route de jeton à interroger."),
 'needs an app in this process; a running server (--base-url) is answered as it is':
  ('braucht eine App in diesem Prozess; ein laufender Server (--base-url) antwortet, wie er ist',
   "exige une application dans ce processus ; un serveur en marche (--base-url) répond tel qu'il est"),
 "--error-style is not for --asgi: the app's own FastAPI and Pydantic decide the wording of its 422 bodies":
  ('--error-style gilt nicht für --asgi: FastAPI und Pydantic der App bestimmen den Wortlaut ihrer 422-Antworten',
   "--error-style ne s'applique pas à --asgi : le FastAPI et le Pydantic de l'application décident du texte de ses réponses 422"),
 '--db is for the built-in apps; your app opens its own database':
  ('--db gilt für die eingebauten Apps; Ihre App öffnet ihre eigene Datenbank',
   '--db est pour les applications intégrées ; votre application ouvre sa propre base'),
 '--db is for the built-in apps; an OpenAPI document has no database':
  ('--db gilt für die eingebauten Apps; ein OpenAPI-Dokument hat keine Datenbank',
   "--db est pour les applications intégrées ; un document OpenAPI n'a pas de base"),
 'is for a Python app (--asgi MODULE:ATTR)':
  ('gilt für eine Python-App (--asgi MODUL:ATTR)',
   'est pour une application Python (--asgi MODULE:ATTR)'),
 'is for a running server (--base-url URL)':
  ('gilt für einen laufenden Server (--base-url URL)',
   'est pour un serveur en marche (--base-url URL)'),
 'choose one target; these were both given:':
  ('wählen Sie ein Ziel; beide wurden angegeben:',
   'choisissez une cible ; les deux ont été donnés :'),
 '--asgi takes MODULE:ATTR (as uvicorn does), not':
  ('--asgi erwartet MODUL:ATTR (wie uvicorn), nicht',
   '--asgi attend MODULE:ATTR (comme uvicorn), pas'),
 '--base-url must start with http:// or https://, not':
  ('--base-url muss mit http:// oder https:// beginnen, nicht',
   '--base-url doit commencer par http:// ou https://, pas'),
 "--header takes 'Name: value', not":
  ("--header erwartet 'Name: Wert', nicht",
   "--header attend 'Nom: valeur', pas"),
 '--timeout takes seconds (a number above 0, at most 86400), not':
  ('--timeout erwartet Sekunden (eine Zahl über 0, höchstens 86400), nicht',
   '--timeout attend des secondes (un nombre supérieur à 0, au plus 86400), pas'),
 'Target (one of):\n  --app NAME              a built-in app:\n':
  ('Ziel (eines davon):\n  --app NAME              eine eingebaute App:\n',
   'Cible (une parmi) :\n  --app NOM               une application intégrée :\n'),
 "  --openapi FILE          an app built from an OpenAPI document\n  --asgi MODULE:ATTR      your FastAPI app, through its real TestClient\n    --app-dir DIR         put DIR first on sys.path (as uvicorn does)\n    --python EXE          the interpreter (default: DIR/.venv/bin/python,\n                          else python3)\n    --doubles MODULE      more DOUBLES dicts (repeatable)\n  --base-url URL          a running server, over HTTP\n    --header 'Name: value'  sent with every request (repeatable)\n    --insecure            do not verify TLS certificates\nSettings:\n  --error-style v1|v2     422 bodies as FastAPI 0.9x/Pydantic 1 (v1) or\n                          FastAPI 0.132+/Pydantic 2 (v2, the default)\n  --fastapi RELEASE       the FastAPI that wrote an OpenAPI document (e.g.\n                          0.115): 403 for missing credentials before 0.122,\n                          bodies without Content-Type refused since 0.132\n  --override DEP=DOUBLE   swap a dependency for a double (repeatable)\n  --debug                 the app's debug flag: 500 bodies carry the traceback\n  --db PATH               a built-in app's database file (default: a fresh\n                          temporary file for this run)\n  --timeout S             the time limit of one request, in seconds\n":
  ("  --openapi FILE          eine App, gebaut aus einem OpenAPI-Dokument\n  --asgi MODULE:ATTR      Ihre FastAPI-App, über ihren echten TestClient\n    --app-dir DIR         DIR an den Anfang von sys.path (wie uvicorn)\n    --python EXE          der Interpreter (Standard: DIR/.venv/bin/python,\n                          sonst python3)\n    --doubles MODULE      weitere DOUBLES-Dicts (wiederholbar)\n  --base-url URL          ein laufender Server, über HTTP\n    --header 'Name: value'  mit jeder Anfrage gesendet (wiederholbar)\n    --insecure            TLS-Zertifikate nicht prüfen\nEinstellungen:\n  --error-style v1|v2     422-Antworten wie FastAPI 0.9x/Pydantic 1 (v1) oder\n                          FastAPI 0.132+/Pydantic 2 (v2, Standard)\n  --fastapi RELEASE       das FastAPI, das ein OpenAPI-Dokument schrieb (z. B.\n                          0.115): 403 bei fehlenden Zugangsdaten vor 0.122,\n                          Bodys ohne Content-Type seit 0.132 abgelehnt\n  --override DEP=DOUBLE   eine Abhängigkeit durch ein Double ersetzen (wiederholbar)\n  --debug                 Debug-Schalter der App: 500-Antworten enthalten den Traceback\n  --db PATH               die Datenbankdatei einer eingebauten App (Standard: eine\n                          frische temporäre Datei für diesen Lauf)\n  --timeout S             das Zeitlimit einer Anfrage, in Sekunden\n",
   "  --openapi FILE          une application construite depuis un document OpenAPI\n  --asgi MODULE:ATTR      votre application FastAPI, par son vrai TestClient\n    --app-dir DIR         mettre DIR en tête de sys.path (comme uvicorn)\n    --python EXE          l'interpréteur (par défaut : DIR/.venv/bin/python,\n                          sinon python3)\n    --doubles MODULE      d'autres dictionnaires DOUBLES (répétable)\n  --base-url URL          un serveur en marche, en HTTP\n    --header 'Name: value'  envoyé avec chaque requête (répétable)\n    --insecure            ne pas vérifier les certificats TLS\nRéglages :\n  --error-style v1|v2     réponses 422 comme FastAPI 0.9x/Pydantic 1 (v1) ou\n                          FastAPI 0.132+/Pydantic 2 (v2, par défaut)\n  --fastapi RELEASE       le FastAPI qui a écrit un document OpenAPI (p. ex.\n                          0.115) : 403 sans identifiants avant 0.122, corps\n                          sans Content-Type refusés depuis 0.132\n  --override DEP=DOUBLE   remplacer une dépendance par un double (répétable)\n  --debug                 le mode debug de l'application : les 500 contiennent la trace\n  --db PATH               le fichier de base d'une application intégrée (par défaut :\n                          un fichier temporaire neuf pour cette exécution)\n  --timeout S             la limite de temps d'une requête, en secondes\n"),
})

# The Python target in the window and run --asgi (issue 13).
T.update({
 'Usage: api-replay run SUITE.json... [options]\n\n  -k EXPR             run tests whose name contains EXPR ("not EXPR" inverts)\n  -x                  stop at the first failure\n  --seed N            random order from seed N (printed, so the order can be replayed)\n  --lf                run only the tests that failed in the last run (from history)\n  --repeat N          run everything N times and report a pass rate per test\n  --isolate           a fresh app for every test\n  --setup-show        print the fixture lifecycle (SETUP/TEARDOWN) like pytest\n  --timeout SECONDS   time limit per test (default 10)\n  --junit-xml FILE    write JUnit XML\n  --error-style v1|v2 the words of 422 bodies (default v2)\n  --app NAME | --asgi MODULE:ATTR [--app-dir DIR] [--python EXE] [--doubles M]\n                      the target every suite runs against (default: the app each\n                      suite names); see \'api-replay requests --help\'\n  --override DEP=DOUBLE  set on the target when it opens (repeatable)\n  --history PATH      the history database (default: $API_REPLAY_HISTORY or the\n                      user data directory); --no-history to skip it\n\nExit status: 0 all passed, 1 failures, 2 usage or suite-file errors.\n':
  ('Aufruf: api-replay run SUITE.json... [Optionen]\n\n  -k AUSDRUCK         Tests ausführen, deren Name AUSDRUCK enthält ("not AUSDRUCK" kehrt um)\n  -x                  beim ersten Fehlschlag anhalten\n  --seed N            Zufallsreihenfolge aus Seed N (wird ausgegeben, damit sie wiederholbar ist)\n  --lf                nur die im letzten Lauf gescheiterten Tests ausführen (aus dem Verlauf)\n  --repeat N          alles N-mal ausführen und die Erfolgsquote je Test zeigen\n  --isolate           eine frische App für jeden Test\n  --setup-show        den Lebenslauf der Fixtures (SETUP/TEARDOWN) wie pytest zeigen\n  --timeout SEKUNDEN  Zeitlimit je Test (Standard 10)\n  --junit-xml DATEI   JUnit-XML schreiben\n  --error-style v1|v2 der Wortlaut der 422-Antworten (Standard v2)\n  --app NAME | --asgi MODULE:ATTR [--app-dir DIR] [--python EXE] [--doubles M]\n                      das Ziel aller Suiten (Standard: die App, die jede Suite\n                      nennt); siehe \'api-replay requests --help\'\n  --override DEP=DOUBLE  beim Öffnen des Ziels gesetzt (wiederholbar)\n  --history PFAD      die Verlaufsdatenbank (Standard: $API_REPLAY_HISTORY oder das\n                      Benutzerdatenverzeichnis); --no-history lässt sie aus\n\nExit-Status: 0 alle bestanden, 1 Fehlschläge, 2 Aufruf- oder Suite-Dateifehler.\n',
   'Utilisation : api-replay run SUITE.json... [options]\n\n  -k EXPR             exécuter les tests dont le nom contient EXPR ("not EXPR" inverse)\n  -x                  s\'arrêter au premier échec\n  --seed N            ordre aléatoire depuis la graine N (affichée, pour rejouer l\'ordre)\n  --lf                n\'exécuter que les tests échoués lors de la dernière exécution (historique)\n  --repeat N          tout exécuter N fois et donner un taux de réussite par test\n  --isolate           une application neuve pour chaque test\n  --setup-show        afficher le cycle de vie des fixtures (SETUP/TEARDOWN) comme pytest\n  --timeout SECONDES  limite de temps par test (10 par défaut)\n  --junit-xml FICHIER écrire du JUnit XML\n  --error-style v1|v2 les mots des réponses 422 (v2 par défaut)\n  --app NOM | --asgi MODULE:ATTR [--app-dir DIR] [--python EXE] [--doubles M]\n                      la cible de toutes les suites (par défaut : l\'application que\n                      chaque suite nomme) ; voir \'api-replay requests --help\'\n  --override DEP=DOUBLE  posé sur la cible à son ouverture (répétable)\n  --history CHEMIN    la base d\'historique (par défaut : $API_REPLAY_HISTORY ou le\n                      répertoire de données de l\'utilisateur) ; --no-history pour s\'en passer\n\nCode de sortie : 0 tout a réussi, 1 échecs, 2 erreurs d\'utilisation ou de fichier de suite.\n'),
 "This app's own FastAPI and Pydantic decide the words":
  ('FastAPI und Pydantic dieser App bestimmen den Wortlaut',
   'Le FastAPI et le Pydantic de cette application décident du texte'),
 '%1 (found in the app directory)':
  ('%1 (im App-Verzeichnis gefunden)',
   "%1 (trouvé dans le répertoire de l'application)"),
 '%1 answers now':
  ('%1 antwortet jetzt',
   '%1 répond maintenant'),
 'API Test Explorer — %1':
  ('API Test Explorer — %1',
   'API Test Explorer — %1'),
 'API Test Explorer':
  ('API Test Explorer',
   'API Test Explorer'),
 'App (module:attr):':
  ('App (Modul:Attribut):',
   'Application (module:attribut) :'),
 'App directory':
  ('App-Verzeichnis',
   "Répertoire de l'application"),
 'App directory:':
  ('App-Verzeichnis:',
   "Répertoire de l'application :"),
 'App:':
  ('App:',
   'Application :'),
 'Built-in app':
  ('Eingebaute App',
   'Application intégrée'),
 'Ctrl+Shift+O':
  ('Ctrl+Shift+O',
   'Ctrl+Shift+O'),
 'Doubles modules:':
  ('Module mit Doubles:',
   'Modules de doubles :'),
 'Give the app as module:attr, for example myproject.main:app.':
  ('Geben Sie die App als Modul:Attribut an, zum Beispiel myproject.main:app.',
   "Donnez l'application sous la forme module:attribut, par exemple myproject.main:app."),
 'Interpreter:':
  ('Interpreter:',
   'Interpréteur :'),
 'Live server':
  ('Laufender Server',
   'Serveur en marche'),
 'Not available yet in this version':
  ('In dieser Version noch nicht verfügbar',
   'Pas encore disponible dans cette version'),
 'Open &app…':
  ('&App öffnen…',
   'Ouvrir une &application…'),
 'Open app':
  ('App öffnen',
   'Ouvrir une application'),
 'Open':
  ('Öffnen',
   'Ouvrir'),
 'OpenAPI document':
  ('OpenAPI-Dokument',
   'Document OpenAPI'),
 'Opening %1…':
  ('%1 wird geöffnet…',
   'Ouverture de %1…'),
 'Python app (your FastAPI app)':
  ('Python-App (Ihre FastAPI-App)',
   'Application Python (votre application FastAPI)'),
 'Python interpreter':
  ('Python-Interpreter',
   'Interpréteur Python'),
 'Recent a&pps':
  ('Zuletzt geöffnete A&pps',
   'A&pplications récentes'),
 'The app could not be opened':
  ('Die App konnte nicht geöffnet werden',
   "L'application n'a pas pu être ouverte"),
 'The app directory %1 does not exist.':
  ('Das App-Verzeichnis %1 existiert nicht.',
   "Le répertoire de l'application %1 n'existe pas."),
 'The module and the attribute that holds the app, as uvicorn takes them':
  ('Das Modul und das Attribut, das die App hält, wie uvicorn sie nimmt',
   "Le module et l'attribut qui contient l'application, comme uvicorn les prend"),
 'The previous app still answers.':
  ('Die vorherige App antwortet weiter.',
   "L'application précédente répond toujours."),
 'What answers:':
  ('Wer antwortet:',
   'Qui répond :'),
 'more modules with DOUBLES dicts, comma-separated':
  ('weitere Module mit DOUBLES-Dicts, durch Kommas getrennt',
   "d'autres modules avec des dictionnaires DOUBLES, séparés par des virgules"),
 'python3 from PATH':
  ('python3 aus PATH',
   'python3 depuis PATH'),
 'the project directory (put first on sys.path)':
  ('das Projektverzeichnis (zuerst auf sys.path)',
   'le répertoire du projet (mis en tête de sys.path)'),
 '“%1” is not module:attr (the module, a colon, the attribute).':
  ('„%1“ ist nicht Modul:Attribut (das Modul, ein Doppelpunkt, das Attribut).',
   "« %1 » n'est pas module:attribut (le module, deux-points, l'attribut)."),
})

# The pytest target (issue 14).
T.update({
 "Usage: api-replay pytest run [options] [-- PYTEST ARGS...]\n       api-replay pytest find-polluter NODEID [options] [--run ID] [-- PYTEST ARGS...]\n\nRuns the project's tests with pytest itself (our plugin is loaded with -p; nothing\nto install). run prints pytest's progress and summary, records each test in the run\nhistory as it ends (file = its path, name = the rest of the node id) and exits with\npytest's status. find-polluter checks that NODEID passes alone and fails after the\ntests before it (in file order, or in the order of recorded run ID), then halves\nthem, one fresh pytest per step, until one test remains.\n\nOptions:\n  --rootdir DIR       where pytest runs (default: the current directory)\n  --python EXE        the interpreter (default: DIR/.venv/bin/python, else python3)\n  --seed N|last       random order as pytest-randomly: modules, classes, functions\n  --repeat N          run the suite N times and print a pass rate per test\n  --junit-xml FILE    JUnit XML (pytest's own)\n  --history PATH      the history database; --no-history to skip it\n":
  ('Aufruf: api-replay pytest run [Optionen] [-- PYTEST-ARGUMENTE...]\n        api-replay pytest find-polluter NODEID [Optionen] [--run ID] [-- PYTEST-ARGUMENTE...]\n\nFührt die Tests des Projekts mit pytest selbst aus (unser Plugin wird mit -p geladen;\nnichts zu installieren). run zeigt Fortschritt und Zusammenfassung von pytest, trägt\njeden Test bei seinem Ende in die Lauf-Historie ein (Datei = sein Pfad, Name = der Rest\nder Node-ID) und endet mit dem Status von pytest. find-polluter prüft, dass NODEID allein\nbesteht und nach den Tests davor scheitert (in Dateireihenfolge oder in der Reihenfolge\ndes aufgezeichneten Laufs ID), und halbiert sie dann, ein frisches pytest pro Schritt,\nbis ein Test übrig bleibt.\n\nOptionen:\n  --rootdir DIR       wo pytest läuft (Standard: das aktuelle Verzeichnis)\n  --python EXE        der Interpreter (Standard: DIR/.venv/bin/python, sonst python3)\n  --seed N|last       Zufallsreihenfolge wie pytest-randomly: Module, Klassen, Funktionen\n  --repeat N          die Suite N-mal ausführen und je Test eine Erfolgsquote zeigen\n  --junit-xml FILE    JUnit-XML (das von pytest)\n  --history PATH      die Historien-Datenbank; --no-history ohne sie\n',
   "Utilisation : api-replay pytest run [options] [-- ARGUMENTS PYTEST...]\n              api-replay pytest find-polluter NODEID [options] [--run ID] [-- ARGUMENTS PYTEST...]\n\nLance les tests du projet avec pytest lui-même (notre plugin est chargé avec -p ; rien\nà installer). run affiche la progression et le résumé de pytest, enregistre chaque test\ndans l'historique à sa fin (fichier = son chemin, nom = le reste du node id) et sort\navec le code de pytest. find-polluter vérifie que NODEID réussit seul et échoue après\nles tests qui le précèdent (dans l'ordre des fichiers, ou dans celui de l'exécution\nenregistrée ID), puis les coupe en deux, un pytest neuf par étape, jusqu'à ce qu'il\nen reste un.\n\nOptions :\n  --rootdir DIR       où pytest s'exécute (par défaut : le répertoire courant)\n  --python EXE        l'interpréteur (par défaut : DIR/.venv/bin/python, sinon python3)\n  --seed N|last       ordre aléatoire comme pytest-randomly : modules, classes, fonctions\n  --repeat N          lancer la suite N fois et afficher un taux de réussite par test\n  --junit-xml FILE    JUnit XML (celui de pytest)\n  --history PATH      la base d'historique ; --no-history pour s'en passer\n"),
 "pytest's own arguments go after --":
  ('die eigenen Argumente von pytest gehören hinter --',
   'les arguments propres à pytest vont après --'),
 "pytest's own options go after --":
  ('die eigenen Optionen von pytest gehören hinter --',
   'les options propres à pytest vont après --'),
 'No single test makes it fail: the pollution needs several tests together.':
  ('Kein einzelner Test lässt ihn scheitern: die Verschmutzung braucht mehrere Tests zusammen.',
   'Aucun test seul ne le fait échouer : la pollution demande plusieurs tests ensemble.'),
 'The test passes after the tests before it: no polluter to find in this order.':
  ('Der Test besteht nach den Tests davor: in dieser Reihenfolge gibt es keinen Verursacher.',
   'Le test réussit après ceux qui le précèdent : pas de pollueur à trouver dans cet ordre.'),
 'did not run in that run':
  ('lief in diesem Lauf nicht',
   "n'a pas tourné dans cette exécution"),
 'give one node id, such as':
  ('geben Sie eine Node-ID an, etwa',
   'donnez un node id, par exemple'),
 'is not collected by pytest':
  ('wird von pytest nicht gesammelt',
   "n'est pas collecté par pytest"),
 'needs a whole number from':
  ('braucht eine ganze Zahl von',
   'attend un nombre entier de'),
 'no dependency override (look at module state, caches, files)':
  ('kein Override einer Abhängigkeit (prüfen Sie Modulzustand, Caches, Dateien)',
   "aucun override de dépendance (regardez l'état des modules, les caches, les fichiers)"),
 'pytest runs':
  ('pytest-Läufe',
   'exécutions de pytest'),
 'run or find-polluter':
  ('run oder find-polluter',
   'run ou find-polluter'),
 'run your own pytest suite: history, random order, polluter search':
  ('die eigene pytest-Suite ausführen: Historie, Zufallsreihenfolge, Verursachersuche',
   'lancer votre propre suite pytest : historique, ordre aléatoire, recherche du pollueur'),
 'to':
  ('bis',
   'à'),
 'unexpected argument':
  ('unerwartetes Argument',
   'argument inattendu'),
 'unknown subcommand':
  ('unbekannter Unterbefehl',
   'sous-commande inconnue'),
})

# The live target and compare (issue 16).
T.update({
 'Usage: api-replay compare --left TARGET --right TARGET [--ignore-header NAME]...\n                          < requests.jsonl\n\nTARGET is written as its options, in quotes: "--app forge --error-style v1",\n"--asgi main:app --app-dir .", "--base-url http://127.0.0.1:8000".\nEach request line (as for \'api-replay requests\') goes to both; one JSON line per\nrequest says whether the answers are the same, else lists the differences by\nJSON pointer (/status, /headers/NAME, /json/..., /text, /exception/...). The\nheaders a server adds on its own (date, server) are ignored, and so is every\n--ignore-header NAME. Ends with \'N same, M different\'; exit status 1 if any\ndiffer, 2 for usage errors.\n':
  ('Aufruf: api-replay compare --left ZIEL --right ZIEL [--ignore-header NAME]...\n                          < requests.jsonl\n\nEin ZIEL wird als seine Optionen geschrieben, in Anführungszeichen: "--app forge --error-style v1",\n"--asgi main:app --app-dir .", "--base-url http://127.0.0.1:8000".\nJede Anfragezeile (wie bei \'api-replay requests\') geht an beide; je Anfrage sagt eine\nJSON-Zeile, ob die Antworten gleich sind, sonst listet sie die Unterschiede nach\nJSON-Pointer (/status, /headers/NAME, /json/..., /text, /exception/...). Header, die ein\nServer selbst hinzufügt (date, server), werden ignoriert, ebenso jedes\n--ignore-header NAME. Endet mit \'N same, M different\'; Exit-Status 1, wenn etwas\nabweicht, 2 bei Aufruffehlern.\n',
   'Utilisation : api-replay compare --left CIBLE --right CIBLE [--ignore-header NOM]...\n                          < requests.jsonl\n\nUne CIBLE s\'écrit avec ses options, entre guillemets : "--app forge --error-style v1",\n"--asgi main:app --app-dir .", "--base-url http://127.0.0.1:8000".\nChaque ligne de requête (comme pour \'api-replay requests\') part vers les deux ; une ligne\nJSON par requête dit si les réponses sont identiques, sinon liste les différences par\npointeur JSON (/status, /headers/NOM, /json/..., /text, /exception/...). Les en-têtes\nqu\'un serveur ajoute de lui-même (date, server) sont ignorés, de même que chaque\n--ignore-header NOM. Finit par \'N same, M different\' ; code 1 si quelque chose\ndiffère, 2 pour une erreur d\'utilisation.\n'),
 'an unclosed quote in':
  ('ein nicht geschlossenes Anführungszeichen in',
   'un guillemet non fermé dans'),
 'give both --left TARGET and --right TARGET':
  ('geben Sie --left ZIEL und --right ZIEL an',
   'donnez --left CIBLE et --right CIBLE'),
 'send the same requests to two targets and list the differences':
  ('dieselben Anfragen an zwei Ziele senden und die Unterschiede auflisten',
   'envoyer les mêmes requêtes à deux cibles et lister les différences'),
 'unknown option or missing value':
  ('unbekannte Option oder fehlender Wert',
   'option inconnue ou valeur manquante'),
 "Give the server's address, starting with http:// or https://.":
  ('Geben Sie die Adresse des Servers an, beginnend mit http:// oder https://.',
   "Donnez l'adresse du serveur, commençant par http:// ou https://."),
 'Base URL:':
  ('Basis-URL:',
   'URL de base :'),
 'Do not verify the TLS certificate (--insecure)':
  ('Das TLS-Zertifikat nicht prüfen (--insecure)',
   'Ne pas vérifier le certificat TLS (--insecure)'),
 'Headers:':
  ('Header:',
   'En-têtes :'),
 'Name: value, one per line (sent with every request)':
  ('Name: Wert, einer pro Zeile (mit jeder Anfrage gesendet)',
   'Nom: valeur, un par ligne (envoyé avec chaque requête)'),
 '“%1” is not a header (Name: value).':
  ('„%1“ ist kein Header (Name: Wert).',
   "« %1 » n'est pas un en-tête (Nom: valeur)."),
 'Send a request first':
  ('Senden Sie zuerst eine Anfrage',
   "Envoyez d'abord une requête"),
})

missing = 0
# The OpenAPI target (issue 15).
T.update({
 'warning:': ('Warnung:', 'avertissement :'),
 "Serve the app an OpenAPI document describes (FastAPI's openapi.json): validation and answers as that FastAPI gives them":
  ("Die App bedienen, die ein OpenAPI-Dokument beschreibt (FastAPIs openapi.json): Validierung und Antworten wie von diesem FastAPI",
   "Servir l'app que décrit un document OpenAPI (l'openapi.json de FastAPI) : validation et réponses comme ce FastAPI les donne"),
 '%n route(s) added, changed or removed. History, suites and overrides are kept.':
  (('%n Route hinzugefügt, geändert oder entfernt. Verlauf, Suiten und Overrides bleiben erhalten.',
    '%n Routen hinzugefügt, geändert oder entfernt. Verlauf, Suiten und Overrides bleiben erhalten.'),
   ('%n route ajoutée, modifiée ou supprimée. L\'historique, les suites et les substitutions sont conservés.',
    '%n routes ajoutées, modifiées ou supprimées. L\'historique, les suites et les substitutions sont conservés.')),
 'Choose the OpenAPI document (openapi.json).': ('Wählen Sie das OpenAPI-Dokument (openapi.json).', 'Choisissez le document OpenAPI (openapi.json).'),
 'Document:': ('Dokument:', 'Document :'),
 'Open API &description…': ('API-&Beschreibung öffnen…', 'Ouvrir une &description d\'API…'),
 'Open API description': ('API-Beschreibung öffnen', 'Ouvrir une description d\'API'),
 'OpenAPI documents (*.json);;All files (*)': ('OpenAPI-Dokumente (*.json);;Alle Dateien (*)', 'Documents OpenAPI (*.json);;Tous les fichiers (*)'),
 'The app a FastAPI OpenAPI document describes: its validation, security and example answers, offline':
  ('Die App, die ein FastAPI-OpenAPI-Dokument beschreibt: Validierung, Sicherheit und Beispielantworten, offline',
   "L'app que décrit un document OpenAPI de FastAPI : sa validation, sa sécurité et ses réponses d'exemple, hors ligne"),
 'The document %1 does not exist.': ('Das Dokument %1 existiert nicht.', "Le document %1 n'existe pas."),
 'The document changed': ('Das Dokument hat sich geändert', 'Le document a changé'),
 'The document was reloaded: %n route(s) changed':
  (('Das Dokument wurde neu geladen: %n Route geändert', 'Das Dokument wurde neu geladen: %n Routen geändert'),
   ('Le document a été rechargé : %n route modifiée', 'Le document a été rechargé : %n routes modifiées')),
 'The document was reloaded; no route changed': ('Das Dokument wurde neu geladen; keine Route hat sich geändert', "Le document a été rechargé ; aucune route n'a changé"),
 'openapi.json, as FastAPI serves it': ('openapi.json, wie FastAPI es ausliefert', "openapi.json, tel que FastAPI le sert"),
 'Compare with %1': ('Vergleichen mit %1', 'Comparer avec %1'),
 '%1 and %2 give the same answer.': ('%1 und %2 geben dieselbe Antwort.', '%1 et %2 donnent la même réponse.'),
 '%n difference(s) between %1 (left) and %2 (right).':
  (('%n Unterschied zwischen %1 (links) und %2 (rechts).', '%n Unterschiede zwischen %1 (links) und %2 (rechts).'),
   ('%n différence entre %1 (gauche) et %2 (droite).', '%n différences entre %1 (gauche) et %2 (droite).')),
 '&Compare with…': ('&Vergleichen mit…', '&Comparer avec…'),
 'Compare with': ('Vergleichen mit', 'Comparer avec'),
 'Send this request to another target too (the document and the app, the engine and a server) and list where the answers differ':
  ('Diese Anfrage auch an ein anderes Ziel senden (Dokument und App, Engine und Server) und auflisten, wo sich die Antworten unterscheiden',
   'Envoyer aussi cette requête à une autre cible (le document et l\'app, le moteur et un serveur) et lister où les réponses diffèrent'),
 'Comparing with %1…': ('Vergleiche mit %1…', 'Comparaison avec %1…'),
 'Required: always sent': ('Pflicht: wird immer gesendet', 'Obligatoire : toujours envoyé'),
 'The open suites have problems (see Problems): fix them, then open the files again':
  ('Die geöffneten Suiten haben Probleme (siehe Probleme): beheben Sie sie und öffnen Sie die Dateien erneut',
   'Les suites ouvertes ont des problèmes (voir Problèmes) : corrigez-les, puis rouvrez les fichiers'),
 "Optional: sent when ticked; the app's default otherwise":
  ('Optional: wird gesendet, wenn angehakt; sonst gilt der Standardwert der App',
   "Facultatif : envoyé si coché ; sinon la valeur par défaut de l'app"),
})

# Typed run history (issue 12).
T.update({
 'skipped': ('übersprungen', 'ignoré'),
 'one of %1': ('einer von %1', 'un parmi %1'),
 'Save the request and the answer shown as a test in a suite file':
  ('Die Anfrage und die angezeigte Antwort als Test in einer Suite-Datei speichern',
   'Enregistrer la requête et la réponse affichée comme test dans un fichier de suite'),
 'The composer was edited since the answer shown: send the request again to save it as a test':
  ('Der Editor wurde seit der angezeigten Antwort geändert: senden Sie die Anfrage erneut, um sie als Test zu speichern',
   "L'éditeur a été modifié depuis la réponse affichée : renvoyez la requête pour l'enregistrer comme test"),
 'Send a request first: the test asserts its answer':
  ('Senden Sie zuerst eine Anfrage: der Test prüft ihre Antwort',
   "Envoyez d'abord une requête : le test vérifie sa réponse"),
 'Exporting…': ('Wird exportiert…', 'Export en cours…'),
 "Path edited by hand: it no longer has the route's shape, so the parameter fields below are not used":
  ('Pfad von Hand bearbeitet: er hat nicht mehr die Form der Route, die Parameterfelder unten werden nicht verwendet',
   "Chemin modifié à la main : il n'a plus la forme de la route, les champs de paramètres ci-dessous ne sont pas utilisés"),
 'Reset to route': ('Auf Route zurücksetzen', 'Revenir à la route'),
 'Unsaved changes': ('Ungespeicherte Änderungen', 'Modifications non enregistrées'),
 '%1 has changes that are not saved.': ('%1 hat Änderungen, die nicht gespeichert sind.', '%1 contient des modifications non enregistrées.'),
 "Put the route's own request back (what you typed for it is kept as a draft until then)":
  ('Die eigene Anfrage der Route wiederherstellen (was Sie eingegeben haben, bleibt bis dahin als Entwurf erhalten)',
   "Remettre la requête propre à la route (ce que vous avez saisi reste un brouillon jusque-là)"),
 'This answer is to %1 %2, sent before; the composer holds another request now':
  ('Diese Antwort gehört zu %1 %2, zuvor gesendet; im Editor steht jetzt eine andere Anfrage',
   "Cette réponse est celle de %1 %2, envoyée avant ; l'éditeur contient maintenant une autre requête"),
})

# pytest projects in the window and the CLI (issue 14).
_old_hist = 'Usage: api-replay history [--history PATH] [--last N] [--json]\n       api-replay history [--history PATH] --compare RUN RUN [--json]\n\nLists the last N runs (default 20) and, per test, how often it passed in them;\na test that both passed and failed is marked flaky. --compare lists the tests\nwhose outcome differs between two runs (numbers from the list of runs).\n'
_old_pytest = [k for k in T if k.startswith('Usage: api-replay pytest run')][0]
T.update({
 _old_hist.replace('[--json]\n\nLists', '[--json]\n       api-replay history import-junit FILE... [--history PATH]\n\nLists') + 'import-junit records each JUnit XML file (pytest --junit-xml, CI artefacts) as\na run; reruns in a file (<rerun>, <flakyFailure>, ...) count as attempts, so a\ntest that failed and passed on rerun is flaky. A file that cannot be read is\nnamed and skipped (exit status 2); the others are imported.\n':
  (T[_old_hist][0].replace('[--json]\n\nListet', '[--json]\n       api-replay history import-junit DATEI... [--history PFAD]\n\nListet') + 'import-junit trägt jede JUnit-XML-Datei (pytest --junit-xml, CI-Artefakte) als\nLauf ein; Wiederholungen in einer Datei (<rerun>, <flakyFailure>, ...) zählen als\nVersuche, ein Test, der scheiterte und beim zweiten Versuch bestand, ist also\nwackelig. Eine Datei, die nicht gelesen werden kann, wird genannt und übersprungen\n(Status 2); die anderen werden eingetragen.\n',
   T[_old_hist][1].replace('[--json]\n\nListe', '[--json]\n              api-replay history import-junit FICHIER... [--history CHEMIN]\n\nListe') + "import-junit enregistre chaque fichier JUnit XML (pytest --junit-xml, artefacts de\nCI) comme une exécution ; les relances d'un fichier (<rerun>, <flakyFailure>, ...)\ncomptent comme des tentatives : un test qui a échoué puis réussi à la relance est\ninstable. Un fichier illisible est nommé et ignoré (code 2) ; les autres sont\nimportés.\n"),
 _old_pytest.replace("  --history PATH      the history database; --no-history to skip it\n", "  --timeout S         a test running longer than S seconds ends the pytest process\n                      (the test is an error, the tests after it do not run)\n  --history PATH      the history database; --no-history to skip it\n\nOverrides still set when the run ends are listed, with the test that set them, under\n\"api-test-explorer: left behind\" before pytest's summary line, and so is a\nTestClient used outside `with` on an app whose startup handlers then never ran.\n"):
  (T[_old_pytest][0].replace("  --history PATH      die Historien-Datenbank; --no-history ohne sie\n", "  --timeout S         ein Test, der länger als S Sekunden läuft, beendet den pytest-Prozess\n                      (der Test ist ein Fehler, die Tests danach laufen nicht)\n  --history PATH      die Historien-Datenbank; --no-history ohne sie\n\nOverrides, die am Ende des Laufs noch gesetzt sind, stehen mit dem Test, der sie setzte,\nunter \"api-test-explorer: left behind\" vor der Zusammenfassung von pytest, ebenso ein\nTestClient, der ohne `with` benutzt wurde, obwohl die App Startup-Handler hat.\n"),
   T[_old_pytest][1].replace("  --history PATH      la base d'historique ; --no-history pour s'en passer\n", "  --timeout S         un test qui dure plus de S secondes met fin au processus pytest\n                      (le test est une erreur, les suivants ne s'exécutent pas)\n  --history PATH      la base d'historique ; --no-history pour s'en passer\n\nLes overrides encore posés à la fin sont listés, avec le test qui les a posés, sous\n\"api-test-explorer: left behind\" avant le résumé de pytest, de même qu'un TestClient\nutilisé hors de `with` sur une application dont le démarrage n'a donc jamais eu lieu.\n")),
 'Left set by the pytest run (dependency_overrides never cleared; a test after it sees the double):\n%1':
  ('Vom pytest-Lauf gesetzt gelassen (dependency_overrides nie gelöscht; ein Test danach sieht das Double):\n%1',
   "Laissés par l'exécution pytest (dependency_overrides jamais effacés ; un test suivant voit le double) :\n%1"),
 'give one or more JUnit XML files': ('eine oder mehrere JUnit-XML-Dateien angeben', 'donnez un ou plusieurs fichiers JUnit XML'),
 'run': ('Lauf', 'exécution'),
 'reruns': ('Wiederholungen', 'relances'),
 'Open p&ytest project…': ('p&ytest-Projekt öffnen…', 'Ouvrir un projet p&ytest…'),
 'Run your own pytest suite here: history, pass rates, the fixture timeline, seeds and the polluter search':
  ('Die eigene pytest-Suite hier ausführen: Historie, Erfolgsquoten, Fixture-Zeitleiste, Seeds und die Suche nach dem Verursacher',
   "Lancer votre propre suite pytest ici : historique, taux de réussite, chronologie des fixtures, graines et recherche du pollueur"),
 'Recent pytest pro&jects': ('Letzte pytest-Pro&jekte', 'Pro&jets pytest récents'),
 'Open pytest project (the directory pytest runs in)': ('pytest-Projekt öffnen (das Verzeichnis, in dem pytest läuft)', "Ouvrir un projet pytest (le répertoire où pytest s'exécute)"),
 'needs seconds from 0.001 to 86400, got': ('braucht Sekunden von 0.001 bis 86400, erhalten', 'attend des secondes de 0.001 à 86400, reçu'),
 'Running… %n test(s) done': (('Läuft… %n Test fertig', 'Läuft… %n Tests fertig'), ('En cours… %n test terminé', 'En cours… %n tests terminés')),
 'A pytest project runs in one pytest process per run': ('Ein pytest-Projekt läuft in einem pytest-Prozess pro Lauf', 'Un projet pytest tourne dans un processus pytest par exécution'),
 '<b>pytest project</b> %1': ('<b>pytest-Projekt</b> %1', '<b>Projet pytest</b> %1'),
 'The fixtures pytest sets up appear after a run.': ('Die Fixtures, die pytest aufsetzt, erscheinen nach einem Lauf.', 'Les fixtures que pytest met en place apparaissent après une exécution.'),
 'Collecting the tests of %1 with pytest…': ('Sammle die Tests von %1 mit pytest…', 'Collecte des tests de %1 avec pytest…'),
 'pytest could not collect the tests: %1': ('pytest konnte die Tests nicht sammeln: %1', "pytest n'a pas pu collecter les tests : %1"),
 'pytest collected no tests in %1': ('pytest hat in %1 keine Tests gefunden', "pytest n'a collecté aucun test dans %1"),
 'pytest collected %n test(s): Run all runs them': (('pytest hat %n Test gesammelt: „Alle ausführen“ führt ihn aus', 'pytest hat %n Tests gesammelt: „Alle ausführen“ führt sie aus'), ('pytest a collecté %n test : « Tout exécuter » le lance', 'pytest a collecté %n tests : « Tout exécuter » les lance')),
 'pytest collected no tests in this project': ('pytest hat in diesem Projekt keine Tests gefunden', "pytest n'a collecté aucun test dans ce projet"),
 'Run every test of the project with pytest': ('Jeden Test des Projekts mit pytest ausführen', 'Lancer tous les tests du projet avec pytest'),
 'Running the tests with pytest…': ('Führe die Tests mit pytest aus…', 'Exécution des tests avec pytest…'),
 '%1 → %2': ('%1 → %2', '%1 → %2'),
 '%1 → %2, set by %3': ('%1 → %2, gesetzt von %3', '%1 → %2, posé par %3'),
 '%1 passed, %2 failed, %3 skipped in %4 s': ('%1 bestanden, %2 gescheitert, %3 übersprungen in %4 s', '%1 réussis, %2 échoués, %3 ignorés en %4 s'),
 'Looking for the test that makes %1 fail (one pytest run per step)…': ('Suche den Test, der %1 scheitern lässt (ein pytest-Lauf pro Schritt)…', 'Recherche du test qui fait échouer %1 (une exécution pytest par étape)…'),
})

# Help: Getting started, shortcuts (issue 17).
T.update({
 'Getting started': ('Erste Schritte', 'Premiers pas'),
 "<h2>Getting started</h2><p>API Test Explorer sends requests the way FastAPI's <code>TestClient</code> does and shows what FastAPI answers: the status, the body and, for a 422, each validation error with the place in the request it points to.</p>": ('<h2>Erste Schritte</h2><p>API Test Explorer sendet Anfragen so, wie es <code>TestClient</code> von FastAPI tut, und zeigt, was FastAPI antwortet: den Status, den Body und bei einer 422 jeden Validierungsfehler mit der Stelle in der Anfrage, auf die er zeigt.</p>', "<h2>Premiers pas</h2><p>API Test Explorer envoie les requêtes comme le fait le <code>TestClient</code> de FastAPI et montre ce que FastAPI répond : le statut, le corps et, pour un 422, chaque erreur de validation avec l'endroit de la requête qu'elle désigne.</p>"),
 '<h3>What answers: the target</h3><ul><li><b>forge</b>, the built-in demo app of the tutorial (open now unless you chose another);</li><li><b>your own FastAPI app</b>: File → Open app… → Python app (<code>myproject.main:app</code>), with its dependencies and the doubles you wrote;</li><li><b>an OpenAPI document</b> FastAPI wrote (<code>openapi.json</code>): its validation and 422 bodies as that FastAPI gives them, offline;</li><li><b>a running server</b> (File → Open app… → Live server, or an environment from the toolbar: File → Environments… keeps servers by name with their headers).</li></ul><p>Request → Send to both… puts two targets\' answers side by side. Your <b>pytest suite</b> opens with File → Open pytest project….</p>': ('<h3>Wer antwortet: das Ziel</h3><ul><li><b>forge</b>, die eingebaute Demo-App des Tutorials (jetzt geöffnet, sofern Sie kein anderes gewählt haben);</li><li><b>Ihre eigene FastAPI-App</b>: Datei → App öffnen… → Python-App (<code>myproject.main:app</code>), mit ihren Abhängigkeiten und den Doubles, die Sie geschrieben haben;</li><li><b>ein OpenAPI-Dokument</b>, das FastAPI geschrieben hat (<code>openapi.json</code>): seine Validierung und 422-Antworten so, wie dieses FastAPI sie gibt, offline;</li><li><b>ein laufender Server</b> (Datei → App öffnen… → Laufender Server, oder eine Umgebung aus der Werkzeugleiste: Datei → Umgebungen… verwaltet Server mit Namen und ihren Headern).</li></ul><p>Anfrage → An beide senden… stellt die Antworten zweier Ziele nebeneinander. Ihre <b>pytest-Suite</b> öffnen Sie mit Datei → pytest-Projekt öffnen….</p>', "<h3>Ce qui répond : la cible</h3><ul><li><b>forge</b>, l'application de démonstration intégrée du tutoriel (ouverte maintenant, sauf si vous en avez choisi une autre) ;</li><li><b>votre propre application FastAPI</b> : Fichier → Ouvrir une application… → application Python (<code>myproject.main:app</code>), avec ses dépendances et les doubles que vous avez écrits ;</li><li><b>un document OpenAPI</b> écrit par FastAPI (<code>openapi.json</code>) : sa validation et ses réponses 422 telles que ce FastAPI les donne, hors ligne ;</li><li><b>un serveur en marche</b> (Fichier → Ouvrir une application… → Serveur en marche, ou un environnement de la barre d'outils : Fichier → Environnements… garde des serveurs par nom avec leurs en-têtes).</li></ul><p>Requête → Envoyer aux deux… met côte à côte les réponses de deux cibles. Votre <b>suite pytest</b> s'ouvre avec Fichier → Ouvrir un projet pytest….</p>"),
 "<h3>The tutorial's patterns, and where to try them</h3><ul>": ('<h3>Die Muster des Tutorials und wo man sie ausprobiert</h3><ul>', '<h3>Les motifs du tutoriel, et où les essayer</h3><ul>'),
 '<b>Validation (422)</b>: send %1 with a body that lacks a field or has a bad email; the 422 tab lists each error, a click marks it in the body.': ('<b>Validierung (422)</b>: senden Sie %1 mit einem Body, dem ein Feld fehlt oder der eine falsche E-Mail hat; der 422-Reiter listet jeden Fehler, ein Klick markiert ihn im Body.', "<b>Validation (422)</b> : envoyez %1 avec un corps auquel il manque un champ ou dont l'e-mail est faux ; l'onglet 422 liste chaque erreur, un clic la marque dans le corps."),
 '<b>Dependency overrides</b>: open %1, choose <code>fake_admin</code> for <code>get_current_user</code> under Dependencies, send; it stays set until you clear it, as <code>app.dependency_overrides</code> does.': ('<b>Dependency Overrides</b>: öffnen Sie %1, wählen Sie unter Abhängigkeiten <code>fake_admin</code> für <code>get_current_user</code> und senden Sie; es bleibt gesetzt, bis Sie es löschen, wie <code>app.dependency_overrides</code>.', "<b>Overrides de dépendances</b> : ouvrez %1, choisissez <code>fake_admin</code> pour <code>get_current_user</code> sous Dépendances, envoyez ; il reste posé jusqu'à ce que vous l'effaciez, comme <code>app.dependency_overrides</code>."),
 "<b>Path and query parameters</b>: %1 has a typed field for <code>item_id</code>; type a word and see FastAPI's 422.": ('<b>Pfad- und Query-Parameter</b>: %1 hat ein typisiertes Feld für <code>item_id</code>; tippen Sie ein Wort und sehen Sie die 422 von FastAPI.', '<b>Paramètres de chemin et de requête</b> : %1 a un champ typé pour <code>item_id</code> ; tapez un mot et voyez le 422 de FastAPI.'),
 "<b>Errors raised, not answered</b>: %1 raises; with <i>raise_server_exceptions</i> ticked (TestClient's default) the error reaches the test instead of a 500.": ('<b>Ausgelöste, nicht beantwortete Fehler</b>: %1 löst einen Fehler aus; mit angehaktem <i>raise_server_exceptions</i> (Standard von TestClient) erreicht der Fehler den Test statt einer 500.', "<b>Erreurs levées, pas répondues</b> : %1 lève une erreur ; avec <i>raise_server_exceptions</i> coché (le défaut de TestClient), l'erreur atteint le test au lieu d'un 500."),
 '<b>The lifespan</b>: untick <i>Client session (lifespan)</i> and send %1: startup never ran, as with <code>TestClient(app)</code> outside <code>with</code>.': ('<b>Der Lifespan</b>: nehmen Sie den Haken bei <i>Client-Sitzung (Lifespan)</i> heraus und senden Sie %1: der Startup lief nie, wie bei <code>TestClient(app)</code> ohne <code>with</code>.', "<b>Le lifespan</b> : décochez <i>Session client (lifespan)</i> et envoyez %1 : le démarrage n'a jamais eu lieu, comme avec <code>TestClient(app)</code> hors de <code>with</code>."),
 '<b>Background tasks</b>: creating a user with %1 sends a welcome mail; see it under Recorded mails.': ('<b>Hintergrundaufgaben</b>: ein Benutzer, angelegt mit %1, bekommt eine Willkommensmail; sie steht unter Aufgezeichnete Mails.', "<b>Tâches d'arrière-plan</b> : créer un utilisateur avec %1 envoie un e-mail de bienvenue ; il apparaît sous Mails enregistrés."),
 '<b>WebSockets</b>: %1 echoes what you send.': ('<b>WebSockets</b>: %1 schickt zurück, was Sie senden.', '<b>WebSockets</b> : %1 renvoie ce que vous envoyez.'),
 '<b>Fixtures and their scopes</b>: the suite %1 in the Suites tab, drawn as a timeline.': ('<b>Fixtures und ihre Scopes</b>: die Suite %1 im Reiter Suites, als Zeitleiste gezeichnet.', "<b>Les fixtures et leurs portées</b> : la suite %1 dans l'onglet Suites, dessinée en chronologie."),
 '<b>A flaky test</b>: the suite %1 fails in file order and passes alone; select the failure and press Find polluter.': ('<b>Ein wackeliger Test</b>: die Suite %1 scheitert in Dateireihenfolge und besteht allein; wählen Sie den Fehlschlag und drücken Sie Verursacher finden.', "<b>Un test instable</b> : la suite %1 échoue dans l'ordre des fichiers et réussit seule ; choisissez l'échec et cliquez sur Trouver le pollueur."),
 '<p>Where the tutorial and FastAPI disagree, the window shows what FastAPI does and says why in a yellow note.</p>': ('<p>Wo Tutorial und FastAPI sich widersprechen, zeigt das Fenster, was FastAPI tut, und sagt in einer gelben Notiz, warum.</p>', '<p>Là où le tutoriel et FastAPI divergent, la fenêtre montre ce que fait FastAPI et dit pourquoi dans une note jaune.</p>'),
 '&Getting started': ('&Erste Schritte', '&Premiers pas'),
 '&Keyboard shortcuts': ('&Tastenkürzel', '&Raccourcis clavier'),
 '&Documentation (README)': ('&Dokumentation (README)', '&Documentation (README)'),
 'Indent the selected body lines': ('Die gewählten Body-Zeilen einrücken', 'Indenter les lignes choisies du corps'),
 'Ctrl+]': ('Ctrl+]', 'Ctrl+]'),
 'Dedent the selected body lines': ('Die gewählten Body-Zeilen ausrücken', 'Désindenter les lignes choisies du corps'),
 'Ctrl+[': ('Ctrl+[', 'Ctrl+['),
 "Go from a route to the composer's URL": ('Von einer Route zur URL des Editors', "D'une route à l'URL de l'éditeur"),
 'Next or previous control': ('Nächstes oder vorheriges Bedienelement', 'Contrôle suivant ou précédent'),
 'Keyboard shortcuts': ('Tastenkürzel', 'Raccourcis clavier'),
 'What': ('Was', 'Quoi'),
 'Keys': ('Tasten', 'Touches'),
})

# Compare with…: ignored headers (issue 16).
T.update({
 'Response headers to leave out of the comparison, separated by commas (date and server always are)':
  ('Antwort-Header, die beim Vergleich nicht zählen, durch Kommas getrennt (date und server zählen nie)',
   "En-têtes de réponse à laisser hors de la comparaison, séparés par des virgules (date et server le sont toujours)"),
 'Ignore headers:': ('Header ignorieren:', 'En-têtes ignorés :'),
})

# Send to both… side by side, recent targets in the dialog (issue 16).
T.update({
 "Request → Send to both… shows two targets' answers here.":
  ('Anfrage → An beide senden… zeigt hier die Antworten zweier Ziele.',
   "Requête → Envoyer aux deux… affiche ici les réponses de deux cibles."),
 "Request → Send to both… shows two targets' answers here":
  ('Anfrage → An beide senden… zeigt hier die Antworten zweier Ziele',
   "Requête → Envoyer aux deux… affiche ici les réponses de deux cibles"),
 'Where': ('Wo', 'Où'),
 'Left': ('Links', 'Gauche'),
 'Right': ('Rechts', 'Droite'),
 'Differences': ('Unterschiede', 'Différences'),
 'Left answer': ('Linke Antwort', 'Réponse de gauche'),
 'Right answer': ('Rechte Antwort', 'Réponse de droite'),
 '%1: %2 and %3 give the same answer.': ('%1: %2 und %3 geben dieselbe Antwort.', '%1 : %2 et %3 donnent la même réponse.'),
 '%1: %n difference(s) between %2 (left) and %3 (right).':
  (('%1: %n Unterschied zwischen %2 (links) und %3 (rechts).', '%1: %n Unterschiede zwischen %2 (links) und %3 (rechts).'),
   ('%1 : %n différence entre %2 (gauche) et %3 (droite).', '%1 : %n différences entre %2 (gauche) et %3 (droite).')),
 '&Left: %1': ('&Links: %1', '&Gauche : %1'),
 '&Right: %1': ('&Rechts: %1', '&Droite : %1'),
 'Line %1 on the left, line %2 on the right': ('Zeile %1 links, Zeile %2 rechts', 'Ligne %1 à gauche, ligne %2 à droite'),
 'Send to &both…': ('An &beide senden…', 'Envoyer aux &deux…'),
 'Send to both': ('An beide senden', 'Envoyer aux deux'),
 'Send this request to another target too (the document and the app, the engine and a server) and show both answers side by side':
  ('Diese Anfrage auch an ein anderes Ziel senden (Dokument und App, Engine und Server) und beide Antworten nebeneinander zeigen',
   "Envoyer aussi cette requête à une autre cible (le document et l'app, le moteur et un serveur) et montrer les deux réponses côte à côte"),
 'Recent:': ('Zuletzt:', 'Récents :'),
 'Choose a recent target to fill the form': ('Ein zuletzt geöffnetes Ziel wählen, um das Formular zu füllen', 'Choisir une cible récente pour remplir le formulaire'),
 'Side by side': ('Nebeneinander', 'Côte à côte'),
})

# Environments (issue 16).
T.update({
 'The target could not be opened again (%1); the built-in app answers now.':
  ('Das Ziel ließ sich nicht wieder öffnen (%1); jetzt antwortet die eingebaute App.',
   "La cible n'a pas pu être rouverte (%1) ; l'app intégrée répond désormais."),
 'Environments': ('Umgebungen', 'Environnements'),
 'staging': ('staging', 'staging'),
 'Secret': ('Geheim', 'Secret'),
 "Sent with every request. A secret's value is masked here and kept in the desktop's keychain.":
  ('Wird mit jeder Anfrage gesendet. Der Wert eines Geheimnisses wird hier verdeckt und im Schlüsselbund des Desktops aufbewahrt.',
   "Envoyé avec chaque requête. La valeur d'un secret est masquée ici et gardée dans le trousseau du bureau."),
 '&Add': ('&Hinzufügen', '&Ajouter'),
 'D&uplicate': ('D&uplizieren', 'D&upliquer'),
 'Re&move': ('Ent&fernen', '&Retirer'),
 'Add &header': ('&Header hinzufügen', 'Ajouter un &en-tête'),
 'Remove header': ('Header entfernen', "Retirer l'en-tête"),
 '&Name:': ('&Name:', '&Nom :'),
 '&Base URL:': ('&Basis-URL:', 'URL de &base :'),
 'Save': ('Speichern', 'Enregistrer'),
 '%1: %2': ('%1: %2', '%1 : %2'),
 'local': ('lokal', 'local'),
 'local %1': ('lokal %1', 'local %1'),
 '%1 (copy)': ('%1 (Kopie)', '%1 (copie)'),
 'the keychain did not answer': ('der Schlüsselbund hat nicht geantwortet', "le trousseau n'a pas répondu"),
 'no keychain service is running': ('kein Schlüsselbund-Dienst läuft', "aucun service de trousseau n'est lancé"),
 'Give the environment a name.': ('Geben Sie der Umgebung einen Namen.', "Donnez un nom à l'environnement."),
 'There is another environment named “%1”.': ('Es gibt schon eine Umgebung namens „%1“.', 'Un autre environnement s\'appelle « %1 ».'),
 'The base URL %1': ('Die Basis-URL %1', "L'URL de base %1"),
 'Header: %1': ('Header: %1', 'En-tête : %1'),
 'The value of %1 in %2 could not be read from the keychain: %3':
  ('Der Wert von %1 in %2 ließ sich nicht aus dem Schlüsselbund lesen: %3',
   'La valeur de %1 dans %2 n\'a pas pu être lue dans le trousseau : %3'),
 'No keychain could take the secret values (%1), so %2 are kept in %3, unencrypted.':
  ('Kein Schlüsselbund konnte die geheimen Werte aufnehmen (%1), daher stehen %2 unverschlüsselt in %3.',
   "Aucun trousseau n'a pu prendre les valeurs secrètes (%1) : %2 sont donc gardés en clair dans %3."),
 '%1 are kept in %2, unencrypted: no keychain took them.':
  ('%1 stehen unverschlüsselt in %2: kein Schlüsselbund hat sie aufgenommen.',
   "%1 sont gardés en clair dans %2 : aucun trousseau ne les a pris."),
 '&Environments…': ('&Umgebungen…', '&Environnements…'),
 'Servers by name: a base URL and the headers sent with every request (an API key); chosen from the toolbar':
  ('Server mit Namen: eine Basis-URL und die Header, die mit jeder Anfrage gehen (ein API-Schlüssel); in der Werkzeugleiste gewählt',
   "Des serveurs par nom : une URL de base et les en-têtes envoyés avec chaque requête (une clé d'API) ; choisis dans la barre d'outils"),
 'E&nvironment: ': ('U&mgebung: ', 'E&nvironnement : '),
 'There is no environment named %1': ('Es gibt keine Umgebung namens %1', "Il n'y a pas d'environnement nommé %1"),
 'Opening %1 (%2)…': ('Öffne %1 (%2)…', 'Ouverture de %1 (%2)…'),
 'Secrets are not encrypted': ('Geheimnisse sind nicht verschlüsselt', 'Les secrets ne sont pas chiffrés'),
 'None': ('Keine', 'Aucun'),
 'Manage environments…': ('Umgebungen verwalten…', 'Gérer les environnements…'),
 'Choose an environment to send requests to its server': ('Eine Umgebung wählen, um Anfragen an ihren Server zu senden', 'Choisir un environnement pour envoyer les requêtes à son serveur'),
 'Requests go to %1': ('Anfragen gehen an %1', 'Les requêtes vont à %1'),
 'None: the URL and headers below': ('Keine: die URL und Header unten', "Aucun : l'URL et les en-têtes ci-dessous"),
 'File → Environments… keeps servers by name, with their headers (secrets in the keychain)':
  ('Datei → Umgebungen… verwaltet Server mit Namen und ihren Headern (Geheimnisse im Schlüsselbund)',
   'Fichier → Environnements… garde des serveurs par nom, avec leurs en-têtes (les secrets dans le trousseau)'),
 'Environment:': ('Umgebung:', 'Environnement :'),
 'The address %1': ('Die Adresse %1', "L'adresse %1"),
})

# The FastAPI release of an OpenAPI document (issue 15).
T.update({
 '--fastapi is for an OpenAPI document (--openapi FILE): a built-in app follows --error-style, and your own app or server runs its own FastAPI':
  ('--fastapi gilt für ein OpenAPI-Dokument (--openapi DATEI): eine eingebaute App folgt --error-style, und Ihre eigene App oder Ihr Server läuft mit ihrem eigenen FastAPI',
   "--fastapi vaut pour un document OpenAPI (--openapi FICHIER) : une application intégrée suit --error-style, et votre application ou votre serveur tourne avec son propre FastAPI"),
 '--fastapi takes a FastAPI release such as 0.115 or 0.92.0, not':
  ('--fastapi erwartet eine FastAPI-Version wie 0.115 oder 0.92.0, nicht',
   '--fastapi attend une version de FastAPI comme 0.115 ou 0.92.0, pas'),
 'As its OpenAPI version implies': ('Wie seine OpenAPI-Version nahelegt', 'Comme sa version OpenAPI le laisse entendre'),
 'FastAPI 0.100 to 0.121': ('FastAPI 0.100 bis 0.121', 'FastAPI 0.100 à 0.121'),
 'FastAPI 0.122 to 0.131': ('FastAPI 0.122 bis 0.131', 'FastAPI 0.122 à 0.131'),
 'FastAPI 0.132 or later': ('FastAPI 0.132 oder neuer', 'FastAPI 0.132 ou plus récent'),
 'FastAPI %1': ('FastAPI %1', 'FastAPI %1'),
 'Written by:': ('Geschrieben von:', 'Écrit par :'),
 'Every FastAPI since 0.99 writes OpenAPI 3.1.0, but not every one answers alike: before 0.122 a missing API key or bearer token gets 403, since then 401 with WWW-Authenticate; since 0.132 a JSON body without a Content-Type is refused. An OpenAPI 3.0 document is read as FastAPI 0.9x (--fastapi).':
  ('Jedes FastAPI seit 0.99 schreibt OpenAPI 3.1.0, aber nicht jedes antwortet gleich: vor 0.122 bekommt ein fehlender API-Schlüssel oder Bearer-Token 403, seither 401 mit WWW-Authenticate; seit 0.132 wird ein JSON-Body ohne Content-Type abgelehnt. Ein OpenAPI-3.0-Dokument wird als FastAPI 0.9x gelesen (--fastapi).',
   "Tout FastAPI depuis 0.99 écrit OpenAPI 3.1.0, mais tous ne répondent pas pareil : avant 0.122 une clé d'API ou un jeton bearer manquant reçoit 403, depuis 401 avec WWW-Authenticate ; depuis 0.132 un corps JSON sans Content-Type est refusé. Un document OpenAPI 3.0 est lu comme FastAPI 0.9x (--fastapi)."),
})

for lang, col in (('de', 0), ('fr', 1), ('en', None)):
    path = f'translations/apitest_{lang}.ts'
    tree = ET.parse(path)
    for msg in tree.getroot().iter('message'):
        src = msg.find('source').text
        tr = msg.find('translation')
        numerus = msg.get('numerus') == 'yes'
        if col is None:
            # English plurals: "%n test(s)" reads "1 test" and "2 tests".
            value = ((src.replace('(s)', ''), src.replace('(s)', 's')) if numerus else src)
        elif src in T:
            value = T[src][col]
        else:
            print(f'missing {lang}: {src!r}')
            missing += 1
            continue
        tr.attrib.pop('type', None)
        for child in list(tr):
            tr.remove(child)
        if numerus:
            tr.text = None
            for form in value:
                ET.SubElement(tr, 'numerusform').text = form
        else:
            tr.text = value
    tree.write(path, encoding='utf-8', xml_declaration=True)
sys.exit(1 if missing else 0)
