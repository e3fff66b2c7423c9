"""The pytest plugin on its own: pytest runs a small project with `-p
api_test_explorer.pytest_plugin`, reporting into a memory file as `api-replay pytest run` has it,
and the lines it wrote are read back. Run alone, under pytest-xdist (where the fixtures are set
up in the workers and must reach the controller's report), and with a pytest started by a test."""
from __future__ import annotations

import json
import os
import pathlib
import subprocess
import sys
import textwrap
from typing import Any, Dict, List

import pytest

PACKAGE = pathlib.Path(__file__).resolve().parents[2] / "python"

PROJECT = {
    "tests/conftest.py": """
        import pytest

        @pytest.fixture(scope="session")
        def engine():
            yield "engine"

        @pytest.fixture(scope="module")
        def client(engine):
            yield "client"

        @pytest.fixture
        def user():
            yield "user"
    """,
    "tests/test_one.py": """
        def test_a(client, user): pass
        def test_b(client): pass
    """,
    "tests/test_two.py": """
        def test_c(client, user): pass
        def test_d(user): assert user == "admin"
    """,
}


def run(root: pathlib.Path, *args: str,
        project: Dict[str, str] = PROJECT) -> List[Dict[str, Any]]:
    for name, text in project.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(textwrap.dedent(text))
    report = os.memfd_create("report")
    env = dict(os.environ, PYTHONPATH=str(PACKAGE), API_TEST_EXPLORER_REPORT_FD=str(report))
    try:
        subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p",
                        "api_test_explorer.pytest_plugin", *args], cwd=root, env=env,
                       pass_fds=(report,), capture_output=True, timeout=120)
        os.lseek(report, 0, os.SEEK_SET)
        text = b""
        while chunk := os.read(report, 1 << 16):
            text += chunk
    finally:
        os.close(report)
    return [json.loads(line) for line in text.decode().splitlines()]


def timelines(lines: List[Dict[str, Any]]) -> Dict[str, Dict[str, Any]]:
    """Each test's fixtures by name, with teardowns reported later applied by span id."""
    spans: Dict[int, Dict[str, Any]] = {}
    tests: Dict[str, Dict[str, Any]] = {}
    for line in lines:
        if "test" in line:
            test = line["test"]
            tests[test["nodeid"]] = test
            for span in test.get("fixtures", []):
                assert span["id"] not in spans, f"span id {span['id']} given twice"
                spans[span["id"]] = span
        elif "teardown" in line:
            spans[line["teardown"]["id"]]["teardown_at"] = line["teardown"]["at"]
    return {nodeid: {s["name"]: s for s in test.get("fixtures", [])}
            for nodeid, test in tests.items()}


def check_fixtures(lines: List[Dict[str, Any]]) -> None:
    tests = timelines(lines)
    assert set(tests) == {"tests/test_one.py::test_a", "tests/test_one.py::test_b",
                          "tests/test_two.py::test_c", "tests/test_two.py::test_d"}
    # Every test that asked for a fixture has it, set up in it or in an earlier test on the same
    # process; each function fixture is set up and torn down within its test.
    names = {nodeid: set(fixtures) for nodeid, fixtures in tests.items()}
    every = set().union(*names.values())
    assert every == {"engine", "client", "user"}
    for nodeid, fixtures in tests.items():
        if "user" in fixtures:
            user = fixtures["user"]
            assert user["scope"] == "function"
            assert user["teardown_at"] is not None and user["teardown_at"] >= user["setup_at"]
        for span in fixtures.values():
            assert span["scope"] in ("function", "module", "session")
            assert span["teardown_at"] is not None, f"{span['name']} of {nodeid} never ended"
    assert "user" in tests["tests/test_two.py::test_d"]
    finished = [line for line in lines if "finished" in line]
    assert finished == [{"finished": 1}]


def test_the_fixtures_of_each_test_are_reported(tmp_path: pathlib.Path) -> None:
    lines = run(tmp_path)
    check_fixtures(lines)
    tests = timelines(lines)
    # One process: the module fixture is set up once per module (a span is reported with the
    # test it was set up in), the session fixture once.
    assert [nodeid for nodeid, f in sorted(tests.items()) if "client" in f] == [
        "tests/test_one.py::test_a", "tests/test_two.py::test_c"]
    assert sum("engine" in f for f in tests.values()) == 1


def test_under_xdist_the_workers_fixtures_reach_the_controller(tmp_path: pathlib.Path) -> None:
    pytest.importorskip("xdist")
    lines = run(tmp_path, "-p", "xdist", "-n", "2", "--dist", "loadfile")
    check_fixtures(lines)
    tests = timelines(lines)
    # Each worker set up its own session fixture; the spans were renumbered apart.
    assert sum("engine" in f for f in tests.values()) == 2
    failed = [line["test"] for line in lines if "test" in line
              and line["test"]["outcome"] == "failed"]
    assert [t["nodeid"] for t in failed] == ["tests/test_two.py::test_d"]


def test_a_pytest_the_tests_start_does_not_write_into_the_report(tmp_path: pathlib.Path) -> None:
    lines = run(tmp_path, project={"tests/test_inner.py": """
        import os
        import pytest

        def test_the_descriptor_is_not_passed_on():
            assert "API_TEST_EXPLORER_REPORT_FD" not in os.environ

        def test_runs_pytest_in_this_process(tmp_path):
            (tmp_path / "test_x.py").write_text("def test_inner(): pass\\n")
            assert pytest.main(["-q", "-p", "no:cacheprovider", "-p",
                                "api_test_explorer.pytest_plugin", str(tmp_path)]) == 0

        def test_after(): pass
    """})
    tests = [line["test"] for line in lines if "test" in line]
    assert [(t["nodeid"].split("::")[1], t["outcome"]) for t in tests] == [
        ("test_the_descriptor_is_not_passed_on", "passed"),
        ("test_runs_pytest_in_this_process", "passed"),
        ("test_after", "passed")]
    assert sum("collected" in line for line in lines) == 1
    assert [line for line in lines if "finished" in line] == [{"finished": 0}]
