#!/bin/sh
# Fuzzes the engine with libFuzzer (clang): the JSON parser, the suite loader, suite export to
# pytest and whole requests through the forge app, each for SECONDS (default 120). Inputs that break an
# invariant are saved in build-fuzz/artifacts/; copy a minimised one into
# tests/fuzz/corpus/<target>/ and ctest replays it from then on (fuzz_corpus_<target>).
#   ./scripts/fuzz.sh [SECONDS] [TARGET...]      TARGET: pyjson suite export request openapi openapi_target junit multipart release formats
set -eu
cd "$(dirname "$0")/.."
seconds=${1:-120}
[ $# -gt 0 ] && shift
targets=${*:-pyjson suite export request openapi openapi_target junit multipart release formats}
command -v clang++ >/dev/null || { echo "fuzz.sh: needs clang (apt-get install clang)" >&2; exit 2; }
cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
    -DAPITEST_FUZZ=ON -DAPITEST_BUILD_GUI=OFF -DAPITEST_BUILD_TESTS=OFF -DAPITEST_BUILD_BENCH=OFF >/dev/null
mkdir -p build-fuzz/artifacts
status=0
for t in $targets; do
    cmake --build build-fuzz --target "fuzz_$t"
    mkdir -p "build-fuzz/corpus/$t"
    extra=""
    { [ "$t" = suite ] || [ "$t" = export ]; } && extra=resources/suites
    echo "== fuzz_$t for ${seconds}s"
    # shellcheck disable=SC2086 # extra is one directory or nothing
    "build-fuzz/tests/fuzz/fuzz_$t" -max_total_time="$seconds" -max_len=4096 \
        -artifact_prefix="build-fuzz/artifacts/$t-" "build-fuzz/corpus/$t" \
        "tests/fuzz/corpus/$t" $extra 2>"build-fuzz/fuzz_$t.log" || status=1
    grep -E "^Done|ERROR|invariant broken" "build-fuzz/fuzz_$t.log" || true
done
exit $status
