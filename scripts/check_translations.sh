#!/usr/bin/env bash
# Checks that the .ts files are complete and current: lupdate on the sources must leave them
# unchanged, and lrelease must report no unfinished translation.
# Usage: check_translations.sh LUPDATE LRELEASE
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=$1 lrelease=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp translations/*.ts "$tmp/"
"$lupdate" -silent -no-obsolete -locations none -tr-function-alias tr+=trs -I . widgets app \
    -ts "$tmp"/apitest_en.ts "$tmp"/apitest_de.ts "$tmp"/apitest_fr.ts
status=0
for f in translations/*.ts; do
    if ! diff -u "$f" "$tmp/$(basename "$f")"; then
        echo "$f is out of date: run 'cmake --build build --target update_translations' and translate"
        status=1
    fi
done
for f in "$tmp"/*.ts; do
    out=$("$lrelease" "$f" -qm "$tmp/out.qm")
    echo "$(basename "$f"): $(echo "$out" | grep Generated)"
    if ! echo "$out" | grep -q " 0 unfinished"; then
        echo "$(basename "$f") has unfinished translations"
        status=1
    fi
done
exit $status
