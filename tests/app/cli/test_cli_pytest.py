"""`api-replay pytest run|find-polluter` on a real pytest project (tests/python/projects/leaky),
through the real binary: pytest's own output and status, the run history, pytest-randomly's
order, and detect-test-pollution's bisection in fresh pytest processes."""
from __future__ import annotations

import os
import pathlib
import re
import shutil
import subprocess
import sys
from typing import List

import pytest

API_REPLAY = os.environ["API_REPLAY"]
PROJECT = pathlib.Path(__file__).resolve().parents[2] / "python" / "projects" / "leaky"
PYTHON = ["--python", sys.executable]
TARGET = "tests/test_zanon.py::test_anonymous_gets_401"


@pytest.fixture
def project(tmp_path: pathlib.Path) -> pathlib.Path:
    dest = tmp_path / "leaky"
    shutil.copytree(PROJECT, dest)
    return dest


def replay(args: List[str], cwd: pathlib.Path) -> subprocess.CompletedProcess:
    return subprocess.run([API_REPLAY, *args], capture_output=True, text=True, cwd=cwd,
                          timeout=300)


def test_run_prints_pytests_summary_and_records_each_test(project: pathlib.Path) -> None:
    history = project / "h.db"
    r = replay(["pytest", "run", *PYTHON, "--history", str(history)], project)
    assert r.returncode == 1  # pytest's own: tests failed
    assert re.search(r"2 failed, 6 passed in [0-9.]+s", r.stdout), r.stdout
    h = replay(["history", "--history", str(history)], project)
    assert "tests/test_auth.py::test_admin_view: passed 1 of the last 1 runs" in h.stdout
    assert "tests/test_zanon.py::test_anonymous_gets_401: passed 0 of the last 1 runs" in h.stdout


def test_the_rootdir_option_and_pytest_arguments_after_the_dashes(tmp_path: pathlib.Path) -> None:
    r = replay(["pytest", "run", "--rootdir", str(PROJECT), *PYTHON, "--no-history", "--",
                "-k", "test_c or test_d", "-p", "no:cacheprovider"], tmp_path)
    assert r.returncode == 0, r.stdout + r.stderr
    assert re.search(r"2 passed, 6 deselected", r.stdout), r.stdout


def order(stdout: str) -> List[str]:
    return re.findall(r"^(tests/\S+::\S+) (?:PASSED|FAILED)", stdout, re.M)


def test_a_seed_gives_one_order_and_last_replays_it(project: pathlib.Path) -> None:
    runs = [replay(["pytest", "run", *PYTHON, "--no-history", "--seed", seed, "--", "-v", "-s"],
                   project) for seed in ("12345", "12345", "last", "999")]
    assert "Using --seed 12345" in runs[0].stdout
    assert order(runs[0].stdout) == order(runs[1].stdout) == order(runs[2].stdout)
    assert order(runs[3].stdout) != order(runs[0].stdout)
    # random is reseeded before each test: the same number whatever ran before it.
    numbers = [re.search(r"RANDOM (\S+)", r.stdout).group(1) for r in runs[:3]]
    assert len(set(numbers)) == 1


def test_find_polluter_names_the_test_and_the_override_it_left(project: pathlib.Path) -> None:
    r = replay(["pytest", "find-polluter", TARGET, *PYTHON], project)
    assert r.returncode == 0, r.stdout + r.stderr
    assert ("Polluter: tests/test_auth.py::test_admin_view\n"
            f"It makes {TARGET} fail with:\n"
            "  assert 200 == 401\n"
            "What it left behind:\n"
            "  override get_user -> fake_admin, set by tests/test_auth.py::test_admin_view, "
            "still active\n") in r.stdout
    runs = int(re.search(r"(\d+) pytest runs", r.stdout).group(1))
    assert runs <= 6  # about log2(n) + 2 for the 6 tests before it


def test_a_test_that_fails_alone_is_not_pollution(project: pathlib.Path) -> None:
    r = replay(["pytest", "find-polluter", "tests/test_alone.py::test_broken_alone", *PYTHON],
               project)
    assert r.returncode == 1
    assert "The test fails on its own: this is not pollution." in r.stdout
    assert "assert 1 == 2" in r.stdout


def test_the_order_of_a_recorded_run_can_be_bisected(project: pathlib.Path) -> None:
    history = project / "h.db"
    replay(["pytest", "run", *PYTHON, "--history", str(history), "--seed", "4"], project)
    r = replay(["pytest", "find-polluter", TARGET, *PYTHON, "--run", "1", "--history",
                str(history)], project)
    # Whether the polluter ran before the target depends on the shuffled order.
    assert ("Polluter: tests/test_auth.py::test_admin_view" in r.stdout) or \
        ("no polluter to find in this order" in r.stdout), r.stdout
    r = replay(["pytest", "find-polluter", TARGET, *PYTHON, "--run", "7", "--history",
                str(history)], project)
    assert r.returncode == 2 and "no run 7" in r.stderr


def test_repeat_prints_a_pass_rate_per_test(project: pathlib.Path) -> None:
    r = replay(["pytest", "run", *PYTHON, "--no-history", "--repeat", "2", "--", "-q"], project)
    assert f"  {TARGET}: 0/2" in r.stdout
    assert "  tests/test_auth.py::test_a: 2/2" in r.stdout


@pytest.mark.parametrize("args, message", [
    (["pytest", "run", "--seed", "x"], "--seed needs a whole number from 0 to 4294967295"),
    (["pytest", "run", "-k", "x"], "unknown option '-k' (pytest's own options go after --)"),
    (["pytest", "run", "--rootdir", "/no/such/dir"], "--rootdir /no/such/dir is not a directory"),
    (["pytest", "find-polluter"], "give one node id"),
    (["pytest", "find-polluter", "tests/nope.py::test_x", *PYTHON], "is not collected by pytest"),
    (["pytest", "frobnicate"], "unknown subcommand 'frobnicate'"),
])
def test_usage_errors_are_exit_status_2(args: List[str], message: str,
                                        project: pathlib.Path) -> None:
    r = replay(args, project)
    assert r.returncode == 2
    assert message in r.stderr
