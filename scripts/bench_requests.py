#!/usr/bin/env python3
"""Benchmark: the replay CLI end to end. A 5,000-line request mix (health, items valid and
invalid, users created in and read from a real SQLite file, tokens, the admin dashboard) is
answered by `api-replay requests --app forge` (whole process: start, temporary database, every
answer flushed) and by FastAPI's TestClient through the twin's replayer, on the same machine.
Prints the best of N runs of each and the ratio (for the README).

usage: scripts/bench_requests.py BUILD_DIR [LINES] [RUNS]
"""
import json
import os
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def mix(n: int) -> str:
    lines = []
    for i in range(n):
        k = i % 10
        if k in (0, 1):
            line = {"method": "GET", "path": "/forge/health"}
        elif k == 2:
            line = {"method": "GET", "path": f"/forge/items/{i}?q=x"}
        elif k == 3:
            line = {"method": "GET", "path": "/forge/items/abc"}
        elif k in (4, 5):
            line = {"method": "POST", "path": "/forge/users",
                    "json": {"username": f"user_{i}", "email": f"u{i}@forge.io", "password": "secret12"}}
        elif k == 6:
            line = {"method": "GET", "path": "/forge/users/1"}
        elif k == 7:
            line = {"method": "GET", "path": "/forge/users?skip=0&limit=5"}
        elif k == 8:
            line = {"method": "POST", "path": "/forge/token", "json": {"username": "admin", "password": "admin"}}
        else:
            line = {"method": "GET", "path": "/forge/admin/dashboard"}
        lines.append(json.dumps(line))
    return "\n".join(lines) + "\n"


def best(command: list, data: bytes, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        result = subprocess.run(command, input=data, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        times.append(time.perf_counter() - start)
        if result.returncode != 0:
            sys.exit(f"{command[0]} failed: {result.stderr.decode()[-500:]}")
    return min(times)


def main() -> None:
    build = sys.argv[1]
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 5000
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 5
    data = mix(n).encode()
    ours = best([os.path.join(build, "app", "api-replay"), "requests", "--app", "forge"], data, runs)
    twin = best(["/usr/bin/python3", os.path.join(ROOT, "tests", "conformance", "twin", "twin_replay.py")],
                data, max(1, runs // 3))
    print(f"api-replay requests, {n} lines: {ours:.3f} s")
    print(f"FastAPI TestClient (twin_replay.py), {n} lines: {twin:.3f} s")
    print(f"ratio: {twin / ours:.0f} times faster")


if __name__ == "__main__":
    main()
