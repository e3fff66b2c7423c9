#!/usr/bin/env bash
# Installs what is missing, builds the normal and the sanitizer (ASan+UBSan) trees with
# warnings as errors, runs every test in both, and ends with ctest's summary of the full suite.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh

jobs=$(nproc)
export CCACHE_DIR="${CCACHE_DIR:-$PWD/.cache/ccache}"
export QT_QPA_PLATFORM=offscreen

echo "== format check"
if command -v clang-format >/dev/null; then
    git ls-files '*.cpp' '*.h' | xargs clang-format --dry-run -Werror
fi

echo "== sanitizer build (ASan + UBSan)"
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DAPITEST_SANITIZE=ON \
      -DAPITEST_WERROR=ON -DAPITEST_BUILD_BENCH=OFF >/dev/null
cmake --build build-asan -j"$jobs"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    ctest --test-dir build-asan -j"$jobs" --output-on-failure -LE conformance

echo "== normal build"
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DAPITEST_WERROR=ON >/dev/null
cmake --build build -j"$jobs"

echo "== package: build the .deb, install it, run it, remove it"
if [[ $(id -u) -eq 0 ]] || sudo -n true 2>/dev/null; then
    scripts/package_check.sh build
else
    echo "skipped: installing the package needs root or sudo"
fi

echo "== all tests"
ctest --test-dir build -j"$jobs" --output-on-failure
