#!/usr/bin/env python3
"""Benchmark: N small tests (default 10,000), each with a function-scoped sqlite_memory fixture
and three requests, run by `api-replay run` and, exported with `api-replay export-pytest`, by
pytest against the FastAPI twin. Prints both times and the ratio (for the README).

usage: scripts/bench_suites.py BUILD_DIR [N]
"""
import json
import os
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main():
    api_replay = os.path.join(sys.argv[1], "app", "api-replay")
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 10000
    suite = {
        "suite": "bench",
        "fixtures": [{"name": "db", "setup": [{"set_override": {"get_db": "sqlite_memory", "get_mailer": "recording_mailer"}}],
                      "teardown": [{"clear_overrides": True}]}],
        "tests": [{"name": f"test_{i}", "uses": ["db"], "steps": [
            {"request": {"method": "POST", "path": "/forge/users", "json": {"username": f"user_{i}", "email": "u@x.io"}}},
            {"expect": {"status": 201}},
            {"request": {"method": "GET", "path": "/forge/users/2"}},
            {"expect": {"status": 200}},
            {"request": {"method": "GET", "path": "/forge/items/abc"}},
            {"expect": {"status": 422}}]} for i in range(n)],
    }
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "bench.json")
        with open(path, "w") as f:
            json.dump(suite, f)
        t0 = time.perf_counter()
        ours = subprocess.run([api_replay, "run", path, "--no-history", "--error-style", "v1"], capture_output=True, text=True)
        ours_s = time.perf_counter() - t0
        print(ours.stdout.strip().splitlines()[-1])
        export = os.path.join(tmp, "export")
        subprocess.run([api_replay, "export-pytest", path, "--out", export, "--app-module", "forge_twin"],
                       check=True, capture_output=True)
        env = dict(os.environ, PYTHONPATH=os.path.join(ROOT, "tests", "conformance", "twin") + os.pathsep + export,
                   FORGE_DB=os.path.join(tmp, "bench.db"))
        t0 = time.perf_counter()
        theirs = subprocess.run(["/usr/bin/python3", "-m", "pytest", "-q", "-p", "no:cacheprovider", export],
                                env=env, capture_output=True, text=True, cwd=tmp)
        theirs_s = time.perf_counter() - t0
        print(theirs.stdout.strip().splitlines()[-1])
    print(f"api-replay run: {ours_s:.2f} s for {n} tests; pytest + FastAPI TestClient: {theirs_s:.2f} s; "
          f"ratio {theirs_s / ours_s:.0f}x")


if __name__ == "__main__":
    main()
