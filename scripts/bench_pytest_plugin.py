#!/usr/bin/env python3
"""Benchmark: what our pytest plugin adds to a pytest run (issue 14's goal: under 5 %).
A project of N trivial tests is run, interleaved, by
  (a) plain pytest,
  (b) pytest with `-p api_test_explorer.pytest_plugin` as `api-replay pytest run` loads it: from
      the package as the build stages it for installation (with its byte code), reporting every
      test into an in-memory file that another thread reads every 10 ms, as api-replay does,
  (c) `api-replay pytest run` itself, recording every test in a history database (end to end:
      what a user waits for).
Prints the best wall-clock and CPU times (CPU: of the pytest process; for (c), of api-replay
and pytest together) and the median of the rounds' ratios to (a), the steadier figure on a
shared machine.

usage: scripts/bench_pytest_plugin.py BUILD_DIR [TESTS] [RUNS]
"""
from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from typing import Callable, Dict, List, Tuple

PYTHON = "/usr/bin/python3"
PYTEST = [PYTHON, "-m", "pytest", "-q", "-p", "no:cacheprovider"]


def project(directory: str, tests: int) -> None:
    os.makedirs(os.path.join(directory, "tests"))
    with open(os.path.join(directory, "tests", "test_many.py"), "w", encoding="utf-8") as f:
        for i in range(tests):
            f.write(f"def test_{i}():\n    assert {i} == {i}\n")


def timed(args: List[str], directory: str, env: Dict[str, str],
          pass_fds: Tuple[int, ...] = ()) -> Tuple[float, float]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(args, cwd=directory, env=env, pass_fds=pass_fds, check=True,
                   stdout=subprocess.DEVNULL)
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return elapsed, cpu


def plain(directory: str, build: str) -> Tuple[float, float]:
    return timed(PYTEST, directory, dict(os.environ))


def plugin(directory: str, build: str) -> Tuple[float, float]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.path.join(build, "resources", "python")
    report = os.memfd_create("report")  # close-on-exec: pass_fds hands it on
    env["API_TEST_EXPLORER_REPORT_FD"] = str(report)
    done = threading.Event()

    def read() -> None:
        offset = 0
        while True:
            finished = done.wait(0.01)
            while chunk := os.pread(report, 1 << 16, offset):
                offset += len(chunk)
            if finished:
                return
    reader = threading.Thread(target=read)
    reader.start()
    try:
        return timed(PYTEST + ["-p", "api_test_explorer.pytest_plugin"], directory, env,
                     (report,))
    finally:
        done.set()
        reader.join()
        os.close(report)


def api_replay(directory: str, build: str) -> Tuple[float, float]:
    with tempfile.TemporaryDirectory() as history:
        return timed([os.path.join(build, "app", "api-replay"), "pytest", "run",
                      "--python", PYTHON, "--history", os.path.join(history, "h.db"),
                      "--", "-q", "-p", "no:cacheprovider"], directory, dict(os.environ))


def main() -> None:
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    build = os.path.abspath(sys.argv[1])
    tests = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 15
    if not os.path.isdir(os.path.join(build, "resources", "python", "api_test_explorer")):
        sys.exit(f"{build}: no staged Python package (build the python_bytecode target)")
    ways: List[Tuple[str, Callable[[str, str], Tuple[float, float]]]] = [
        ("plain pytest", plain), ("pytest + our plugin", plugin),
        ("api-replay pytest run", api_replay)]
    times: Dict[str, List[Tuple[float, float]]] = {name: [] for name, _ in ways}
    with tempfile.TemporaryDirectory() as directory:
        project(directory, tests)
        for _ in range(runs):
            for name, way in ways:
                times[name].append(way(directory, build))
    print(f"{tests} trivial tests, {runs} interleaved rounds:")
    base = times["plain pytest"]
    for name, _ in ways:
        line = f"  {name:22}"
        for label, index in (("wall", 0), ("CPU", 1)):
            best = min(t[index] for t in times[name])
            ratio = statistics.median(t[index] / b[index] for t, b in zip(times[name], base))
            line += f"  {label} best {best:.3f} s, median {(ratio - 1) * 100:+5.1f} %"
        print(line)


if __name__ == "__main__":
    main()
