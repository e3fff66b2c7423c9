"""`api-replay pytest` and `history import-junit` on the shop project (tests/python/projects/
shop: leaks of three kinds, a seeded flaky test, an xfail, a TestClient outside `with`) and on
projects that go wrong: no tests, a collection error, a hanging test, a crash, no pytest, 500
tests to bisect. Everything through the real binary and real pytest processes."""
from __future__ import annotations

import math
import os
import pathlib
import re
import shutil
import sqlite3
import subprocess
import sys
import textwrap
import time
from typing import List

import pytest

API_REPLAY = os.environ["API_REPLAY"]
SHOP = pathlib.Path(__file__).resolve().parents[2] / "python" / "projects" / "shop"
PYTHON = ["--python", sys.executable]
NO_CACHE = ["--", "-p", "no:cacheprovider"]


@pytest.fixture
def shop(tmp_path: pathlib.Path) -> pathlib.Path:
    dest = tmp_path / "shop"
    shutil.copytree(SHOP, dest)
    return dest


def replay(args: List[str], cwd: pathlib.Path, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run([API_REPLAY, *args], capture_output=True, text=True, cwd=cwd,
                          timeout=timeout)


def write_project(root: pathlib.Path, files: dict) -> pathlib.Path:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text))
    return root


@pytest.mark.parametrize("target, polluter, left", [
    ("tests/test_auth.py::test_anonymous_gets_401",
     "tests/test_auth.py::TestAdmin::test_admin_sees_their_name",
     "  override get_user -> fake_admin, set by "
     "tests/test_auth.py::TestAdmin::test_admin_sees_their_name, still active\n"),
    ("tests/test_items.py::test_first_view_has_no_history",
     "tests/test_items.py::test_view_an_item", "  no dependency override"),
    ("tests/test_orders.py::test_no_orders_yet",
     "tests/test_orders.py::test_place_an_order", "  no dependency override"),
])
def test_each_kind_of_leak_is_traced_to_its_test(shop: pathlib.Path, target: str, polluter: str,
                                                 left: str) -> None:
    r = replay(["pytest", "find-polluter", target, *PYTHON, *NO_CACHE], shop)
    assert r.returncode == 0, r.stdout + r.stderr
    assert f"Polluter: {polluter}\nIt makes {target} fail with:" in r.stdout
    assert left in r.stdout


def test_the_seed_decides_the_flaky_test_and_replays_it(shop: pathlib.Path) -> None:
    def outcome(seed: str) -> str:
        r = replay(["pytest", "run", *PYTHON, "--no-history", "--seed", seed, "--", "-v",
                    "-p", "no:cacheprovider", "tests/test_random.py::test_flaky_by_seed"], shop)
        return re.search(r"test_flaky_by_seed (PASSED|FAILED)", r.stdout).group(1)
    # Reseeded before each test: one seed gives one outcome; seeds 4 and 5 differ.
    assert outcome("4") == outcome("4")
    assert {outcome("4"), outcome("5")} == {"PASSED", "FAILED"}


def test_leftovers_hints_and_xfail_in_the_run(shop: pathlib.Path) -> None:
    history = shop / "h.db"
    r = replay(["pytest", "run", *PYTHON, "--history", str(history), "--seed", "5", *NO_CACHE],
               shop)
    lines = r.stdout.rstrip("\n").splitlines()
    assert re.fullmatch(r"=+ \d+ failed, \d+ passed, 1 xfailed in [0-9.]+s =+", lines[-1]), lines[-1]
    left = r.stdout[r.stdout.index("api-test-explorer: left behind"):]
    assert ("override get_user -> fake_admin, set by "
            "tests/test_auth.py::TestAdmin::test_admin_sees_their_name, still active") in left
    assert ("tests/test_random.py::test_lifespan_not_run: TestClient(app) sent a request "
            "outside `with`") in left
    # The xfail is recorded as a skip with its reason, not as a failure.
    with sqlite3.connect(history) as db:
        row = db.execute("SELECT outcome, message FROM results WHERE test = 'test_refund'").fetchone()
    assert row == ("SKIPPED", "xfail: refunds are not written yet")


def test_a_hanging_test_is_ended_by_the_timeout_and_what_finished_is_kept(
        tmp_path: pathlib.Path) -> None:
    project = write_project(tmp_path / "p", {
        "tests/test_a.py": """
            import time
            def test_first(): pass
            def test_hangs(): time.sleep(600)
            def test_never_runs(): pass
        """})
    history = tmp_path / "h.db"
    r = replay(["pytest", "run", *PYTHON, "--history", str(history), "--timeout", "2",
                *NO_CACHE], project, timeout=120)
    assert r.returncode == 2
    assert ("tests/test_a.py::test_hangs ran longer than 2 s (the timeout): the pytest process "
            "was killed") in r.stderr
    with sqlite3.connect(history) as db:
        rows = db.execute("SELECT test, outcome FROM results ORDER BY id").fetchall()
        status = db.execute("SELECT status FROM runs").fetchone()[0]
    assert rows == [("test_first", "PASSED"), ("test_hangs", "ERROR")]
    assert status == "finished"


def test_a_crash_of_pytest_is_named_with_the_test_it_happened_in(tmp_path: pathlib.Path) -> None:
    project = write_project(tmp_path / "p", {
        "tests/test_a.py": """
            import os
            def test_first(): pass
            def test_crashes(): os._exit(3)
        """})
    history = tmp_path / "h.db"
    r = replay(["pytest", "run", *PYTHON, "--history", str(history), *NO_CACHE], project)
    assert r.returncode == 3
    assert "the pytest process ended during tests/test_a.py::test_crashes (exit status 3)" in r.stderr
    with sqlite3.connect(history) as db:
        rows = db.execute("SELECT test, outcome FROM results ORDER BY id").fetchall()
    assert rows == [("test_first", "PASSED"), ("test_crashes", "ERROR")]


def test_a_crash_after_a_burst_of_tests_keeps_every_one_that_finished(
        tmp_path: pathlib.Path) -> None:
    # The reports are appended to a memory file api-replay reads every few milliseconds: the
    # ones written just before the crash are read after it, and the crash is not blamed on them.
    project = write_project(tmp_path / "p", {
        "tests/test_a.py": """
            import os
            import pytest
            @pytest.mark.parametrize("n", range(300))
            def test_quick(n): pass
            def test_crashes(): os._exit(3)
        """})
    history = tmp_path / "h.db"
    r = replay(["pytest", "run", *PYTHON, "--history", str(history), *NO_CACHE], project)
    assert r.returncode == 3
    assert "the pytest process ended during tests/test_a.py::test_crashes (exit status 3)" in r.stderr
    with sqlite3.connect(history) as db:
        rows = db.execute("SELECT test, outcome FROM results ORDER BY id").fetchall()
    assert rows == [(f"test_quick[{n}]", "PASSED") for n in range(300)] + [
        ("test_crashes", "ERROR")]


def test_megabytes_of_failure_reports_are_read_whole(tmp_path: pathlib.Path) -> None:
    # 40 failures of about 64 KiB each: the report file passes the MiB at which api-replay
    # gives back the memory of what it read; every report after that is still read whole.
    project = write_project(tmp_path / "p", {
        "tests/test_a.py": """
            import pytest
            @pytest.mark.parametrize("n", range(40))
            def test_big(n):
                assert "x" * 70000 == f"failure {n}"
        """})
    history = tmp_path / "h.db"
    r = replay(["pytest", "run", *PYTHON, "--history", str(history), *NO_CACHE], project)
    assert r.returncode == 1, r.stdout + r.stderr
    assert "40 failed" in r.stdout
    with sqlite3.connect(history) as db:
        rows = db.execute("SELECT test, outcome, message FROM results ORDER BY id").fetchall()
    assert [row[:2] for row in rows] == [(f"test_big[{n}]", "FAILED") for n in range(40)]
    for n, row in enumerate(rows):
        assert f"failure {n}" in row[2]


def test_a_process_the_tests_leave_behind_does_not_hold_the_run(tmp_path: pathlib.Path) -> None:
    # A forked child (multiprocessing's default start method on Linux, a test server) keeps
    # every descriptor pytest had: the run ends with pytest all the same.
    project = write_project(tmp_path / "p", {
        "tests/test_a.py": """
            import os, time
            def test_forks():
                if os.fork() == 0:
                    os.closerange(0, 3)  # the test's own pipes (also those pytest's
                    os.closerange(4, 4096)  # capture keeps): descriptor 3 alone stays
                    time.sleep(30)
                    os._exit(0)
        """})
    start = time.monotonic()
    r = replay(["pytest", "run", *PYTHON, "--history", str(tmp_path / "h.db"), *NO_CACHE],
               project, timeout=60)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "1 passed" in r.stdout
    assert time.monotonic() - start < 20


def test_no_tests_and_a_collection_error_are_pytests_own_words(tmp_path: pathlib.Path) -> None:
    empty = write_project(tmp_path / "empty", {"README": "nothing here\n"})
    r = replay(["pytest", "run", *PYTHON, "--no-history", *NO_CACHE], empty)
    assert r.returncode == 5  # pytest: no tests collected
    assert "no tests ran" in r.stdout
    broken = write_project(tmp_path / "broken", {"tests/test_x.py": "import no_such_module\n"})
    r = replay(["pytest", "run", *PYTHON, "--no-history", *NO_CACHE], broken)
    assert r.returncode == 2  # pytest: interrupted by the collection error
    assert "ModuleNotFoundError: No module named 'no_such_module'" in r.stdout
    r = replay(["pytest", "find-polluter", "tests/test_x.py::test_y", *PYTHON, *NO_CACHE], broken)
    assert r.returncode == 2
    assert "pytest could not collect the tests" in r.stderr


def test_an_interpreter_without_pytest_is_named(tmp_path: pathlib.Path, shop: pathlib.Path) -> None:
    bare = tmp_path / "bare-python"
    bare.write_text(f"#!/bin/sh\nexec {sys.executable} -S \"$@\"\n")  # -S: no site-packages
    bare.chmod(0o755)
    r = replay(["pytest", "find-polluter", "tests/test_auth.py::test_anonymous_gets_401",
                "--python", str(bare)], shop)
    assert r.returncode == 2
    assert f"pytest did not run under {bare} (is pytest installed for it?)" in r.stderr
    r = replay(["pytest", "run", "--python", str(tmp_path / "nope"), "--no-history"], shop)
    assert r.returncode == 2 and str(tmp_path / "nope") in r.stderr


def test_find_polluter_in_500_tests_keeps_to_detect_test_pollutions_budget(
        tmp_path: pathlib.Path) -> None:
    tests = ["import state\n"]
    for i in range(500):
        if i == 137:
            tests.append(f"def test_{i:03}(): state.dirty = True\n")
        elif i == 499:
            tests.append(f"def test_{i:03}(): assert not state.dirty\n")
        else:
            tests.append(f"def test_{i:03}(): pass\n")
    project = write_project(tmp_path / "p", {"tests/state.py": "dirty = False\n",
                                             "tests/test_many.py": "".join(tests),
                                             "tests/conftest.py": "import sys, os\n"
                                             "sys.path.insert(0, os.path.dirname(__file__))\n"})
    r = replay(["pytest", "find-polluter", "tests/test_many.py::test_499", *PYTHON, *NO_CACHE],
               project)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "Polluter: tests/test_many.py::test_137" in r.stdout
    runs = int(re.search(r"(\d+) pytest runs", r.stdout).group(1))
    assert runs <= math.ceil(math.log2(500)) + 2


JUNIT_WITH_RERUNS = """<?xml version="1.0" encoding="utf-8"?>
<testsuites><testsuite name="pytest" errors="0" failures="1" skipped="0" tests="4"
  time="1.5" timestamp="2026-12-01T10:00:00.250000">
 <testcase classname="tests.test_auth" name="test_login" time="0.1"/>
 <testcase classname="tests.test_auth.TestAdmin" name="test_flaky" time="0.2">
   <rerun message="assert 500 == 200">traceback</rerun>
 </testcase>
 <testcase classname="tests.test_orders" name="test_surefire_style" time="0.3">
   <flakyFailure message="timeout" type="AssertionError"/>
   <flakyError message="boom"/>
 </testcase>
 <testcase classname="tests.test_orders" name="test_broken" time="0.4">
   <failure message="assert 1 == 2">long text</failure>
 </testcase>
 <testcase classname="tests.test_orders" name="test_twice" time="0.1">
   <failure message="first try"/>
 </testcase>
 <testcase classname="tests.test_orders" name="test_twice" time="0.1"/>
</testsuite></testsuites>
"""


def test_import_junit_counts_reruns_as_attempts(tmp_path: pathlib.Path) -> None:
    report = tmp_path / "junit.xml"
    report.write_text(JUNIT_WITH_RERUNS)
    history = tmp_path / "h.db"
    r = replay(["history", "import-junit", str(report), "--history", str(history)], tmp_path)
    assert r.returncode == 0, r.stderr
    assert f"{report}: run #1, 5 tests (4 passed, 1 failed, 0 skipped, 4 reruns)" in r.stdout
    h = replay(["history", "--history", str(history)], tmp_path)
    assert "tests/test_auth.py::TestAdmin::test_flaky: passed 1 of the last 2 runs" in h.stdout
    assert "tests/test_orders.py::test_surefire_style: passed 1 of the last 3 runs" in h.stdout
    assert "tests/test_orders.py::test_twice: passed 1 of the last 2 runs" in h.stdout
    assert "tests/test_auth.py::test_login: passed 1 of the last 1 runs" in h.stdout
    with sqlite3.connect(history) as db:
        started = db.execute("SELECT started_us FROM runs").fetchone()[0]
    assert started == 1796119200250000  # 2026-12-01T10:00:00.25 UTC


def test_import_junit_reads_pytests_own_report(shop: pathlib.Path) -> None:
    xml = shop / "junit.xml"
    replay(["pytest", "run", *PYTHON, "--no-history", "--seed", "5", "--junit-xml", str(xml),
            *NO_CACHE], shop)
    history = shop / "h.db"
    r = replay(["history", "import-junit", str(xml), "--history", str(history)], shop)
    assert r.returncode == 0, r.stderr
    h = replay(["history", "--history", str(history)], shop)
    # pytest's classname "tests.test_auth.TestAdmin" is the node id's file and class again.
    assert "tests/test_auth.py::TestAdmin::test_admin_sees_their_name: passed 1" in h.stdout


@pytest.mark.parametrize("text, message", [
    ("<testsuites><testsuite><testcase name='a'>", "not well-formed XML at byte"),
    ("<html><body/></html>", "not a JUnit report (the root element is <html>"),
    ("<testsuites/>", "<testsuites> holds no <testsuite>"),
])
def test_import_junit_names_a_bad_file_and_imports_the_others(tmp_path: pathlib.Path, text: str,
                                                              message: str) -> None:
    bad, good = tmp_path / "bad.xml", tmp_path / "good.xml"
    bad.write_text(text)
    good.write_text(JUNIT_WITH_RERUNS)
    history = tmp_path / "h.db"
    r = replay(["history", "import-junit", str(bad), str(good), "--history", str(history)],
               tmp_path)
    assert r.returncode == 2
    assert f"api-replay history import-junit: {bad}: {message}" in r.stderr
    assert f"{good}: run #1" in r.stdout
    r = replay(["history", "import-junit", str(tmp_path / "none.xml"), "--history",
                str(history)], tmp_path)
    assert r.returncode == 2 and "none.xml: cannot be read" in r.stderr


def test_pytest_xdist_runs_are_recorded_from_the_controller(shop: pathlib.Path) -> None:
    pytest.importorskip("xdist")
    history = shop / "h.db"
    r = replay(["pytest", "run", *PYTHON, "--history", str(history), "--", "-p",
                "no:cacheprovider", "-n", "2"], shop)
    assert "INTERNALERROR" not in r.stdout + r.stderr
    # Which tests fail depends on how the tests were shared out (and the unseeded flaky one).
    assert re.search(r"(\d+ failed, )?\d+ passed, 1 xfailed", r.stdout.splitlines()[-1])
    with sqlite3.connect(history) as db:
        recorded = db.execute("SELECT count(*) FROM results").fetchone()[0]
    assert recorded == 10  # every test, though the workers' reports arrive interleaved
