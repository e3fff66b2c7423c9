#!/usr/bin/env python3
"""Benchmark: what our pytest plugin adds to a pytest run (issue 14's goal: under 5 %).
A project of N trivial tests is run, interleaved, by (a) plain pytest and (b) pytest with
`-p api_test_explorer.pytest_plugin` reporting every test on a pipe, as `api-replay pytest run`
loads it. Prints the best wall-clock and CPU times of RUNS interleaved pairs and the median of the
pairs' ratios (for the README; the median is the steadier figure on a shared machine).

usage: scripts/bench_pytest_plugin.py [TESTS] [RUNS]
"""
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PYTHON = "/usr/bin/python3"


def project(directory: str, tests: int) -> None:
    os.makedirs(os.path.join(directory, "tests"))
    with open(os.path.join(directory, "tests", "test_many.py"), "w", encoding="utf-8") as f:
        for i in range(tests):
            f.write(f"def test_{i}():\n    assert {i} == {i}\n")


def run(directory: str, plugin: bool) -> tuple:
    args = [PYTHON, "-m", "pytest", "-q", "-p", "no:cacheprovider"]
    env = dict(os.environ)
    pass_fds = ()
    reader = None
    if plugin:
        read_end, write_end = os.pipe()
        env["PYTHONPATH"] = os.path.join(ROOT, "python")
        env["API_TEST_EXPLORER_REPORT_FD"] = str(write_end)
        args += ["-p", "api_test_explorer.pytest_plugin"]
        pass_fds = (write_end,)

        def drain() -> None:
            with os.fdopen(read_end, "rb") as r:
                while r.read(1 << 16):
                    pass
        reader = threading.Thread(target=drain)
        reader.start()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(args, cwd=directory, env=env, pass_fds=pass_fds, check=True,
                   stdout=subprocess.DEVNULL)
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if plugin:
        os.close(write_end)
        reader.join()
    return elapsed, cpu


def main() -> None:
    tests = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 15
    with tempfile.TemporaryDirectory() as directory:
        project(directory, tests)
        plain, ours = [], []
        for _ in range(runs):
            plain.append(run(directory, False))
            ours.append(run(directory, True))
    print(f"{tests} trivial tests, {runs} interleaved pairs of runs:")
    for label, index in (("wall", 0), ("CPU", 1)):
        best_plain = min(r[index] for r in plain)
        best_ours = min(r[index] for r in ours)
        # Each pair ran back to back: the median of their ratios is steady on a noisy machine.
        ratios = sorted(o[index] / p[index] for p, o in zip(plain, ours))
        median = ratios[len(ratios) // 2]
        print(f"  {label:4}  best: plain pytest {best_plain:.3f} s, with our plugin "
              f"{best_ours:.3f} s ({(best_ours / best_plain - 1) * 100:+.1f} %); median of the "
              f"pairs {(median - 1) * 100:+.1f} %")


if __name__ == "__main__":
    main()
