<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AppOptions</name>
    <message>
        <source>needs a value</source>
        <translation>attend une valeur</translation>
    </message>
    <message>
        <source>--error-style must be v1 or v2, not</source>
        <translation>--error-style doit valoir v1 ou v2, pas</translation>
    </message>
    <message>
        <source>--override takes DEP=DOUBLE, not</source>
        <translation>--override attend DEP=DOUBLE, pas</translation>
    </message>
    <message>
        <source>needs an app in this process; a running server (--base-url) is answered as it is</source>
        <translation>exige une application dans ce processus ; un serveur en marche (--base-url) répond tel qu&apos;il est</translation>
    </message>
    <message>
        <source>--error-style is not for --asgi: the app&apos;s own FastAPI and Pydantic decide the wording of its 422 bodies</source>
        <translation>--error-style ne s&apos;applique pas à --asgi : le FastAPI et le Pydantic de l&apos;application décident du texte de ses réponses 422</translation>
    </message>
    <message>
        <source>--db is for the built-in apps; your app opens its own database</source>
        <translation>--db est pour les applications intégrées ; votre application ouvre sa propre base</translation>
    </message>
    <message>
        <source>--db is for the built-in apps; an OpenAPI document has no database</source>
        <translation>--db est pour les applications intégrées ; un document OpenAPI n&apos;a pas de base</translation>
    </message>
    <message>
        <source>is for a Python app (--asgi MODULE:ATTR)</source>
        <translation>est pour une application Python (--asgi MODULE:ATTR)</translation>
    </message>
    <message>
        <source>is for a running server (--base-url URL)</source>
        <translation>est pour un serveur en marche (--base-url URL)</translation>
    </message>
    <message>
        <source>--asgi takes MODULE:ATTR (as uvicorn does), not</source>
        <translation>--asgi attend MODULE:ATTR (comme uvicorn), pas</translation>
    </message>
    <message>
        <source>--base-url must start with http:// or https://, not</source>
        <translation>--base-url doit commencer par http:// ou https://, pas</translation>
    </message>
    <message>
        <source>--header takes &apos;Name: value&apos;, not</source>
        <translation>--header attend &apos;Nom: valeur&apos;, pas</translation>
    </message>
    <message>
        <source>--timeout takes seconds (a number above 0, at most 86400), not</source>
        <translation>--timeout attend des secondes (un nombre supérieur à 0, au plus 86400), pas</translation>
    </message>
    <message>
        <source>Target (one of):
  --app NAME              a built-in app:
</source>
        <translation>Cible (une parmi) :
  --app NOM               une application intégrée :
</translation>
    </message>
    <message>
        <source>choose one target; these were both given:</source>
        <translation>choisissez une cible ; les deux ont été donnés :</translation>
    </message>
    <message>
        <source>warning:</source>
        <translation>avertissement :</translation>
    </message>
    <message>
        <source>--fastapi is for an OpenAPI document (--openapi FILE): a built-in app follows --error-style, and your own app or server runs its own FastAPI</source>
        <translation>--fastapi vaut pour un document OpenAPI (--openapi FICHIER) : une application intégrée suit --error-style, et votre application ou votre serveur tourne avec son propre FastAPI</translation>
    </message>
    <message>
        <source>--fastapi takes a FastAPI release such as 0.115 or 0.92.0, not</source>
        <translation>--fastapi attend une version de FastAPI comme 0.115 ou 0.92.0, pas</translation>
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
        <translation>  --openapi FILE          une application construite depuis un document OpenAPI
  --asgi MODULE:ATTR      votre application FastAPI, par son vrai TestClient
    --app-dir DIR         mettre DIR en tête de sys.path (comme uvicorn)
    --python EXE          l&apos;interpréteur (par défaut : DIR/.venv/bin/python,
                          sinon python3)
    --doubles MODULE      d&apos;autres dictionnaires DOUBLES (répétable)
  --base-url URL          un serveur en marche, en HTTP
    --header &apos;Name: value&apos;  envoyé avec chaque requête (répétable)
    --insecure            ne pas vérifier les certificats TLS
Réglages :
  --error-style v1|v2     réponses 422 comme FastAPI 0.9x/Pydantic 1 (v1) ou
                          FastAPI 0.132+/Pydantic 2 (v2, par défaut)
  --fastapi RELEASE       le FastAPI qui a écrit un document OpenAPI (p. ex.
                          0.115) : 403 sans identifiants avant 0.122, corps
                          sans Content-Type refusés depuis 0.132
  --override DEP=DOUBLE   remplacer une dépendance par un double (répétable)
  --debug                 le mode debug de l&apos;application : les 500 contiennent la trace
  --db PATH               le fichier de base d&apos;une application intégrée (par défaut :
                          un fichier temporaire neuf pour cette exécution)
  --timeout S             la limite de temps d&apos;une requête, en secondes
</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Usage: api-replay COMMAND [options]

Commands:
</source>
        <translation>Utilisation : api-replay COMMANDE [options]

Commandes :
</translation>
    </message>
    <message>
        <source>
Run &apos;api-replay COMMAND --help&apos; for a command&apos;s options.
&apos;api-replay --version&apos; prints the version.
</source>
        <translation>
&apos;api-replay COMMANDE --help&apos; affiche les options d&apos;une commande.
&apos;api-replay --version&apos; affiche la version.
</translation>
    </message>
    <message>
        <source>unknown command</source>
        <translation>commande inconnue</translation>
    </message>
    <message>
        <source>cannot write the output:</source>
        <translation>impossible d&apos;écrire la sortie :</translation>
    </message>
</context>
<context>
    <name>CompareCommand</name>
    <message>
        <source>send the same requests to two targets and list the differences</source>
        <translation>envoyer les mêmes requêtes à deux cibles et lister les différences</translation>
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
        <translation>Utilisation : api-replay compare --left CIBLE --right CIBLE [--ignore-header NOM]...
                          &lt; requests.jsonl

Une CIBLE s&apos;écrit avec ses options, entre guillemets : &quot;--app forge --error-style v1&quot;,
&quot;--asgi main:app --app-dir .&quot;, &quot;--base-url http://127.0.0.1:8000&quot;.
Chaque ligne de requête (comme pour &apos;api-replay requests&apos;) part vers les deux ; une ligne
JSON par requête dit si les réponses sont identiques, sinon liste les différences par
pointeur JSON (/status, /headers/NOM, /json/..., /text, /exception/...). Les en-têtes
qu&apos;un serveur ajoute de lui-même (date, server) sont ignorés, de même que chaque
--ignore-header NOM. Finit par &apos;N same, M different&apos; ; code 1 si quelque chose
diffère, 2 pour une erreur d&apos;utilisation.
</translation>
    </message>
    <message>
        <source>an unclosed quote in</source>
        <translation>un guillemet non fermé dans</translation>
    </message>
    <message>
        <source>unknown option or missing value</source>
        <translation>option inconnue ou valeur manquante</translation>
    </message>
    <message>
        <source>give both --left TARGET and --right TARGET</source>
        <translation>donnez --left CIBLE et --right CIBLE</translation>
    </message>
    <message>
        <source>unknown option</source>
        <translation>option inconnue</translation>
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
        <translation>Requête → Envoyer aux deux… affiche ici les réponses de deux cibles.</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Gauche</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Droite</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Différences</translation>
    </message>
    <message>
        <source>Left answer</source>
        <translation>Réponse de gauche</translation>
    </message>
    <message>
        <source>Right answer</source>
        <translation>Réponse de droite</translation>
    </message>
    <message>
        <source>%1: %2 and %3 give the same answer.</source>
        <translation>%1 : %2 et %3 donnent la même réponse.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n difference(s) between %2 (left) and %3 (right).</source>
        <translation>
            <numerusform>%1 : %n différence entre %2 (gauche) et %3 (droite).</numerusform>
            <numerusform>%1 : %n différences entre %2 (gauche) et %3 (droite).</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Left: %1</source>
        <translation>&amp;Gauche : %1</translation>
    </message>
    <message>
        <source>&amp;Right: %1</source>
        <translation>&amp;Droite : %1</translation>
    </message>
    <message>
        <source>Line %1 on the left, line %2 on the right</source>
        <translation>Ligne %1 à gauche, ligne %2 à droite</translation>
    </message>
</context>
<context>
    <name>DatabaseView</name>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>No database is open (the lifespan did not run).</source>
        <translation>Aucune base n&apos;est ouverte (le lifespan n&apos;a pas eu lieu).</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données : %1</translation>
    </message>
</context>
<context>
    <name>DependencyPanel</name>
    <message>
        <source>Clear overrides</source>
        <translation>Effacer les overrides</translation>
    </message>
    <message>
        <source>&lt;b&gt;Dependency doubles&lt;/b&gt;</source>
        <translation>&lt;b&gt;Doubles des dépendances&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Dependencies of the selected route&lt;/b&gt;</source>
        <translation>&lt;b&gt;Dépendances de la route choisie&lt;/b&gt;</translation>
    </message>
    <message>
        <source>real</source>
        <translation>réel</translation>
    </message>
    <message>
        <source>%1 → %2, set by %3 at %4</source>
        <translation>%1 → %2, posé par %3 à %4</translation>
    </message>
    <message>
        <source>No overrides are active.</source>
        <translation>Aucun override n&apos;est actif.</translation>
    </message>
    <message>
        <source>Active overrides (they stay until cleared):
%1</source>
        <translation>Overrides actifs (ils restent jusqu&apos;à leur effacement) :
%1</translation>
    </message>
    <message>
        <source>Left set by the pytest run (dependency_overrides never cleared; a test after it sees the double):
%1</source>
        <translation>Laissés par l&apos;exécution pytest (dependency_overrides jamais effacés ; un test suivant voit le double) :
%1</translation>
    </message>
</context>
<context>
    <name>DependencyTreeModel</name>
    <message>
        <source>override set by %1</source>
        <translation>override posé par %1</translation>
    </message>
    <message>
        <source>the real provider</source>
        <translation>le fournisseur réel</translation>
    </message>
    <message>
        <source>Dependency</source>
        <translation>Dépendance</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
</context>
<context>
    <name>EngineClient</name>
    <message>
        <source>This target declares no OAuth2 password flow, so there is no token route to ask.</source>
        <translation>Cette cible ne déclare pas de flux OAuth2 par mot de passe : il n&apos;y a pas de route de jeton à interroger.</translation>
    </message>
    <message>
        <source>The target could not be opened again (%1); the built-in app answers now.</source>
        <translation>La cible n&apos;a pas pu être rouverte (%1) ; l&apos;app intégrée répond désormais.</translation>
    </message>
</context>
<context>
    <name>EnvironmentDialog</name>
    <message>
        <source>Do not verify the TLS certificate (--insecure)</source>
        <translation>Ne pas vérifier le certificat TLS (--insecure)</translation>
    </message>
    <message>
        <source>Environments</source>
        <translation>Environnements</translation>
    </message>
    <message>
        <source>staging</source>
        <translation>staging</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>Sent with every request. A secret&apos;s value is masked here and kept in the desktop&apos;s keychain.</source>
        <translation>Envoyé avec chaque requête. La valeur d&apos;un secret est masquée ici et gardée dans le trousseau du bureau.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Add &amp;header</source>
        <translation>Ajouter un &amp;en-tête</translation>
    </message>
    <message>
        <source>Remove header</source>
        <translation>Retirer l&apos;en-tête</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>URL de &amp;base :</translation>
    </message>
    <message>
        <source>Headers:</source>
        <translation>En-têtes :</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
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
        <translation>%1 (copie)</translation>
    </message>
</context>
<context>
    <name>Environments</name>
    <message>
        <source>the keychain did not answer</source>
        <translation>le trousseau n&apos;a pas répondu</translation>
    </message>
    <message>
        <source>no keychain service is running</source>
        <translation>aucun service de trousseau n&apos;est lancé</translation>
    </message>
    <message>
        <source>Give the environment a name.</source>
        <translation>Donnez un nom à l&apos;environnement.</translation>
    </message>
    <message>
        <source>There is another environment named “%1”.</source>
        <translation>Un autre environnement s&apos;appelle « %1 ».</translation>
    </message>
    <message>
        <source>The base URL %1</source>
        <translation>L&apos;URL de base %1</translation>
    </message>
    <message>
        <source>Header: %1</source>
        <translation>En-tête : %1</translation>
    </message>
    <message>
        <source>The value of %1 in %2 could not be read from the keychain: %3</source>
        <translation>La valeur de %1 dans %2 n&apos;a pas pu être lue dans le trousseau : %3</translation>
    </message>
    <message>
        <source>No keychain could take the secret values (%1), so %2 are kept in %3, unencrypted.</source>
        <translation>Aucun trousseau n&apos;a pu prendre les valeurs secrètes (%1) : %2 sont donc gardés en clair dans %3.</translation>
    </message>
    <message>
        <source>%1 are kept in %2, unencrypted: no keychain took them.</source>
        <translation>%1 sont gardés en clair dans %2 : aucun trousseau ne les a pris.</translation>
    </message>
</context>
<context>
    <name>ExportPytestCommand</name>
    <message>
        <source>write suites as pytest files that use TestClient and dependency_overrides</source>
        <translation>écrire les suites en fichiers pytest qui utilisent TestClient et dependency_overrides</translation>
    </message>
    <message>
        <source>Usage: api-replay export-pytest SUITE.json... --out DIR [--app-module MODULE]

Writes DIR/conftest.py and one DIR/test_&lt;suite&gt;.py per suite. The files import app
and the dependency and double names of the forge contract from MODULE (default
forge_app), so they run against any FastAPI implementation of the contract. Steps
only the engine can do (recorded mails, SQL, row counts) become comments.
</source>
        <translation>Utilisation : api-replay export-pytest SUITE.json... --out RÉP [--app-module MODULE]

Écrit RÉP/conftest.py et un RÉP/test_&lt;suite&gt;.py par suite. Les fichiers importent app
et les noms des dépendances et des doubles du contrat forge depuis MODULE (forge_app
par défaut) : ils tournent contre toute implémentation FastAPI du contrat. Les étapes
que seul le moteur sait faire (mails enregistrés, SQL, nombres de lignes) deviennent
des commentaires.
</translation>
    </message>
    <message>
        <source>unknown option</source>
        <translation>option inconnue</translation>
    </message>
    <message>
        <source>give suite files and --out DIR</source>
        <translation>donnez des fichiers de suite et --out RÉP</translation>
    </message>
</context>
<context>
    <name>FindPolluterCommand</name>
    <message>
        <source>find the test that makes another one fail, and show what it left behind</source>
        <translation>trouver le test qui fait échouer un autre, et montrer ce qu&apos;il a laissé</translation>
    </message>
    <message>
        <source>Usage: api-replay find-polluter SUITE.json --test NAME [--error-style v1|v2]

NAME must pass alone and fail after the tests before it. The tests before it are
halved until one remains that makes NAME fail (as detect-test-pollution does);
then it shows what that test left behind: overrides still set (and who set them),
rows added, the client session left open, recorded mails.
Exit status: 0 when a polluter was found, 1 when not, 2 for usage errors.
</source>
        <translation>Utilisation : api-replay find-polluter SUITE.json --test NOM [--error-style v1|v2]

NOM doit réussir seul et échouer après les tests qui le précèdent. Ces tests sont
coupés en deux jusqu&apos;à ce qu&apos;il en reste un qui fait échouer NOM (comme
detect-test-pollution) ; puis il montre ce que ce test a laissé : overrides encore posés
(et par qui), lignes ajoutées, session client restée ouverte, mails enregistrés.
Code de sortie : 0 si un pollueur est trouvé, 1 sinon, 2 pour une erreur d&apos;utilisation.
</translation>
    </message>
    <message>
        <source>--error-style must be v1 or v2</source>
        <translation>--error-style doit valoir v1 ou v2</translation>
    </message>
    <message>
        <source>unknown option</source>
        <translation>option inconnue</translation>
    </message>
    <message>
        <source>give one suite file and --test NAME</source>
        <translation>donnez un fichier de suite et --test NOM</translation>
    </message>
    <message>
        <source>The test fails on its own: this is not pollution.</source>
        <translation>Le test échoue seul : ce n&apos;est pas une pollution.</translation>
    </message>
    <message>
        <source>The test passes after the tests before it: nothing to find.</source>
        <translation>Le test réussit après les tests qui le précèdent : rien à trouver.</translation>
    </message>
    <message>
        <source>No single test makes it fail (it needs several together).</source>
        <translation>Aucun test seul ne le fait échouer (il en faut plusieurs ensemble).</translation>
    </message>
    <message>
        <source>Polluter:</source>
        <translation>Pollueur :</translation>
    </message>
    <message>
        <source>It makes</source>
        <translation>Il fait échouer</translation>
    </message>
    <message>
        <source>fail with:</source>
        <translation>avec :</translation>
    </message>
    <message>
        <source>What it left behind:</source>
        <translation>Ce qu&apos;il a laissé :</translation>
    </message>
    <message>
        <source>override</source>
        <translation>override</translation>
    </message>
    <message>
        <source>set by</source>
        <translation>posé par</translation>
    </message>
    <message>
        <source>still active</source>
        <translation>toujours actif</translation>
    </message>
    <message>
        <source>row(s) added to</source>
        <translation>ligne(s) ajoutée(s) à</translation>
    </message>
    <message>
        <source>the client session (lifespan) is still open</source>
        <translation>la session client (lifespan) est encore ouverte</translation>
    </message>
    <message>
        <source>recorded mail(s)</source>
        <translation>mail(s) enregistré(s)</translation>
    </message>
    <message>
        <source>nothing visible (overrides, rows, session and mails are clean)</source>
        <translation>rien de visible (overrides, lignes, session et mails sont propres)</translation>
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
        <translation>fonction</translation>
    </message>
    <message>
        <source>tests</source>
        <translation>tests</translation>
    </message>
    <message>
        <source>%1 (%2 scope)
set up for %3 at %4 ms</source>
        <translation>%1 (portée %2)
mise en place pour %3 à %4 ms</translation>
    </message>
    <message>
        <source>torn down after %1 at %2 ms</source>
        <translation>démontée après %1 à %2 ms</translation>
    </message>
    <message>
        <source>never torn down: the run stopped or the app was dropped</source>
        <translation>jamais démontée : l&apos;exécution s&apos;est arrêtée ou l&apos;application a été abandonnée</translation>
    </message>
    <message>
        <source>#%1 %2: %3 in %4 ms</source>
        <translation>#%1 %2 : %3 en %4 ms</translation>
    </message>
    <message>
        <source>Run a suite to see when each fixture is set up and torn down.</source>
        <translation>Exécutez une suite pour voir quand chaque fixture est mise en place et démontée.</translation>
    </message>
    <message>
        <source>Ctrl+wheel zooms</source>
        <translation>Ctrl+molette zoome</translation>
    </message>
    <message>
        <source>class</source>
        <translation>classe</translation>
    </message>
    <message>
        <source>package</source>
        <translation>paquet</translation>
    </message>
</context>
<context>
    <name>GettingStartedDialog</name>
    <message>
        <source>Getting started</source>
        <translation>Premiers pas</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Getting started&lt;/h2&gt;&lt;p&gt;API Test Explorer sends requests the way FastAPI&apos;s &lt;code&gt;TestClient&lt;/code&gt; does and shows what FastAPI answers: the status, the body and, for a 422, each validation error with the place in the request it points to.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Premiers pas&lt;/h2&gt;&lt;p&gt;API Test Explorer envoie les requêtes comme le fait le &lt;code&gt;TestClient&lt;/code&gt; de FastAPI et montre ce que FastAPI répond : le statut, le corps et, pour un 422, chaque erreur de validation avec l&apos;endroit de la requête qu&apos;elle désigne.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The tutorial&apos;s patterns, and where to try them&lt;/h3&gt;&lt;ul&gt;</source>
        <translation>&lt;h3&gt;Les motifs du tutoriel, et où les essayer&lt;/h3&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Validation (422)&lt;/b&gt;: send %1 with a body that lacks a field or has a bad email; the 422 tab lists each error, a click marks it in the body.</source>
        <translation>&lt;b&gt;Validation (422)&lt;/b&gt; : envoyez %1 avec un corps auquel il manque un champ ou dont l&apos;e-mail est faux ; l&apos;onglet 422 liste chaque erreur, un clic la marque dans le corps.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Dependency overrides&lt;/b&gt;: open %1, choose &lt;code&gt;fake_admin&lt;/code&gt; for &lt;code&gt;get_current_user&lt;/code&gt; under Dependencies, send; it stays set until you clear it, as &lt;code&gt;app.dependency_overrides&lt;/code&gt; does.</source>
        <translation>&lt;b&gt;Overrides de dépendances&lt;/b&gt; : ouvrez %1, choisissez &lt;code&gt;fake_admin&lt;/code&gt; pour &lt;code&gt;get_current_user&lt;/code&gt; sous Dépendances, envoyez ; il reste posé jusqu&apos;à ce que vous l&apos;effaciez, comme &lt;code&gt;app.dependency_overrides&lt;/code&gt;.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Path and query parameters&lt;/b&gt;: %1 has a typed field for &lt;code&gt;item_id&lt;/code&gt;; type a word and see FastAPI&apos;s 422.</source>
        <translation>&lt;b&gt;Paramètres de chemin et de requête&lt;/b&gt; : %1 a un champ typé pour &lt;code&gt;item_id&lt;/code&gt; ; tapez un mot et voyez le 422 de FastAPI.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Errors raised, not answered&lt;/b&gt;: %1 raises; with &lt;i&gt;raise_server_exceptions&lt;/i&gt; ticked (TestClient&apos;s default) the error reaches the test instead of a 500.</source>
        <translation>&lt;b&gt;Erreurs levées, pas répondues&lt;/b&gt; : %1 lève une erreur ; avec &lt;i&gt;raise_server_exceptions&lt;/i&gt; coché (le défaut de TestClient), l&apos;erreur atteint le test au lieu d&apos;un 500.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The lifespan&lt;/b&gt;: untick &lt;i&gt;Client session (lifespan)&lt;/i&gt; and send %1: startup never ran, as with &lt;code&gt;TestClient(app)&lt;/code&gt; outside &lt;code&gt;with&lt;/code&gt;.</source>
        <translation>&lt;b&gt;Le lifespan&lt;/b&gt; : décochez &lt;i&gt;Session client (lifespan)&lt;/i&gt; et envoyez %1 : le démarrage n&apos;a jamais eu lieu, comme avec &lt;code&gt;TestClient(app)&lt;/code&gt; hors de &lt;code&gt;with&lt;/code&gt;.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Background tasks&lt;/b&gt;: creating a user with %1 sends a welcome mail; see it under Recorded mails.</source>
        <translation>&lt;b&gt;Tâches d&apos;arrière-plan&lt;/b&gt; : créer un utilisateur avec %1 envoie un e-mail de bienvenue ; il apparaît sous Mails enregistrés.</translation>
    </message>
    <message>
        <source>&lt;b&gt;WebSockets&lt;/b&gt;: %1 echoes what you send.</source>
        <translation>&lt;b&gt;WebSockets&lt;/b&gt; : %1 renvoie ce que vous envoyez.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Fixtures and their scopes&lt;/b&gt;: the suite %1 in the Suites tab, drawn as a timeline.</source>
        <translation>&lt;b&gt;Les fixtures et leurs portées&lt;/b&gt; : la suite %1 dans l&apos;onglet Suites, dessinée en chronologie.</translation>
    </message>
    <message>
        <source>&lt;b&gt;A flaky test&lt;/b&gt;: the suite %1 fails in file order and passes alone; select the failure and press Find polluter.</source>
        <translation>&lt;b&gt;Un test instable&lt;/b&gt; : la suite %1 échoue dans l&apos;ordre des fichiers et réussit seule ; choisissez l&apos;échec et cliquez sur Trouver le pollueur.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Where the tutorial and FastAPI disagree, the window shows what FastAPI does and says why in a yellow note.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Là où le tutoriel et FastAPI divergent, la fenêtre montre ce que fait FastAPI et dit pourquoi dans une note jaune.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;What answers: the target&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;forge&lt;/b&gt;, the built-in demo app of the tutorial (open now unless you chose another);&lt;/li&gt;&lt;li&gt;&lt;b&gt;your own FastAPI app&lt;/b&gt;: File → Open app… → Python app (&lt;code&gt;myproject.main:app&lt;/code&gt;), with its dependencies and the doubles you wrote;&lt;/li&gt;&lt;li&gt;&lt;b&gt;an OpenAPI document&lt;/b&gt; FastAPI wrote (&lt;code&gt;openapi.json&lt;/code&gt;): its validation and 422 bodies as that FastAPI gives them, offline;&lt;/li&gt;&lt;li&gt;&lt;b&gt;a running server&lt;/b&gt; (File → Open app… → Live server, or an environment from the toolbar: File → Environments… keeps servers by name with their headers).&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Request → Send to both… puts two targets&apos; answers side by side. Your &lt;b&gt;pytest suite&lt;/b&gt; opens with File → Open pytest project….&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ce qui répond : la cible&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;forge&lt;/b&gt;, l&apos;application de démonstration intégrée du tutoriel (ouverte maintenant, sauf si vous en avez choisi une autre) ;&lt;/li&gt;&lt;li&gt;&lt;b&gt;votre propre application FastAPI&lt;/b&gt; : Fichier → Ouvrir une application… → application Python (&lt;code&gt;myproject.main:app&lt;/code&gt;), avec ses dépendances et les doubles que vous avez écrits ;&lt;/li&gt;&lt;li&gt;&lt;b&gt;un document OpenAPI&lt;/b&gt; écrit par FastAPI (&lt;code&gt;openapi.json&lt;/code&gt;) : sa validation et ses réponses 422 telles que ce FastAPI les donne, hors ligne ;&lt;/li&gt;&lt;li&gt;&lt;b&gt;un serveur en marche&lt;/b&gt; (Fichier → Ouvrir une application… → Serveur en marche, ou un environnement de la barre d&apos;outils : Fichier → Environnements… garde des serveurs par nom avec leurs en-têtes).&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Requête → Envoyer aux deux… met côte à côte les réponses de deux cibles. Votre &lt;b&gt;suite pytest&lt;/b&gt; s&apos;ouvre avec Fichier → Ouvrir un projet pytest….&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>HintBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>&lt;b&gt;The error was raised, not answered.&lt;/b&gt; TestClient re-raises unhandled errors into the test (&lt;code&gt;raise_server_exceptions=True&lt;/code&gt; is the default). The tutorial&apos;s assert on a 500 only works with it turned off.</source>
        <translation>&lt;b&gt;L&apos;erreur a été levée, pas répondue.&lt;/b&gt; TestClient relance les erreurs non gérées dans le test (&lt;code&gt;raise_server_exceptions=True&lt;/code&gt; par défaut). L&apos;assertion du tutoriel sur un 500 ne marche que si on le désactive.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Startup did not run.&lt;/b&gt; Without &lt;code&gt;with TestClient(app)&lt;/code&gt; requests still work; only the lifespan (startup/shutdown) is skipped, so the database was never opened. There is no &quot;session not open&quot; error in FastAPI.</source>
        <translation>&lt;b&gt;Le démarrage n&apos;a pas eu lieu.&lt;/b&gt; Sans &lt;code&gt;with TestClient(app)&lt;/code&gt; les requêtes marchent ; seul le lifespan (démarrage/arrêt) est sauté, donc la base n&apos;a jamais été ouverte. L&apos;erreur « session not open » n&apos;existe pas dans FastAPI.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No X-Trace-ID on this 500.&lt;/b&gt; The 500 is produced by Starlette&apos;s outermost server-error layer, which the &lt;code&gt;@app.middleware(&quot;http&quot;)&lt;/code&gt; middleware never sees.</source>
        <translation>&lt;b&gt;Pas de X-Trace-ID sur ce 500.&lt;/b&gt; Le 500 est produit par la couche d&apos;erreur serveur la plus externe de Starlette, que le middleware &lt;code&gt;@app.middleware(&quot;http&quot;)&lt;/code&gt; ne voit jamais.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Overrides are still set.&lt;/b&gt; &lt;code&gt;app.dependency_overrides&lt;/code&gt; is global state: they stay until cleared, which is how they leak into the next test.</source>
        <translation>&lt;b&gt;Des overrides sont encore posés.&lt;/b&gt; &lt;code&gt;app.dependency_overrides&lt;/code&gt; est un état global : ils restent jusqu&apos;à leur effacement, et fuient ainsi dans le test suivant.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The tutorial&apos;s mock is a string.&lt;/b&gt; &lt;code&gt;&quot;MockSessionObject&quot;&lt;/code&gt; has no database methods, so the route fails instead of returning 201.</source>
        <translation>&lt;b&gt;Le mock du tutoriel est une chaîne.&lt;/b&gt; &lt;code&gt;&quot;MockSessionObject&quot;&lt;/code&gt; n&apos;a pas de méthodes de base de données, donc la route échoue au lieu de renvoyer 201.</translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <source>list recent runs and per-test pass rates (flaky tests)</source>
        <translation>lister les dernières exécutions et le taux de réussite par test (tests instables)</translation>
    </message>
    <message>
        <source>unknown option</source>
        <translation>option inconnue</translation>
    </message>
    <message>
        <source>Runs (newest first):</source>
        <translation>Exécutions (plus récentes en premier) :</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>réussis</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échoués</translation>
    </message>
    <message>
        <source>Tests:</source>
        <translation>Tests :</translation>
    </message>
    <message>
        <source>of the last</source>
        <translation>sur les</translation>
    </message>
    <message>
        <source>runs</source>
        <translation>dernières exécutions</translation>
    </message>
    <message>
        <source>(flaky)</source>
        <translation>(instable)</translation>
    </message>
    <message>
        <source>needs a positive number, got</source>
        <translation>attend un nombre positif, reçu</translation>
    </message>
    <message>
        <source>(not run)</source>
        <translation>(non exécuté)</translation>
    </message>
    <message>
        <source>flaky</source>
        <translation>instable</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>Tests whose outcome changed from run</source>
        <translation>Tests dont le résultat a changé, de l&apos;exécution</translation>
    </message>
    <message>
        <source>to run</source>
        <translation>à l&apos;exécution</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignoré</translation>
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
        <translation>Utilisation : api-replay history [--history CHEMIN] [--last N] [--json]
              api-replay history [--history CHEMIN] --compare EXÉC EXÉC [--json]
              api-replay history import-junit FICHIER... [--history CHEMIN]

Liste les N dernières exécutions (20 par défaut) et, par test, combien de fois il a
réussi ; un test qui a réussi et échoué est marqué instable. --compare liste les
tests dont le résultat diffère entre deux exécutions (numéros de la liste).
import-junit enregistre chaque fichier JUnit XML (pytest --junit-xml, artefacts de
CI) comme une exécution ; les relances d&apos;un fichier (&lt;rerun&gt;, &lt;flakyFailure&gt;, ...)
comptent comme des tentatives : un test qui a échoué puis réussi à la relance est
instable. Un fichier illisible est nommé et ignoré (code 2) ; les autres sont
importés.
</translation>
    </message>
    <message>
        <source>needs a value</source>
        <translation>attend une valeur</translation>
    </message>
    <message>
        <source>give one or more JUnit XML files</source>
        <translation>donnez un ou plusieurs fichiers JUnit XML</translation>
    </message>
    <message>
        <source>run</source>
        <translation>exécution</translation>
    </message>
    <message>
        <source>tests</source>
        <translation>tests</translation>
    </message>
    <message>
        <source>reruns</source>
        <translation>relances</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Search method, path, status</source>
        <translation>Chercher méthode, chemin, statut</translation>
    </message>
    <message>
        <source>Double-click to load the request into the composer</source>
        <translation>Double-cliquer pour charger la requête dans l&apos;éditeur</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>µs</source>
        <translation>µs</translation>
    </message>
    <message>
        <source>The request history could not be read and was moved aside to %1; a new one was started.</source>
        <translation>L&apos;historique des requêtes était illisible et a été déplacé vers %1 ; un nouveau a été commencé.</translation>
    </message>
</context>
<context>
    <name>JsonDiffModel</name>
    <message>
        <source>(missing)</source>
        <translation>(manquant)</translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation>(absent)</translation>
    </message>
    <message>
        <source>Where (JSON pointer)</source>
        <translation>Où (pointeur JSON)</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Obtenu</translation>
    </message>
</context>
<context>
    <name>JsonTreeModel</name>
    <message numerus="yes">
        <source>{%n key(s)}</source>
        <translation>
            <numerusform>{%n clé}</numerusform>
            <numerusform>{%n clés}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n élément]</numerusform>
            <numerusform>[%n éléments]</numerusform>
        </translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
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
        <translation>À</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Client session (lifespan)</source>
        <translation>Session client (lifespan)</translation>
    </message>
    <message>
        <source>raise_server_exceptions</source>
        <translation>raise_server_exceptions</translation>
    </message>
    <message>
        <source>App debug</source>
        <translation>Debug de l&apos;app</translation>
    </message>
    <message>
        <source>Filter routes (method, path, summary)</source>
        <translation>Filtrer les routes (méthode, chemin, résumé)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Routes&lt;/b&gt;</source>
        <translation>&lt;b&gt;Routes&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Dependencies</source>
        <translation>Dépendances</translation>
    </message>
    <message>
        <source>Recorded mails</source>
        <translation>Mails enregistrés</translation>
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
        <translation>Les mots des réponses 422</translation>
    </message>
    <message>
        <source>`with TestClient(app)`: startup ran and shutdown runs when it ends</source>
        <translation>`with TestClient(app)` : le démarrage a eu lieu, l&apos;arrêt a lieu à la fin</translation>
    </message>
    <message>
        <source>Re-raise unhandled errors into the caller instead of answering 500</source>
        <translation>Relancer les erreurs non gérées vers l&apos;appelant au lieu de répondre 500</translation>
    </message>
    <message>
        <source>FastAPI(debug=True): 500 bodies carry the traceback</source>
        <translation>FastAPI(debug=True) : les réponses 500 contiennent la trace</translation>
    </message>
    <message>
        <source>%1 in %2 µs</source>
        <translation>%1 en %2 µs</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Traitement…</translation>
    </message>
    <message numerus="yes">
        <source>forge loaded: %n route(s)</source>
        <translation>
            <numerusform>forge chargé : %n route</numerusform>
            <numerusform>forge chargé : %n routes</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>&amp;Requête</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>Copy as &amp;curl</source>
        <translation>Copier comme &amp;curl</translation>
    </message>
    <message>
        <source>Copy as &amp;pytest test</source>
        <translation>Copier comme test &amp;pytest</translation>
    </message>
    <message>
        <source>C&amp;lear overrides</source>
        <translation>E&amp;ffacer les overrides</translation>
    </message>
    <message>
        <source>&amp;Filter routes</source>
        <translation>&amp;Filtrer les routes</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About API Test Explorer</source>
        <translation>&amp;À propos d&apos;API Test Explorer</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Error style: </source>
        <translation>Style d&apos;erreurs : </translation>
    </message>
    <message>
        <source>Copied as curl</source>
        <translation>Copié comme curl</translation>
    </message>
    <message>
        <source>Copied as a pytest test</source>
        <translation>Copié comme test pytest</translation>
    </message>
    <message>
        <source>About API Test Explorer</source>
        <translation>À propos d&apos;API Test Explorer</translation>
    </message>
    <message>
        <source>&lt;h3&gt;API Test Explorer %1&lt;/h3&gt;&lt;p&gt;Explore and replay FastAPI-style API tests against an embedded engine that answers like FastAPI, Starlette and Pydantic.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;API Test Explorer %1&lt;/h3&gt;&lt;p&gt;Explorer et rejouer des tests d&apos;API à la FastAPI avec un moteur intégré qui répond comme FastAPI, Starlette et Pydantic.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Explore</source>
        <translation>Explorer</translation>
    </message>
    <message>
        <source>Suites</source>
        <translation>Suites</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Save as &amp;test…</source>
        <translation>Enregistrer comme &amp;test…</translation>
    </message>
    <message>
        <source>Saved %1 to %2</source>
        <translation>%1 enregistré dans %2</translation>
    </message>
    <message>
        <source>Save as test</source>
        <translation>Enregistrer comme test</translation>
    </message>
    <message>
        <source>Save as test in suite</source>
        <translation>Enregistrer comme test dans la suite</translation>
    </message>
    <message>
        <source>Suites (*.json)</source>
        <translation>Suites (*.json)</translation>
    </message>
    <message>
        <source>The fixtures of the open suite: scope, autouse, what they use</source>
        <translation>Les fixtures de la suite ouverte : portée, autouse, ce qu&apos;elles utilisent</translation>
    </message>
    <message>
        <source>&lt;b&gt;Fixtures&lt;/b&gt; of the open suite</source>
        <translation>&lt;b&gt;Fixtures&lt;/b&gt; de la suite ouverte</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Leave the work that does not finish behind and restart the engine (toggles and overrides are kept)</source>
        <translation>Laisser derrière le travail qui ne finit pas et redémarrer le moteur (options et overrides conservés)</translation>
    </message>
    <message>
        <source>Still working… Cancel leaves it behind.</source>
        <translation>Toujours en cours… Annuler le laisse derrière.</translation>
    </message>
    <message>
        <source>Cancelled: the engine was restarted; the stuck work goes on in the background and its answer is dropped.</source>
        <translation>Annulé : le moteur a été redémarré ; le travail bloqué continue en arrière-plan et sa réponse sera ignorée.</translation>
    </message>
    <message>
        <source>Running suites… (Cancel stops after the current test)</source>
        <translation>Exécution des suites… (Annuler arrête après le test en cours)</translation>
    </message>
    <message>
        <source>&amp;Open suites…</source>
        <translation>&amp;Ouvrir des suites…</translation>
    </message>
    <message>
        <source>Open &amp;recent suites</source>
        <translation>Suites &amp;récentes</translation>
    </message>
    <message>
        <source>&amp;Export suites as pytest…</source>
        <translation>&amp;Exporter les suites en pytest…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;System colours</source>
        <translation>Couleurs du &amp;système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <source>Drop suite files (.json) to open them</source>
        <translation>Déposez des fichiers de suite (.json) pour les ouvrir</translation>
    </message>
    <message>
        <source>API Test Explorer</source>
        <translation>API Test Explorer</translation>
    </message>
    <message>
        <source>%1 answers now</source>
        <translation>%1 répond maintenant</translation>
    </message>
    <message>
        <source>The app could not be opened</source>
        <translation>L&apos;application n&apos;a pas pu être ouverte</translation>
    </message>
    <message>
        <source>The previous app still answers.</source>
        <translation>L&apos;application précédente répond toujours.</translation>
    </message>
    <message>
        <source>Open &amp;app…</source>
        <translation>Ouvrir une &amp;application…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Recent a&amp;pps</source>
        <translation>A&amp;pplications récentes</translation>
    </message>
    <message>
        <source>API Test Explorer — %1</source>
        <translation>API Test Explorer — %1</translation>
    </message>
    <message>
        <source>This app&apos;s own FastAPI and Pydantic decide the words</source>
        <translation>Le FastAPI et le Pydantic de cette application décident du texte</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <source>The document was reloaded; no route changed</source>
        <translation>Le document a été rechargé ; aucune route n&apos;a changé</translation>
    </message>
    <message numerus="yes">
        <source>The document was reloaded: %n route(s) changed</source>
        <translation>
            <numerusform>Le document a été rechargé : %n route modifiée</numerusform>
            <numerusform>Le document a été rechargé : %n routes modifiées</numerusform>
        </translation>
    </message>
    <message>
        <source>The document changed</source>
        <translation>Le document a changé</translation>
    </message>
    <message numerus="yes">
        <source>%n route(s) added, changed or removed. History, suites and overrides are kept.</source>
        <translation>
            <numerusform>%n route ajoutée, modifiée ou supprimée. L&apos;historique, les suites et les substitutions sont conservés.</numerusform>
            <numerusform>%n routes ajoutées, modifiées ou supprimées. L&apos;historique, les suites et les substitutions sont conservés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open API &amp;description…</source>
        <translation>Ouvrir une &amp;description d&apos;API…</translation>
    </message>
    <message>
        <source>Serve the app an OpenAPI document describes (FastAPI&apos;s openapi.json): validation and answers as that FastAPI gives them</source>
        <translation>Servir l&apos;app que décrit un document OpenAPI (l&apos;openapi.json de FastAPI) : validation et réponses comme ce FastAPI les donne</translation>
    </message>
    <message>
        <source>Open API description</source>
        <translation>Ouvrir une description d&apos;API</translation>
    </message>
    <message>
        <source>OpenAPI documents (*.json);;All files (*)</source>
        <translation>Documents OpenAPI (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 and %2 give the same answer.</source>
        <translation>%1 et %2 donnent la même réponse.</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) between %1 (left) and %2 (right).</source>
        <translation>
            <numerusform>%n différence entre %1 (gauche) et %2 (droite).</numerusform>
            <numerusform>%n différences entre %1 (gauche) et %2 (droite).</numerusform>
        </translation>
    </message>
    <message>
        <source>Comparing with %1…</source>
        <translation>Comparaison avec %1…</translation>
    </message>
    <message>
        <source>Save the request and the answer shown as a test in a suite file</source>
        <translation>Enregistrer la requête et la réponse affichée comme test dans un fichier de suite</translation>
    </message>
    <message>
        <source>The composer was edited since the answer shown: send the request again to save it as a test</source>
        <translation>L&apos;éditeur a été modifié depuis la réponse affichée : renvoyez la requête pour l&apos;enregistrer comme test</translation>
    </message>
    <message>
        <source>Send a request first: the test asserts its answer</source>
        <translation>Envoyez d&apos;abord une requête : le test vérifie sa réponse</translation>
    </message>
    <message>
        <source>This answer is to %1 %2, sent before; the composer holds another request now</source>
        <translation>Cette réponse est celle de %1 %2, envoyée avant ; l&apos;éditeur contient maintenant une autre requête</translation>
    </message>
    <message>
        <source>Open p&amp;ytest project…</source>
        <translation>Ouvrir un projet p&amp;ytest…</translation>
    </message>
    <message>
        <source>Run your own pytest suite here: history, pass rates, the fixture timeline, seeds and the polluter search</source>
        <translation>Lancer votre propre suite pytest ici : historique, taux de réussite, chronologie des fixtures, graines et recherche du pollueur</translation>
    </message>
    <message>
        <source>Recent pytest pro&amp;jects</source>
        <translation>Pro&amp;jets pytest récents</translation>
    </message>
    <message>
        <source>Open pytest project (the directory pytest runs in)</source>
        <translation>Ouvrir un projet pytest (le répertoire où pytest s&apos;exécute)</translation>
    </message>
    <message>
        <source>Filter routes</source>
        <translation>Filtrer les routes</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>&amp;Premiers pas</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;Documentation (README)</source>
        <translation>&amp;Documentation (README)</translation>
    </message>
    <message>
        <source>Indent the selected body lines</source>
        <translation>Indenter les lignes choisies du corps</translation>
    </message>
    <message>
        <source>Ctrl+]</source>
        <translation>Ctrl+]</translation>
    </message>
    <message>
        <source>Dedent the selected body lines</source>
        <translation>Désindenter les lignes choisies du corps</translation>
    </message>
    <message>
        <source>Ctrl+[</source>
        <translation>Ctrl+[</translation>
    </message>
    <message>
        <source>Go from a route to the composer&apos;s URL</source>
        <translation>D&apos;une route à l&apos;URL de l&apos;éditeur</translation>
    </message>
    <message>
        <source>Next or previous control</source>
        <translation>Contrôle suivant ou précédent</translation>
    </message>
    <message>
        <source>Send to &amp;both…</source>
        <translation>Envoyer aux &amp;deux…</translation>
    </message>
    <message>
        <source>Send to both</source>
        <translation>Envoyer aux deux</translation>
    </message>
    <message>
        <source>Send this request to another target too (the document and the app, the engine and a server) and show both answers side by side</source>
        <translation>Envoyer aussi cette requête à une autre cible (le document et l&apos;app, le moteur et un serveur) et montrer les deux réponses côte à côte</translation>
    </message>
    <message>
        <source>&amp;Environments…</source>
        <translation>&amp;Environnements…</translation>
    </message>
    <message>
        <source>Servers by name: a base URL and the headers sent with every request (an API key); chosen from the toolbar</source>
        <translation>Des serveurs par nom : une URL de base et les en-têtes envoyés avec chaque requête (une clé d&apos;API) ; choisis dans la barre d&apos;outils</translation>
    </message>
    <message>
        <source>E&amp;nvironment: </source>
        <translation>E&amp;nvironnement : </translation>
    </message>
    <message>
        <source>There is no environment named %1</source>
        <translation>Il n&apos;y a pas d&apos;environnement nommé %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Opening %1 (%2)…</source>
        <translation>Ouverture de %1 (%2)…</translation>
    </message>
    <message>
        <source>Secrets are not encrypted</source>
        <translation>Les secrets ne sont pas chiffrés</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Manage environments…</source>
        <translation>Gérer les environnements…</translation>
    </message>
    <message>
        <source>Choose an environment to send requests to its server</source>
        <translation>Choisir un environnement pour envoyer les requêtes à son serveur</translation>
    </message>
    <message>
        <source>Requests go to %1</source>
        <translation>Les requêtes vont à %1</translation>
    </message>
</context>
<context>
    <name>OpenApiCommand</name>
    <message>
        <source>print the app&apos;s OpenAPI document as FastAPI generates it</source>
        <translation>afficher le document OpenAPI de l&apos;application tel que FastAPI le génère</translation>
    </message>
    <message>
        <source>Usage: api-replay openapi [TARGET] [--error-style v1|v2]

v1 prints FastAPI 0.9x&apos;s document (OpenAPI 3.0.2, Pydantic 1 schemas),
v2 FastAPI 0.132&apos;s (OpenAPI 3.1.0, Pydantic 2 schemas).

Options:
</source>
        <translation>Utilisation : api-replay openapi [CIBLE] [--error-style v1|v2]

v1 affiche le document de FastAPI 0.9x (OpenAPI 3.0.2, schémas Pydantic 1),
v2 celui de FastAPI 0.132 (OpenAPI 3.1.0, schémas Pydantic 2).

Options :
</translation>
    </message>
</context>
<context>
    <name>OpenTargetDialog</name>
    <message>
        <source>Open app</source>
        <translation>Ouvrir une application</translation>
    </message>
    <message>
        <source>Built-in app</source>
        <translation>Application intégrée</translation>
    </message>
    <message>
        <source>Python app (your FastAPI app)</source>
        <translation>Application Python (votre application FastAPI)</translation>
    </message>
    <message>
        <source>OpenAPI document</source>
        <translation>Document OpenAPI</translation>
    </message>
    <message>
        <source>Live server</source>
        <translation>Serveur en marche</translation>
    </message>
    <message>
        <source>App:</source>
        <translation>Application :</translation>
    </message>
    <message>
        <source>The module and the attribute that holds the app, as uvicorn takes them</source>
        <translation>Le module et l&apos;attribut qui contient l&apos;application, comme uvicorn les prend</translation>
    </message>
    <message>
        <source>the project directory (put first on sys.path)</source>
        <translation>le répertoire du projet (mis en tête de sys.path)</translation>
    </message>
    <message>
        <source>more modules with DOUBLES dicts, comma-separated</source>
        <translation>d&apos;autres modules avec des dictionnaires DOUBLES, séparés par des virgules</translation>
    </message>
    <message>
        <source>App (module:attr):</source>
        <translation>Application (module:attribut) :</translation>
    </message>
    <message>
        <source>App directory:</source>
        <translation>Répertoire de l&apos;application :</translation>
    </message>
    <message>
        <source>App directory</source>
        <translation>Répertoire de l&apos;application</translation>
    </message>
    <message>
        <source>Interpreter:</source>
        <translation>Interpréteur :</translation>
    </message>
    <message>
        <source>Python interpreter</source>
        <translation>Interpréteur Python</translation>
    </message>
    <message>
        <source>Doubles modules:</source>
        <translation>Modules de doubles :</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>What answers:</source>
        <translation>Qui répond :</translation>
    </message>
    <message>
        <source>Give the app as module:attr, for example myproject.main:app.</source>
        <translation>Donnez l&apos;application sous la forme module:attribut, par exemple myproject.main:app.</translation>
    </message>
    <message>
        <source>“%1” is not module:attr (the module, a colon, the attribute).</source>
        <translation>« %1 » n&apos;est pas module:attribut (le module, deux-points, l&apos;attribut).</translation>
    </message>
    <message>
        <source>The app directory %1 does not exist.</source>
        <translation>Le répertoire de l&apos;application %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 (found in the app directory)</source>
        <translation>%1 (trouvé dans le répertoire de l&apos;application)</translation>
    </message>
    <message>
        <source>python3 from PATH</source>
        <translation>python3 depuis PATH</translation>
    </message>
    <message>
        <source>Do not verify the TLS certificate (--insecure)</source>
        <translation>Ne pas vérifier le certificat TLS (--insecure)</translation>
    </message>
    <message>
        <source>Name: value, one per line (sent with every request)</source>
        <translation>Nom: valeur, un par ligne (envoyé avec chaque requête)</translation>
    </message>
    <message>
        <source>Base URL:</source>
        <translation>URL de base :</translation>
    </message>
    <message>
        <source>Headers:</source>
        <translation>En-têtes :</translation>
    </message>
    <message>
        <source>Give the server&apos;s address, starting with http:// or https://.</source>
        <translation>Donnez l&apos;adresse du serveur, commençant par http:// ou https://.</translation>
    </message>
    <message>
        <source>“%1” is not a header (Name: value).</source>
        <translation>« %1 » n&apos;est pas un en-tête (Nom: valeur).</translation>
    </message>
    <message>
        <source>The app a FastAPI OpenAPI document describes: its validation, security and example answers, offline</source>
        <translation>L&apos;app que décrit un document OpenAPI de FastAPI : sa validation, sa sécurité et ses réponses d&apos;exemple, hors ligne</translation>
    </message>
    <message>
        <source>openapi.json, as FastAPI serves it</source>
        <translation>openapi.json, tel que FastAPI le sert</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>Document :</translation>
    </message>
    <message>
        <source>OpenAPI documents (*.json);;All files (*)</source>
        <translation>Documents OpenAPI (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose the OpenAPI document (openapi.json).</source>
        <translation>Choisissez le document OpenAPI (openapi.json).</translation>
    </message>
    <message>
        <source>The document %1 does not exist.</source>
        <translation>Le document %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Response headers to leave out of the comparison, separated by commas (date and server always are)</source>
        <translation>En-têtes de réponse à laisser hors de la comparaison, séparés par des virgules (date et server le sont toujours)</translation>
    </message>
    <message>
        <source>Ignore headers:</source>
        <translation>En-têtes ignorés :</translation>
    </message>
    <message>
        <source>Recent:</source>
        <translation>Récents :</translation>
    </message>
    <message>
        <source>Choose a recent target to fill the form</source>
        <translation>Choisir une cible récente pour remplir le formulaire</translation>
    </message>
    <message>
        <source>None: the URL and headers below</source>
        <translation>Aucun : l&apos;URL et les en-têtes ci-dessous</translation>
    </message>
    <message>
        <source>File → Environments… keeps servers by name, with their headers (secrets in the keychain)</source>
        <translation>Fichier → Environnements… garde des serveurs par nom, avec leurs en-têtes (les secrets dans le trousseau)</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Environnement :</translation>
    </message>
    <message>
        <source>The address %1</source>
        <translation>L&apos;adresse %1</translation>
    </message>
    <message>
        <source>As its OpenAPI version implies</source>
        <translation>Comme sa version OpenAPI le laisse entendre</translation>
    </message>
    <message>
        <source>FastAPI 0.100 to 0.121</source>
        <translation>FastAPI 0.100 à 0.121</translation>
    </message>
    <message>
        <source>FastAPI 0.122 to 0.131</source>
        <translation>FastAPI 0.122 à 0.131</translation>
    </message>
    <message>
        <source>FastAPI 0.132 or later</source>
        <translation>FastAPI 0.132 ou plus récent</translation>
    </message>
    <message>
        <source>Every FastAPI since 0.99 writes OpenAPI 3.1.0, but not every one answers alike: before 0.122 a missing API key or bearer token gets 403, since then 401 with WWW-Authenticate; since 0.132 a JSON body without a Content-Type is refused. An OpenAPI 3.0 document is read as FastAPI 0.9x (--fastapi).</source>
        <translation>Tout FastAPI depuis 0.99 écrit OpenAPI 3.1.0, mais tous ne répondent pas pareil : avant 0.122 une clé d&apos;API ou un jeton bearer manquant reçoit 403, depuis 401 avec WWW-Authenticate ; depuis 0.132 un corps JSON sans Content-Type est refusé. Un document OpenAPI 3.0 est lu comme FastAPI 0.9x (--fastapi).</translation>
    </message>
    <message>
        <source>Written by:</source>
        <translation>Écrit par :</translation>
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
        <translation>Taux de réussite par test sur les dernières exécutions</translation>
    </message>
    <message>
        <source>passed %</source>
        <translation>réussi %</translation>
    </message>
    <message>
        <source>%1 (flaky)</source>
        <translation>%1 (instable)</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 dans %2</translation>
    </message>
    <message>
        <source>failed %</source>
        <translation>échoué %</translation>
    </message>
</context>
<context>
    <name>PytestCommand</name>
    <message>
        <source>run your own pytest suite: history, random order, polluter search</source>
        <translation>lancer votre propre suite pytest : historique, ordre aléatoire, recherche du pollueur</translation>
    </message>
    <message>
        <source>needs a value</source>
        <translation>attend une valeur</translation>
    </message>
    <message>
        <source>needs a whole number from</source>
        <translation>attend un nombre entier de</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>got</source>
        <translation>reçu</translation>
    </message>
    <message>
        <source>unknown option</source>
        <translation>option inconnue</translation>
    </message>
    <message>
        <source>pytest&apos;s own options go after --</source>
        <translation>les options propres à pytest vont après --</translation>
    </message>
    <message>
        <source>unknown subcommand</source>
        <translation>sous-commande inconnue</translation>
    </message>
    <message>
        <source>run or find-polluter</source>
        <translation>run ou find-polluter</translation>
    </message>
    <message>
        <source>unexpected argument</source>
        <translation>argument inattendu</translation>
    </message>
    <message>
        <source>pytest&apos;s own arguments go after --</source>
        <translation>les arguments propres à pytest vont après --</translation>
    </message>
    <message>
        <source>Pass rate per test:</source>
        <translation>Taux de réussite par test :</translation>
    </message>
    <message>
        <source>give one node id, such as</source>
        <translation>donnez un node id, par exemple</translation>
    </message>
    <message>
        <source>did not run in that run</source>
        <translation>n&apos;a pas tourné dans cette exécution</translation>
    </message>
    <message>
        <source>is not collected by pytest</source>
        <translation>n&apos;est pas collecté par pytest</translation>
    </message>
    <message>
        <source>The test fails on its own: this is not pollution.</source>
        <translation>Le test échoue seul : ce n&apos;est pas une pollution.</translation>
    </message>
    <message>
        <source>The test passes after the tests before it: no polluter to find in this order.</source>
        <translation>Le test réussit après ceux qui le précèdent : pas de pollueur à trouver dans cet ordre.</translation>
    </message>
    <message>
        <source>No single test makes it fail: the pollution needs several tests together.</source>
        <translation>Aucun test seul ne le fait échouer : la pollution demande plusieurs tests ensemble.</translation>
    </message>
    <message>
        <source>no dependency override (look at module state, caches, files)</source>
        <translation>aucun override de dépendance (regardez l&apos;état des modules, les caches, les fichiers)</translation>
    </message>
    <message>
        <source>pytest runs</source>
        <translation>exécutions de pytest</translation>
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
        <translation>Utilisation : api-replay pytest run [options] [-- ARGUMENTS PYTEST...]
              api-replay pytest find-polluter NODEID [options] [--run ID] [-- ARGUMENTS PYTEST...]

Lance les tests du projet avec pytest lui-même (notre plugin est chargé avec -p ; rien
à installer). run affiche la progression et le résumé de pytest, enregistre chaque test
dans l&apos;historique à sa fin (fichier = son chemin, nom = le reste du node id) et sort
avec le code de pytest. find-polluter vérifie que NODEID réussit seul et échoue après
les tests qui le précèdent (dans l&apos;ordre des fichiers, ou dans celui de l&apos;exécution
enregistrée ID), puis les coupe en deux, un pytest neuf par étape, jusqu&apos;à ce qu&apos;il
en reste un.

Options :
  --rootdir DIR       où pytest s&apos;exécute (par défaut : le répertoire courant)
  --python EXE        l&apos;interpréteur (par défaut : DIR/.venv/bin/python, sinon python3)
  --seed N|last       ordre aléatoire comme pytest-randomly : modules, classes, fonctions
  --repeat N          lancer la suite N fois et afficher un taux de réussite par test
  --junit-xml FILE    JUnit XML (celui de pytest)
  --timeout S         un test qui dure plus de S secondes met fin au processus pytest
                      (le test est une erreur, les suivants ne s&apos;exécutent pas)
  --history PATH      la base d&apos;historique ; --no-history pour s&apos;en passer

Les overrides encore posés à la fin sont listés, avec le test qui les a posés, sous
&quot;api-test-explorer: left behind&quot; avant le résumé de pytest, de même qu&apos;un TestClient
utilisé hors de `with` sur une application dont le démarrage n&apos;a donc jamais eu lieu.
</translation>
    </message>
    <message>
        <source>needs seconds from 0.001 to 86400, got</source>
        <translation>attend des secondes de 0.001 à 86400, reçu</translation>
    </message>
</context>
<context>
    <name>RequestEditor</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <source>Fill from schema</source>
        <translation>Remplir depuis le schéma</translation>
    </message>
    <message>
        <source>Authorize…</source>
        <translation>Autoriser…</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Send the request (Ctrl+Return)</source>
        <translation>Envoyer la requête (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>JSON body (sent as it is, even when it is not valid JSON)</source>
        <translation>Corps JSON (envoyé tel quel, même s&apos;il n&apos;est pas du JSON valide)</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corps</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>En-têtes</translation>
    </message>
    <message>
        <source>Authorize</source>
        <translation>Autoriser</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>Nom d&apos;utilisateur :</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <source>Path parameter %1: %2</source>
        <translation>Paramètre de chemin %1 : %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Get a token from the app&apos;s OAuth2 token route and set the Authorization header</source>
        <translation>Obtenir un jeton de la route OAuth2 de l&apos;application et poser l&apos;en-tête Authorization</translation>
    </message>
    <message>
        <source>Required: always sent</source>
        <translation>Obligatoire : toujours envoyé</translation>
    </message>
    <message>
        <source>Optional: sent when ticked; the app&apos;s default otherwise</source>
        <translation>Facultatif : envoyé si coché ; sinon la valeur par défaut de l&apos;app</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>un parmi %1</translation>
    </message>
    <message>
        <source>Path edited by hand: it no longer has the route&apos;s shape, so the parameter fields below are not used</source>
        <translation>Chemin modifié à la main : il n&apos;a plus la forme de la route, les champs de paramètres ci-dessous ne sont pas utilisés</translation>
    </message>
    <message>
        <source>Reset to route</source>
        <translation>Revenir à la route</translation>
    </message>
    <message>
        <source>Put the route&apos;s own request back (what you typed for it is kept as a draft until then)</source>
        <translation>Remettre la requête propre à la route (ce que vous avez saisi reste un brouillon jusque-là)</translation>
    </message>
</context>
<context>
    <name>RequestsCommand</name>
    <message>
        <source>replay JSON request lines from stdin against an app</source>
        <translation>rejouer des lignes de requêtes JSON lues sur stdin contre une application</translation>
    </message>
    <message>
        <source>  --no-raise-server-exceptions  answer unhandled errors with the 500 response
  --no-lifespan           do not run startup/shutdown (no `with TestClient`)
  --trace                 add the execution trace to each answer
</source>
        <translation>  --no-raise-server-exceptions  répondre aux erreurs non gérées par la réponse 500
  --no-lifespan           ne pas exécuter démarrage/arrêt (pas de `with TestClient`)
  --trace                 ajouter la trace d&apos;exécution à chaque réponse
</translation>
    </message>
    <message>
        <source>unknown option</source>
        <translation>option inconnue</translation>
    </message>
    <message>
        <source>Try &apos;api-replay requests --help&apos;.</source>
        <translation>Essayez &apos;api-replay requests --help&apos;.</translation>
    </message>
    <message>
        <source>startup failed:</source>
        <translation>échec du démarrage :</translation>
    </message>
    <message>
        <source>cannot write the answers:</source>
        <translation>impossible d&apos;écrire les réponses :</translation>
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
        <translation>Utilisation : api-replay requests [CIBLE] [options] &lt; requests.jsonl

Lit une requête JSON par ligne sur stdin :
  {&quot;method&quot;:&quot;POST&quot;,&quot;path&quot;:&quot;/users?skip=1&quot;,
   &quot;headers&quot;:{&quot;Authorization&quot;:&quot;Bearer x&quot;},&quot;json&quot;:{...}}
ou avec &quot;body&quot;:&quot;texte brut&quot; au lieu de &quot;json&quot; (envoyé avec content-type
application/json sauf si les en-têtes de la ligne disent autre chose), ou avec
un formulaire comme TestClient le prend : &quot;data&quot;:{&quot;champ&quot;:&quot;valeur&quot;} (urlencoded) et
&quot;files&quot;:{&quot;upload&quot;:{&quot;filename&quot;:&quot;a.txt&quot;,&quot;content&quot;:&quot;...&quot;,
&quot;content_type&quot;:&quot;text/plain&quot;}} (multipart) ; un objet &quot;query&quot; facultatif est
ajouté au chemin.
Écrit une ligne JSON par requête, chacune sortie avant d&apos;attendre la ligne suivante :
  {&quot;status&quot;:201,&quot;headers&quot;:{...},&quot;json&quot;:&lt;corps&gt;}  (&quot;text&quot; si ce n&apos;est pas du JSON)
  {&quot;exception&quot;:{&quot;type&quot;:&quot;RuntimeError&quot;,&quot;message&quot;:&quot;Unexpected!&quot;}}
  {&quot;error&quot;:{&quot;line&quot;:N,&quot;message&quot;:&quot;...&quot;}}  pour une ligne qui n&apos;est pas une requête
Toutes les lignes partagent une application et une session client. Code de
sortie 1 si une ligne était une erreur, sinon 0.

Options :
</translation>
    </message>
</context>
<context>
    <name>ResponseView</name>
    <message>
        <source>Show all</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>No response yet</source>
        <translation>Pas encore de réponse</translation>
    </message>
    <message>
        <source>Find in body</source>
        <translation>Chercher dans le corps</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corps</translation>
    </message>
    <message>
        <source>422 details</source>
        <translation>Détails 422</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>En-têtes</translation>
    </message>
    <message>
        <source>Trace</source>
        <translation>Trace</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Brut</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Raised %1</source>
        <translation>%1 levée</translation>
    </message>
    <message>
        <source>%1 µs</source>
        <translation>%1 µs</translation>
    </message>
    <message>
        <source>%1: %2

%3%4</source>
        <translation>%1 : %2

%3%4</translation>
    </message>
    <message>
        <source>
TestClient re-raises this error into the test because raise_server_exceptions is on. Turn it off to see the 500 response instead.</source>
        <translation>
TestClient relance cette erreur dans le test car raise_server_exceptions est actif. Désactivez-le pour voir la réponse 500.</translation>
    </message>
    <message>
        <source>No error.</source>
        <translation>Pas d&apos;erreur.</translation>
    </message>
    <message>
        <source>Expand all</source>
        <translation>Tout déplier</translation>
    </message>
    <message>
        <source>Unfold every level (slow for very large bodies)</source>
        <translation>Déplier chaque niveau (lent pour les très gros corps)</translation>
    </message>
    <message>
        <source>Fold all</source>
        <translation>Tout replier</translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>Arbre</translation>
    </message>
    <message>
        <source>Showing %1 of %2 bytes</source>
        <translation>%1 octets affichés sur %2</translation>
    </message>
    <message>
        <source>[… %1 more bytes; the Body tab can show all]</source>
        <translation>[… %1 octets de plus ; l&apos;onglet Corps peut tout afficher]</translation>
    </message>
    <message>
        <source>Loading… %1 of %2 bytes</source>
        <translation>Chargement… %1 octets sur %2</translation>
    </message>
    <message>
        <source>Send a request first</source>
        <translation>Envoyez d&apos;abord une requête</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Côte à côte</translation>
    </message>
    <message>
        <source>Request → Send to both… shows two targets&apos; answers here</source>
        <translation>Requête → Envoyer aux deux… affiche ici les réponses de deux cibles</translation>
    </message>
</context>
<context>
    <name>RouteTreeModel</name>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
</context>
<context>
    <name>RoutesCommand</name>
    <message>
        <source>unknown option</source>
        <translation>option inconnue</translation>
    </message>
    <message>
        <source>list the app&apos;s routes with their dependency trees (JSON)</source>
        <translation>lister les routes de l&apos;application avec leurs arbres de dépendances (JSON)</translation>
    </message>
    <message>
        <source>Usage: api-replay routes [TARGET] [--override DEP=DOUBLE]...

Prints the routes as a JSON array: method, path, name, summary, tags,
status code, parameters (with their default and allowed values) and the
dependency tree with the provider that is active for each dependency.

Options:
</source>
        <translation>Utilisation : api-replay routes [CIBLE] [--override DEP=DOUBLE]...

Affiche les routes en tableau JSON : méthode, chemin, nom, résumé, tags,
code de statut, paramètres (avec leur valeur par défaut et leurs valeurs
permises) et arbre des dépendances avec le fournisseur actif pour chaque
dépendance.

Options :
</translation>
    </message>
</context>
<context>
    <name>RunCommand</name>
    <message>
        <source>run suite files like pytest (fixtures, random order, JUnit XML)</source>
        <translation>exécuter des fichiers de suite comme pytest (fixtures, ordre aléatoire, JUnit XML)</translation>
    </message>
    <message>
        <source>needs a value</source>
        <translation>attend une valeur</translation>
    </message>
    <message>
        <source>--error-style must be v1 or v2</source>
        <translation>--error-style doit valoir v1 ou v2</translation>
    </message>
    <message>
        <source>unknown option</source>
        <translation>option inconnue</translation>
    </message>
    <message>
        <source>not a number:</source>
        <translation>n&apos;est pas un nombre :</translation>
    </message>
    <message>
        <source>no suite file given</source>
        <translation>aucun fichier de suite donné</translation>
    </message>
    <message>
        <source>No failed tests in the last run; running everything.</source>
        <translation>Aucun test échoué lors de la dernière exécution ; tout est exécuté.</translation>
    </message>
    <message>
        <source>Pass rate per test:</source>
        <translation>Taux de réussite par test :</translation>
    </message>
    <message>
        <source>cannot write</source>
        <translation>impossible d&apos;écrire</translation>
    </message>
    <message>
        <source>needs a whole number from 0 to</source>
        <translation>attend un nombre entier de 0 à</translation>
    </message>
    <message>
        <source>got</source>
        <translation>reçu</translation>
    </message>
    <message>
        <source>needs a whole number from 1 to</source>
        <translation>attend un nombre entier de 1 à</translation>
    </message>
    <message>
        <source>needs a number of seconds above 0 and at most 86400, got</source>
        <translation>attend un nombre de secondes supérieur à 0 et au plus 86400, reçu</translation>
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
        <translation>Utilisation : api-replay run SUITE.json... [options]

  -k EXPR             exécuter les tests dont le nom contient EXPR (&quot;not EXPR&quot; inverse)
  -x                  s&apos;arrêter au premier échec
  --seed N            ordre aléatoire depuis la graine N (affichée, pour rejouer l&apos;ordre)
  --lf                n&apos;exécuter que les tests échoués lors de la dernière exécution (historique)
  --repeat N          tout exécuter N fois et donner un taux de réussite par test
  --isolate           une application neuve pour chaque test
  --setup-show        afficher le cycle de vie des fixtures (SETUP/TEARDOWN) comme pytest
  --timeout SECONDES  limite de temps par test (10 par défaut)
  --junit-xml FICHIER écrire du JUnit XML
  --error-style v1|v2 les mots des réponses 422 (v2 par défaut)
  --app NOM | --asgi MODULE:ATTR [--app-dir DIR] [--python EXE] [--doubles M]
                      la cible de toutes les suites (par défaut : l&apos;application que
                      chaque suite nomme) ; voir &apos;api-replay requests --help&apos;
  --override DEP=DOUBLE  posé sur la cible à son ouverture (répétable)
  --history CHEMIN    la base d&apos;historique (par défaut : $API_REPLAY_HISTORY ou le
                      répertoire de données de l&apos;utilisateur) ; --no-history pour s&apos;en passer

Code de sortie : 0 tout a réussi, 1 échecs, 2 erreurs d&apos;utilisation ou de fichier de suite.
</translation>
    </message>
</context>
<context>
    <name>SaveTestDialog</name>
    <message>
        <source>The whole JSON body</source>
        <translation>Tout le corps JSON</translation>
    </message>
    <message>
        <source>Save as test</source>
        <translation>Enregistrer comme test</translation>
    </message>
    <message>
        <source>raises %1</source>
        <translation>lève %1</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>statut %1</translation>
    </message>
    <message>
        <source>Always asserted: %1</source>
        <translation>Toujours vérifié : %1</translation>
    </message>
    <message>
        <source>Test name:</source>
        <translation>Nom du test :</translation>
    </message>
    <message>
        <source>Or these fields of the body:</source>
        <translation>Ou ces champs du corps :</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>SuiteFileDialog</name>
    <message>
        <source>%1 — line %2</source>
        <translation>%1 — ligne %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Impossible d&apos;enregistrer %1 : %2</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved.</source>
        <translation>%1 contient des modifications non enregistrées.</translation>
    </message>
</context>
<context>
    <name>SuiteResultModel</name>
    <message>
        <source>passed</source>
        <translation>réussis</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échoués</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
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
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>%1 passed, %2 failed</source>
        <translation>%1 réussis, %2 échoués</translation>
    </message>
    <message>
        <source>%1 (repeat %2)</source>
        <translation>%1 (répétition %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n changé</numerusform>
            <numerusform>%n changés</numerusform>
        </translation>
    </message>
    <message>
        <source>flaky</source>
        <translation>instable</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <source>This test has not run before (in the recorded runs)</source>
        <translation>Ce test n&apos;a jamais été exécuté (dans les exécutions enregistrées)</translation>
    </message>
    <message>
        <source>The last time it ran (in an earlier recorded run): %1</source>
        <translation>La dernière fois (dans une exécution enregistrée antérieure) : %1</translation>
    </message>
    <message>
        <source>Last time</source>
        <translation>Dernière fois</translation>
    </message>
    <message>
        <source>(not run)</source>
        <translation>(non exécuté)</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignoré</translation>
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
        <translation>Portée</translation>
    </message>
    <message>
        <source>Isolated (a fresh app per test)</source>
        <translation>Isolé (une application neuve par test)</translation>
    </message>
    <message>
        <source>Find polluter</source>
        <translation>Trouver le pollueur</translation>
    </message>
    <message>
        <source>Open suites…</source>
        <translation>Ouvrir des suites…</translation>
    </message>
    <message>
        <source>file order</source>
        <translation>ordre du fichier</translation>
    </message>
    <message>
        <source>A seed shuffles the order; the same seed replays it</source>
        <translation>Une graine mélange l&apos;ordre ; la même graine le rejoue</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Répéter</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Fixture timeline</source>
        <translation>Chronologie des fixtures</translation>
    </message>
    <message>
        <source>Failures and polluter</source>
        <translation>Échecs et pollueur</translation>
    </message>
    <message>
        <source>Open suites</source>
        <translation>Ouvrir des suites</translation>
    </message>
    <message>
        <source>Suites (*.json)</source>
        <translation>Suites (*.json)</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Exécution…</translation>
    </message>
    <message>
        <source>The suite files have problems; nothing ran:
%1</source>
        <translation>Les fichiers de suite ont des problèmes ; rien n&apos;a été exécuté :
%1</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the suite files</source>
        <translation>
            <numerusform>%n problème dans les fichiers de suite</numerusform>
            <numerusform>%n problèmes dans les fichiers de suite</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 passed, %2 failed in %3 s</source>
        <translation>%1 réussis, %2 échoués en %3 s</translation>
    </message>
    <message>
        <source>Looking for the test that makes %1 fail…</source>
        <translation>Recherche du test qui fait échouer %1…</translation>
    </message>
    <message>
        <source>%1 fails on its own: this is not pollution.</source>
        <translation>%1 échoue seul : ce n&apos;est pas une pollution.</translation>
    </message>
    <message>
        <source>%1 passes after the tests before it: nothing to find.</source>
        <translation>%1 réussit après les tests qui le précèdent : rien à trouver.</translation>
    </message>
    <message>
        <source>No single test makes %1 fail.</source>
        <translation>Aucun test seul ne fait échouer %1.</translation>
    </message>
    <message>
        <source>Polluter: %1</source>
        <translation>Pollueur : %1</translation>
    </message>
    <message>
        <source>What it left behind:</source>
        <translation>Ce qu&apos;il a laissé :</translation>
    </message>
    <message>
        <source>  override %1 → %2, set by %3, still active</source>
        <translation>  override %1 → %2, posé par %3, toujours actif</translation>
    </message>
    <message>
        <source>  %1 row(s) added to %2</source>
        <translation>  %1 ligne(s) ajoutée(s) à %2</translation>
    </message>
    <message>
        <source>  the client session is still open</source>
        <translation>  la session client est encore ouverte</translation>
    </message>
    <message>
        <source>No polluter found</source>
        <translation>Aucun pollueur trouvé</translation>
    </message>
    <message>
        <source>Run all</source>
        <translation>Tout exécuter</translation>
    </message>
    <message>
        <source>Run selected</source>
        <translation>Exécuter la sélection</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export as pytest…</source>
        <translation>Exporter en pytest…</translation>
    </message>
    <message>
        <source>Run every test of the open suites</source>
        <translation>Exécuter chaque test des suites ouvertes</translation>
    </message>
    <message>
        <source>Run only the tests selected in the results</source>
        <translation>Exécuter seulement les tests sélectionnés dans les résultats</translation>
    </message>
    <message>
        <source>Write the open suites as pytest files that use TestClient and dependency_overrides</source>
        <translation>Écrire les suites ouvertes en fichiers pytest qui utilisent TestClient et dependency_overrides</translation>
    </message>
    <message>
        <source>&lt;b&gt;Suite files&lt;/b&gt; (drop files here)</source>
        <translation>&lt;b&gt;Fichiers de suite&lt;/b&gt; (déposez-les ici)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Fixtures&lt;/b&gt;</source>
        <translation>&lt;b&gt;Fixtures&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation>Taux de réussite</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message numerus="yes">
        <source>Running %n selected test(s)…</source>
        <translation>
            <numerusform>Exécution de %n test sélectionné…</numerusform>
            <numerusform>Exécution de %n tests sélectionnés…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling after the test that is running…</source>
        <translation>Annulation après le test en cours…</translation>
    </message>
    <message>
        <source>Double-click to open the file at this place</source>
        <translation>Double-cliquez pour ouvrir le fichier à cet endroit</translation>
    </message>
    <message>
        <source>(cancelled: the tests after that did not run)</source>
        <translation>(annulé : les tests suivants n&apos;ont pas été exécutés)</translation>
    </message>
    <message>
        <source>%1 passed.</source>
        <translation>%1 a réussi.</translation>
    </message>
    <message>
        <source>Expected:
%1

Actual:
%2</source>
        <translation>Attendu :
%1

Obtenu :
%2</translation>
    </message>
    <message>
        <source>Cancelled before the search ended.</source>
        <translation>Annulé avant la fin de la recherche.</translation>
    </message>
    <message>
        <source>Polluter search cancelled</source>
        <translation>Recherche du pollueur annulée</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n pytest file(s) to %1</source>
        <translation>
            <numerusform>%n fichier pytest écrit dans %1</numerusform>
            <numerusform>%n fichiers pytest écrits dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export as pytest into</source>
        <translation>Exporter en pytest dans</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Échec de l&apos;export : %1</translation>
    </message>
    <message>
        <source>Run failed</source>
        <translation>Exécuter les échecs</translation>
    </message>
    <message>
        <source>Run only the tests that failed in the last run, like pytest --lf. A test that passes alone but failed in the full run depends on the tests before it.</source>
        <translation>Exécuter seulement les tests qui ont échoué au dernier lancement, comme pytest --lf. Un test qui réussit seul mais a échoué dans le lancement complet dépend des tests qui le précèdent.</translation>
    </message>
    <message numerus="yes">
        <source>Running %n failed test(s)…</source>
        <translation>
            <numerusform>Exécution de %n test en échec…</numerusform>
            <numerusform>Exécution de %n tests en échec…</numerusform>
        </translation>
    </message>
    <message>
        <source>No suite is open: open one (Ctrl+O) or drop a .json file on the window.</source>
        <translation>Aucune suite ouverte : ouvrez-en une (Ctrl+O) ou déposez un fichier .json sur la fenêtre.</translation>
    </message>
    <message>
        <source>The suite files have problems (see Problems), so no fixture was loaded.</source>
        <translation>Les fichiers de suite ont des problèmes (voir Problèmes) : aucune fixture n&apos;a été chargée.</translation>
    </message>
    <message>
        <source>The open suites define no fixtures.</source>
        <translation>Les suites ouvertes ne définissent aucune fixture.</translation>
    </message>
    <message numerus="yes">
        <source>%n test(s) ended differently than the last time</source>
        <translation>
            <numerusform>%n test s&apos;est terminé autrement que la dernière fois</numerusform>
            <numerusform>%n tests se sont terminés autrement que la dernière fois</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare the two selected runs</source>
        <translation>Comparer les deux exécutions sélectionnées</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Exécutions</translation>
    </message>
    <message>
        <source>Select two runs to see which tests ended differently</source>
        <translation>Sélectionnez deux exécutions pour voir quels tests ont fini autrement</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécuter</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Réussis</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échoués</translation>
    </message>
    <message>
        <source>What ran</source>
        <translation>Ce qui a été exécuté</translation>
    </message>
    <message>
        <source>This run did not finish (it was stopped or is running)</source>
        <translation>Cette exécution ne s&apos;est pas terminée (arrêtée ou en cours)</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Comparaison…</translation>
    </message>
    <message>
        <source>Cannot compare: %1</source>
        <translation>Comparaison impossible : %1</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>In run #%1</source>
        <translation>Dans l&apos;exécution #%1</translation>
    </message>
    <message>
        <source>Every test ended the same in run #%1 and run #%2.</source>
        <translation>Chaque test a fini de la même façon dans l&apos;exécution #%1 et l&apos;exécution #%2.</translation>
    </message>
    <message numerus="yes">
        <source>%n test(s) ended differently from run #%1 to run #%2.</source>
        <translation>
            <numerusform>%n test a fini autrement de l&apos;exécution #%1 à l&apos;exécution #%2.</numerusform>
            <numerusform>%n tests ont fini autrement de l&apos;exécution #%1 à l&apos;exécution #%2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was skipped: %2</source>
        <translation>%1 a été ignoré : %2</translation>
    </message>
    <message>
        <source>The open suites have problems (see Problems): fix them, then open the files again</source>
        <translation>Les suites ouvertes ont des problèmes (voir Problèmes) : corrigez-les, puis rouvrez les fichiers</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message numerus="yes">
        <source>Running… %n test(s) done</source>
        <translation>
            <numerusform>En cours… %n test terminé</numerusform>
            <numerusform>En cours… %n tests terminés</numerusform>
        </translation>
    </message>
    <message>
        <source>A pytest project runs in one pytest process per run</source>
        <translation>Un projet pytest tourne dans un processus pytest par exécution</translation>
    </message>
    <message>
        <source>&lt;b&gt;pytest project&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Projet pytest&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>The fixtures pytest sets up appear after a run.</source>
        <translation>Les fixtures que pytest met en place apparaissent après une exécution.</translation>
    </message>
    <message>
        <source>Collecting the tests of %1 with pytest…</source>
        <translation>Collecte des tests de %1 avec pytest…</translation>
    </message>
    <message>
        <source>pytest could not collect the tests: %1</source>
        <translation>pytest n&apos;a pas pu collecter les tests : %1</translation>
    </message>
    <message>
        <source>pytest collected no tests in %1</source>
        <translation>pytest n&apos;a collecté aucun test dans %1</translation>
    </message>
    <message numerus="yes">
        <source>pytest collected %n test(s): Run all runs them</source>
        <translation>
            <numerusform>pytest a collecté %n test : « Tout exécuter » le lance</numerusform>
            <numerusform>pytest a collecté %n tests : « Tout exécuter » les lance</numerusform>
        </translation>
    </message>
    <message>
        <source>pytest collected no tests in this project</source>
        <translation>pytest n&apos;a collecté aucun test dans ce projet</translation>
    </message>
    <message>
        <source>Run every test of the project with pytest</source>
        <translation>Lancer tous les tests du projet avec pytest</translation>
    </message>
    <message>
        <source>Running the tests with pytest…</source>
        <translation>Exécution des tests avec pytest…</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 → %2, set by %3</source>
        <translation>%1 → %2, posé par %3</translation>
    </message>
    <message>
        <source>Looking for the test that makes %1 fail (one pytest run per step)…</source>
        <translation>Recherche du test qui fait échouer %1 (une exécution pytest par étape)…</translation>
    </message>
    <message>
        <source>%1 passed, %2 failed, %3 skipped in %4 s</source>
        <translation>%1 réussis, %2 échoués, %3 ignorés en %4 s</translation>
    </message>
    <message>
        <source>Blue: function scope · orange: module · purple: session · a ragged end: never torn down. Hover a bar for its times; Ctrl+wheel zooms.</source>
        <translation>Bleu : portée function · orange : module · violet : session · fin effilochée : jamais démontée. Survolez une barre pour ses temps ; Ctrl+molette zoome.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>A test that runs longer is an error: the pytest process is killed, and the tests that finished are kept</source>
        <translation>Un test qui dure plus longtemps est une erreur : le processus pytest est tué, les tests terminés sont conservés</translation>
    </message>
    <message>
        <source>Test timeout</source>
        <translation>Délai par test</translation>
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
        <translation>Temps</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
</context>
</TS>
