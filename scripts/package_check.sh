#!/usr/bin/env bash
# Builds the .deb with CPack, installs it with dpkg, runs the installed programs, removes it.
# Needs root (or sudo). Usage: scripts/package_check.sh BUILD_DIR
set -euo pipefail
build=${1:-build}
sudo_cmd=()
if [[ $(id -u) -ne 0 ]]; then sudo_cmd=(sudo); fi
(cd "$build" && cpack -G DEB >/dev/null)
deb=$(ls -t "$build"/api-test-explorer_*.deb | head -1)
echo "== $(basename "$deb")"
dpkg-deb -c "$deb" | awk '{print $6}' | grep -E 'bin/|\.desktop|metainfo|icons/.*(svg|256x256)|man1|suites/incident' 
"${sudo_cmd[@]}" dpkg -i "$deb" >/dev/null
trap '"${sudo_cmd[@]}" dpkg -r api-test-explorer >/dev/null' EXIT
/usr/bin/api-replay --version
env -u DISPLAY -u WAYLAND_DISPLAY QT_QPA_PLATFORM= /usr/bin/api-explorer --version
echo '{"method":"GET","path":"/forge/health"}' | /usr/bin/api-replay requests --app forge
/usr/bin/api-replay run /usr/share/api-test-explorer/suites/health_and_404.json --no-history
LANG=de_DE.UTF-8 /usr/bin/api-replay --lang de --help | head -1
# The installed bridge serves the installed example (a copy: nothing is written under /usr).
example=$(mktemp -d)
cp -r /usr/share/api-test-explorer/examples/bookshelf "$example/"
echo '{"method":"GET","path":"/books/1"}' | PYTHONDONTWRITEBYTECODE=1 \
    /usr/bin/api-replay requests --asgi bookshelf.main:app --app-dir "$example/bookshelf" \
    --python /usr/bin/python3
rm -rf "$example"
# The pytest plugin is loaded from the byte code the package ships (nothing compiled at a run).
imports=$(PYTHONDONTWRITEBYTECODE=1 PYTHONPATH=/usr/share/api-test-explorer/python \
    /usr/bin/python3 -v -c 'import api_test_explorer._plugin' 2>&1)
grep -q "matches /usr/share/api-test-explorer/python/api_test_explorer/_plugin.py" <<<"$imports" \
    || { echo "the installed plugin is compiled at import, not read from its byte code"; exit 1; }
echo "package check passed"
