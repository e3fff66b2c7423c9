#!/usr/bin/env python3
"""Benchmark: what the Python bridge adds to TestClient. The same N health requests go
(a) through a plain TestClient loop in one process, and (b) through
`api-replay requests --asgi bookshelf.main:app` (start, import, every answer flushed), and
(c) through the same, one line at a time (the driver waits for each answer). Also the
time to the first answer for the small example app (start of api-replay to its first line).
Prints the best of RUNS runs (for the README).

usage: scripts/bench_bridge.py BUILD_DIR [REQUESTS] [RUNS]
"""
import json
import os
import subprocess
import sys
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXAMPLE = os.path.join(ROOT, "resources", "examples", "bookshelf")
PYTHON = "/usr/bin/python3"

PLAIN = """
import sys, time
from fastapi.testclient import TestClient
from bookshelf.main import app
n = int(sys.argv[1])
with TestClient(app) as client:
    client.get("/health")
    t = time.perf_counter()
    for _ in range(n):
        client.get("/health").json()
    print(time.perf_counter() - t)
"""


def bridge_run(api_replay: str, n: int) -> tuple:
    lines = ('{"method":"GET","path":"/health"}\n' * (n + 1)).encode()
    start = time.perf_counter()
    proc = subprocess.Popen([api_replay, "requests", "--asgi", "bookshelf.main:app", "--python",
                             PYTHON], stdin=subprocess.PIPE, stdout=subprocess.PIPE, cwd=EXAMPLE)
    assert proc.stdin and proc.stdout
    proc.stdin.write(lines[: lines.index(b"\n") + 1])
    proc.stdin.flush()
    proc.stdout.readline()
    first = time.perf_counter() - start
    t = time.perf_counter()

    def feed() -> None:  # in a thread: both pipes fill up otherwise
        assert proc.stdin
        proc.stdin.write(lines[lines.index(b"\n") + 1:])
        proc.stdin.close()

    writer = threading.Thread(target=feed)
    writer.start()
    count = sum(1 for _ in proc.stdout)
    writer.join()
    loop = time.perf_counter() - t
    proc.wait()
    assert count == n, count
    return first, loop


def pingpong_run(api_replay: str, n: int) -> float:
    """A driver that sends one line and waits for its answer before the next: nothing can be
    pipelined, every request pays the round trip between the processes."""
    proc = subprocess.Popen([api_replay, "requests", "--asgi", "bookshelf.main:app", "--python",
                             PYTHON], stdin=subprocess.PIPE, stdout=subprocess.PIPE, cwd=EXAMPLE)
    assert proc.stdin and proc.stdout
    line = b'{"method":"GET","path":"/health"}\n'
    proc.stdin.write(line)
    proc.stdin.flush()
    proc.stdout.readline()
    t = time.perf_counter()
    for _ in range(n):
        proc.stdin.write(line)
        proc.stdin.flush()
        proc.stdout.readline()
    loop = time.perf_counter() - t
    proc.stdin.close()
    proc.wait()
    return loop


def main() -> int:
    build = sys.argv[1]
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 2000
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 3
    api_replay = os.path.abspath(os.path.join(build, "app", "api-replay"))
    plains, results, pingpongs = [], [], []
    for _ in range(runs):  # interleaved, so a noisy moment hits both sides alike
        plains.append(float(subprocess.run([PYTHON, "-c", PLAIN, str(n)], cwd=EXAMPLE, check=True,
                                           capture_output=True, text=True).stdout))
        results.append(bridge_run(api_replay, n))
        pingpongs.append(pingpong_run(api_replay, n))
    plain = min(plains)
    first = min(r[0] for r in results)
    loop = min(r[1] for r in results)
    print(json.dumps({"requests": n, "testclient_us_per_request": round(plain / n * 1e6, 1),
                      "bridge_us_per_request": round(loop / n * 1e6, 1),
                      "overhead_percent": round((loop - plain) / plain * 100, 1),
                      "one_at_a_time_us_per_request": round(min(pingpongs) / n * 1e6, 1),
                      "first_answer_s": round(first, 3)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
