#!/usr/bin/env bash
# Starts the real api-explorer window under Xvfb, walks it through the README's states and
# saves a PNG of each into resources/screenshots/ (look at them before committing).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh --gui
cmake -S . -B build -G Ninja >/dev/null
cmake --build build --target api-explorer -j"$(nproc)"
tmp=$(mktemp -d)
XDG_DATA_HOME="$tmp/data" XDG_CONFIG_HOME="$tmp/config" \
    xvfb-run -a -s "-screen 0 1600x1000x24" build/app/api-explorer --screenshots resources/screenshots
# The first state again at 200 % (text must stay readable, nothing clipped).
XDG_DATA_HOME="$tmp/data2" XDG_CONFIG_HOME="$tmp/config2" QT_SCALE_FACTOR=2 APITEST_SCREENSHOT_SCALED=1 \
    xvfb-run -a -s "-screen 0 3200x2000x24" build/app/api-explorer --screenshots resources/screenshots
# The window at 1100x700 in German (long words, a small screen): nothing important cut off.
XDG_DATA_HOME="$tmp/data3" XDG_CONFIG_HOME="$tmp/config3" \
    xvfb-run -a -s "-screen 0 1600x1000x24" build/app/api-explorer --lang de --window-size 1100x700 \
    --screenshot resources/screenshots/german-1100x700.png
rm -rf "$tmp"
ls -l resources/screenshots
