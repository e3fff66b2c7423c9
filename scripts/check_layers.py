#!/usr/bin/env python3
"""Checks the house drawn from its includes: engine -> nothing above it (no widgets, app or
Qt), widgets -> no app, and the engine's parts (core, http, validation, di, pipeline, ...)
never include each other in a circle. Prints each violation; exit status 1 if any.

usage: scripts/check_layers.py [ROOT]
"""
import collections
import pathlib
import re
import sys

INCLUDE = re.compile(r'^\s*#\s*include\s+[<"]([^>"]+)[>"]', re.M)


def main() -> int:
    root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).parents[1])
    problems = []
    parts: dict[str, set[str]] = collections.defaultdict(set)
    for layer, forbidden in (("engine", ("widgets/", "app/", "Q")), ("widgets", ("app/",))):
        for f in sorted((root / layer).rglob("*")):
            if f.suffix not in (".h", ".cpp"):
                continue
            rel = f.relative_to(root)
            for inc in INCLUDE.findall(f.read_text(encoding="utf-8")):
                if inc.startswith(forbidden):
                    problems.append(f"{rel}: includes {inc}, which is above the {layer} layer")
                if layer == "engine" and inc.startswith("engine/"):
                    a, b = rel.parts[1], inc.split("/")[1]
                    if a != b:
                        parts[a].add(b)

    def reaches(start: str, goal: str) -> bool:
        seen, stack = set(), [start]
        while stack:
            x = stack.pop()
            if x == goal:
                return True
            if x not in seen:
                seen.add(x)
                stack.extend(parts.get(x, ()))
        return False

    for a in sorted(parts):
        for b in sorted(parts[a]):
            if reaches(b, a):
                problems.append(f"engine/{a} includes engine/{b}, and engine/{b} leads back to engine/{a}")
    for p in problems:
        print(p)
    print(f"{len(problems)} layering problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
