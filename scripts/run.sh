#!/usr/bin/env bash
# Installs what is missing, builds, and starts api-explorer with the forge app loaded.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
export CCACHE_DIR="${CCACHE_DIR:-$PWD/.cache/ccache}"
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$(nproc)"
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && -z "${QT_QPA_PLATFORM:-}" ]]; then
    echo "No display found. Start the window under a virtual X server with:"
    echo "  xvfb-run -a build/app/api-explorer"
    echo "or use the CLI: build/app/api-replay --help"
    exit 0
fi
exec build/app/api-explorer "$@"
