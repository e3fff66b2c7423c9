"""api-replay as an attacker and a careless user would run it: the real binary, real files,
real processes (issue 11). Run by ctest: python3 -m pytest tests/app/cli/test_cli_hardening.py
with API_REPLAY set to the binary."""
from __future__ import annotations

import ast
import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
import tokenize
from pathlib import Path

import pytest

API_REPLAY = os.environ.get("API_REPLAY", "build/app/api-replay")
SUITES = Path(__file__).resolve().parents[3] / "resources" / "suites"


def replay(*args: str, stdin: str | bytes | None = None, timeout: float = 60, **kw) -> subprocess.CompletedProcess:
    data = stdin.encode() if isinstance(stdin, str) else stdin
    return subprocess.run([API_REPLAY, *args], input=data, capture_output=True, timeout=timeout, **kw)


def suite(path: Path, tests: list, fixtures: list | None = None, **extra) -> Path:
    doc = {"suite": extra.pop("name", "s"), "tests": tests, **extra}
    if fixtures is not None:
        doc["fixtures"] = fixtures
    path.write_text(json.dumps(doc, indent=1))
    return path


HEALTH = [{"request": {"method": "GET", "path": "/forge/health"}}, {"expect": {"status": 200}}]


# --- export-pytest: suite data never becomes code ------------------------------------------

PAYLOAD = '__import__("os").system("touch PWNED")'

# Everything the generated Python may call or name that does not come from the suite's
# (validated) names: the templates of engine/suite/export.cpp.
ALLOWED_NAMES = {
    "app", "re", "uuid", "pytest", "WebSocketDisconnect", "TestClient", "tc_client",
    "tc_close_session", "tc_open_session", "tc_pointer", "tc_use_client", "response", "raised",
    "ws", "closed", "case", "type", "str", "int", "isinstance", "list", "document", "path",
    "part", "_clients", "_state", "True", "False", "None", "raise_server_exceptions", "Exception",
}


def check_no_code_from_data(source: str, filename: str, names: set[str]) -> None:
    tree = ast.parse(source, filename)  # it must parse
    for node in ast.walk(tree):
        if isinstance(node, ast.Name):
            assert node.id in ALLOWED_NAMES | names, f"{filename}: unexpected name {node.id}"
        if isinstance(node, ast.Import):
            assert [a.name for a in node.names] in (["re"], ["uuid"], ["pytest"]), ast.dump(node)
        if isinstance(node, ast.ImportFrom):
            assert node.module in {"conftest", "starlette.websockets", "fastapi.testclient", "forge_app"}, ast.dump(node)
        if isinstance(node, (ast.Lambda, ast.Global, ast.Nonlocal, ast.Delete, ast.ClassDef)):
            raise AssertionError(f"{filename}: unexpected {type(node).__name__}")
    # The payload appears only inside string literals and comments, never as code.
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if "PWNED" in token.string:
            assert token.type in (tokenize.STRING, tokenize.COMMENT), token


def test_export_writes_hostile_text_as_literals_and_comments(tmp_path: Path) -> None:
    hostile_dir = tmp_path / "dir\nimport os\nos.system('touch PWNED')\n#"
    hostile_dir.mkdir()
    evil = "x'''\"\"\"\n" + PAYLOAD + "\n# \u2028 \x0c"
    path = suite(
        hostile_dir / "s.json",
        name="evil\nimport os",
        description="line one\n" + PAYLOAD + "\r\n" + PAYLOAD,
        fixtures=[{"name": "fx", "setup": [{"sql": "SELECT 1\n" + PAYLOAD}]}],
        tests=[
            {"name": "test_a", "uses": ["fx"], "steps": [
                {"request": {"method": "POST", "path": "/forge/users?x=" + evil,
                             "headers": {"x-evil": "v"}, "json": {evil: [evil, 1, None]}}},
                {"expect": {"status": 422, "json_contains": {evil: evil}, "header": {"x": evil},
                            "json_pointer": {"/" + evil: evil}, "rows": {"users": 1}}},
            ]},
            {"name": "test_p", "parametrize": [{"id": evil, "v": evil}, {"id": "b\n" + PAYLOAD, "v": 2}],
             "steps": [{"request": {"method": "GET", "path": "/forge/items/1", "query": {"q": "$v"}}},
                       {"expect": {"raises": {"type": evil, "message": evil}}}]},
        ],
    )
    out = tmp_path / "out"
    r = replay("export-pytest", str(path), "--out", str(out))
    assert r.returncode == 0, r.stderr
    files = sorted(out.glob("*.py"))
    assert len(files) == 2
    for f in files:
        source = f.read_text()
        check_no_code_from_data(source, str(f), {"fx", "test_a", "test_p", "tc_pointer"})
        compile(source, str(f), "exec")
    assert not (tmp_path / "PWNED").exists()


@pytest.mark.parametrize("step, pointer", [
    ({"set_override": {"get_db": 'real; os.system("whoami")'}}, "set_override/get_db"),
    ({"set_override": {"get_db)\nimport os\n#": "sqlite_memory"}}, "set_override"),
    ({"remove_override": "get_db, None)\nimport os #"}, "remove_override"),
    ({"set_override": {"class": "sqlite_memory"}}, "set_override/class"),
])
def test_code_in_override_names_is_refused_at_load_by_run_and_export(tmp_path: Path, step: dict, pointer: str) -> None:
    path = suite(tmp_path / "s.json", [{"name": "test_x", "steps": [step]}])
    for args in (["run", str(path), "--no-history"], ["export-pytest", str(path), "--out", str(tmp_path / "o")]):
        r = replay(*args)
        assert r.returncode == 2
        err = r.stderr.decode()
        assert f"{path}:" in err and ("not a Python identifier" in err or "Python keyword" in err), err
    assert not (tmp_path / "o").exists()


@pytest.mark.parametrize("name", ["test a", "class", "1test", "test-x"])
def test_names_that_are_not_python_identifiers_are_refused_at_load(tmp_path: Path, name: str) -> None:
    path = suite(tmp_path / "s.json", [{"name": name, "steps": HEALTH}])
    r = replay("run", str(path), "--no-history")
    assert r.returncode == 2
    assert r.stderr.decode().startswith(f"{path}:5:12: the test name"), r.stderr  # where the name is


def test_app_module_must_be_a_module_path(tmp_path: Path) -> None:
    r = replay("export-pytest", str(SUITES / "overrides.json"), "--out", str(tmp_path / "o"),
               "--app-module", "forge_app import app\nimport os\nfrom x")
    assert r.returncode == 2
    assert b"is not a Python module path" in r.stderr
    assert not list((tmp_path).glob("o/*.py"))


def test_two_suites_written_to_one_file_are_refused(tmp_path: Path) -> None:
    a = suite(tmp_path / "a.json", [{"name": "test_a", "steps": HEALTH}], name="my suite")
    b = suite(tmp_path / "b.json", [{"name": "test_b", "steps": HEALTH}], name="my-suite")
    r = replay("export-pytest", str(a), str(b), "--out", str(tmp_path / "o"))
    assert r.returncode == 2
    assert b"test_my_suite.py" in r.stderr


def test_an_empty_parameter_set_is_skipped_as_pytest_skips_it(tmp_path: Path) -> None:
    path = suite(tmp_path / "s.json", [{"name": "test_ok", "steps": HEALTH},
                                       {"name": "test_none", "parametrize": [], "steps": HEALTH}])
    db, xml = tmp_path / "h.db", tmp_path / "j.xml"
    r = replay("run", str(path), "--history", str(db), "--junit-xml", str(xml))
    out = r.stdout.decode()
    assert r.returncode == 0, out
    assert f"test_none[case0] SKIPPED (got empty parameter set ['case'], function test_none at {path}:" in out
    assert out.rstrip().splitlines()[-1].startswith("1 passed, 0 failed, 1 skipped in ")
    assert 'skipped="1"' in xml.read_text() and "<skipped " in xml.read_text()
    # A skip is not a failure: --lf has nothing to rerun.
    again = replay("run", str(path), "--history", str(db), "--lf").stdout.decode()
    assert "No failed tests in the last run" in again
    # The exported module skips it the same way under pytest.
    out_dir = tmp_path / "o"
    assert replay("export-pytest", str(path), "--out", str(out_dir)).returncode == 0
    assert '@pytest.mark.parametrize("case", [])\ndef test_none(case):' in (out_dir / "test_s.py").read_text()


# --- sql steps ------------------------------------------------------------------------------

@pytest.mark.parametrize("sql", ["", "   ", ";", "-- only a comment", "/* c */ ;"])
def test_sql_step_that_holds_no_statement_fails_its_test_and_the_run_goes_on(tmp_path: Path, sql: str) -> None:
    path = suite(tmp_path / "s.json", [
        {"name": "test_before", "steps": HEALTH},
        {"name": "test_sql", "steps": [{"session": "open"}, {"sql": sql}]},
        {"name": "test_after", "steps": HEALTH},
    ])
    r = replay("run", str(path), "--history", str(tmp_path / "h.db"))
    out = r.stdout.decode()
    assert r.returncode == 1, r.stderr
    assert "test_before PASSED" in out and "test_sql ERROR" in out and "test_after PASSED" in out
    assert "the SQL is empty" in out
    runs = json.loads(replay("history", "--history", str(tmp_path / "h.db"), "--json").stdout)["runs"]
    assert runs[0]["status"] == "finished"


def test_timeout_holds_inside_an_sql_step_and_a_regular_expression(tmp_path: Path) -> None:
    path = suite(tmp_path / "s.json", [
        {"name": "test_cte", "steps": [{"session": "open"}, {"sql": "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c"}]},
        {"name": "test_regex", "steps": [
            {"request": {"method": "GET", "path": "/forge/health", "headers": {"x": "a" * 40 + "!"}}},
            {"expect": {"header": {"content-type": "^(a+)+$|^(([a-z0-9-])+)+!$"}}}]},
    ])
    r = replay("run", str(path), "--no-history", "--timeout", "0.5", timeout=30)
    out = r.stdout.decode()
    assert "test_cte ERROR" in out and "ran past the test's time limit" in out, out
    assert "test_regex FAILED" in out, out


def test_a_regular_expression_re2_cannot_compile_is_a_load_error(tmp_path: Path) -> None:
    path = suite(tmp_path / "s.json", [{"name": "test_x", "steps": [
        {"request": {"method": "GET", "path": "/forge/health"}}, {"expect": {"header": {"x": "(a)\\1"}}}]}])
    r = replay("run", str(path), "--no-history")
    assert r.returncode == 2
    assert b"invalid regular expression" in r.stderr


# --- history --------------------------------------------------------------------------------

def history_json(path: Path) -> dict:
    r = replay("history", "--history", str(path), "--json")
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def test_five_runs_at_once_on_one_new_history_file(tmp_path: Path) -> None:
    db = tmp_path / "h.db"
    procs = [subprocess.Popen([API_REPLAY, "run", str(SUITES / "overrides.json"), str(SUITES / "database.json"),
                               "--history", str(db)], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
             for _ in range(5)]
    for p in procs:
        out, err = p.communicate(timeout=60)
        assert p.returncode == 0, err
        assert b"history unavailable" not in err, err
        assert b"9 passed, 0 failed" in out
    runs = history_json(db)["runs"]
    assert len(runs) == 5 and all(r["status"] == "finished" and r["passed"] == 9 for r in runs)


def test_sigkill_keeps_what_finished_and_the_next_open_says_interrupted(tmp_path: Path) -> None:
    db = tmp_path / "h.db"
    path = suite(tmp_path / "s.json", [{"name": f"test_{i}", "steps": HEALTH} for i in range(5)] + [
        {"name": "test_slow", "steps": [{"session": "open"}, {"sql": "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c"}]}])
    p = subprocess.Popen([API_REPLAY, "run", str(path), "--history", str(db), "--timeout", "60"],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    seen = b""
    while seen.count(b"PASSED") < 5:  # each result line is flushed as its test ends
        line = p.stdout.readline()
        assert line, p.stderr.read()
        seen += line
    time.sleep(0.5)  # the batch of results is written within 25 ms
    p.send_signal(signal.SIGKILL)
    p.wait()
    doc = history_json(db)
    assert doc["runs"][0]["status"] == "interrupted"
    assert sorted(t["test"] for t in doc["tests"]) == [f"test_{i}" for i in range(5)]


def test_a_version_1_history_is_migrated_and_its_killed_runs_marked(tmp_path: Path) -> None:
    db = tmp_path / "h.db"
    with sqlite3.connect(db) as c:  # the schema as version 1 wrote it
        c.executescript(
            "CREATE TABLE runs (id INTEGER PRIMARY KEY, started_us INTEGER NOT NULL, finished_us INTEGER,"
            " seed INTEGER, arguments TEXT NOT NULL, status TEXT NOT NULL, passed INTEGER, failed INTEGER);"
            "CREATE TABLE results (id INTEGER PRIMARY KEY, run_id INTEGER NOT NULL REFERENCES runs(id),"
            " file TEXT NOT NULL, test TEXT NOT NULL, outcome TEXT NOT NULL, seconds REAL NOT NULL,"
            " message TEXT NOT NULL);"
            "CREATE INDEX results_by_test ON results(test, run_id);"
            "INSERT INTO runs (started_us, seed, arguments, status) VALUES (1, 0, 'old', 'running');"
            "INSERT INTO results (run_id, file, test, outcome, seconds, message) VALUES (1, 'f', 'test_old', 'PASSED', 0, '');"
            "PRAGMA user_version = 1;")
    r = replay("run", str(SUITES / "overrides.json"), "--history", str(db))
    assert r.returncode == 0 and b"history unavailable" not in r.stderr, r.stderr
    runs = history_json(db)["runs"]
    assert [x["status"] for x in runs] == ["finished", "interrupted"]
    with sqlite3.connect(db) as c:
        assert c.execute("PRAGMA user_version").fetchone()[0] == 2


def test_a_history_locked_for_a_while_is_waited_for(tmp_path: Path) -> None:
    db = tmp_path / "h.db"
    replay("history", "--history", str(db))
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    p = subprocess.Popen([API_REPLAY, "run", str(SUITES / "overrides.json"), "--history", str(db)],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    time.sleep(1.0)
    holder.execute("COMMIT")
    holder.close()
    out, err = p.communicate(timeout=60)
    assert p.returncode == 0 and b"history unavailable" not in err, err
    assert history_json(db)["runs"][0]["status"] == "finished"


@pytest.mark.parametrize("damage", ["garbage", "directory", "pages"])
def test_an_unusable_history_is_a_warning_and_the_run_keeps_its_results(tmp_path: Path, damage: str) -> None:
    db = tmp_path / "h.db"
    if damage == "garbage":
        db.write_bytes(b"this is not a database" * 100)
    elif damage == "directory":
        db.mkdir()
    else:
        replay("run", str(SUITES / "overrides.json"), "--history", str(db))
        with sqlite3.connect(db) as c:  # move what the WAL holds into the file, then damage it
            c.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        data = bytearray(db.read_bytes())
        data[4096:8192] = os.urandom(4096)  # the second page: a table's b-tree
        db.write_bytes(bytes(data))
    before = db.read_bytes() if db.is_file() else None
    r = replay("run", str(SUITES / "overrides.json"), "--history", str(db), "--junit-xml", str(tmp_path / "j.xml"))
    assert r.returncode == 0
    assert b"history unavailable" in r.stderr, r.stderr
    assert b"passed, 0 failed" in r.stdout and (tmp_path / "j.xml").stat().st_size > 0
    if before is not None:
        assert db.read_bytes() == before  # nothing was written into a damaged file


# --- limits and write errors ----------------------------------------------------------------

@pytest.mark.parametrize("args", [
    ["run", str(SUITES / "overrides.json"), "--no-history"],
    ["routes", "--app", "forge"],
    ["history", "--history", "{tmp}/h.db"],
    ["requests", "--app", "forge"],
])
def test_output_that_cannot_be_written_is_exit_status_2(tmp_path: Path, args: list) -> None:
    args = [a.replace("{tmp}", str(tmp_path)) for a in args]
    with open("/dev/full", "wb") as full:
        r = subprocess.run([API_REPLAY, *args], input=b'{"method":"GET","path":"/forge/health"}\n',
                           stdout=full, stderr=subprocess.PIPE, timeout=60)
    assert r.returncode == 2, r.stderr
    assert b"No space left on device" in r.stderr


def test_junit_xml_that_cannot_be_written_is_exit_status_2() -> None:
    r = replay("run", str(SUITES / "overrides.json"), "--no-history", "--junit-xml", "/dev/full")
    assert r.returncode == 2
    assert b"cannot write /dev/full" in r.stderr


def test_an_endless_suite_file_is_refused_before_it_is_read() -> None:
    r = replay("run", "/dev/zero", "--no-history", timeout=30)
    assert r.returncode == 2
    assert b"larger than 64 MiB" in r.stderr


def test_a_directory_and_a_non_utf8_file_have_their_own_messages(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_bytes(b'{"suite": "x",\n "tests": ["caf\xe9"]}')
    r = replay("run", str(tmp_path), str(bad), "--no-history")
    assert r.returncode == 2
    err = r.stderr.decode()
    assert f"{tmp_path}:0:0: is a directory, not a suite file" in err
    assert f"{bad}:2:16: the file is not UTF-8 text" in err, err


def test_an_overlong_request_line_is_an_error_line_and_the_next_line_is_answered() -> None:
    line = b'{"method":"POST","path":"/forge/users","body":"' + b"a" * (65 << 20) + b'"}\n'
    r = replay("requests", "--app", "forge", stdin=line + b'{"method":"GET","path":"/forge/health"}\n', timeout=120)
    answers = [json.loads(a) for a in r.stdout.splitlines()]
    assert r.returncode == 1
    assert "longer than 64 MiB" in answers[0]["error"]["message"] and answers[0]["error"]["line"] == 1
    assert answers[1]["status"] == 200


def test_a_422_that_echoes_a_deeply_nested_value_stays_json() -> None:
    value: object = 0
    for _ in range(508):  # just under the request's nesting limit
        value = [value]
    line = json.dumps({"method": "POST", "path": "/forge/users", "json": {"username": value, "email": "a@b.io"}})
    answer = json.loads(replay("requests", "--app", "forge", stdin=line + "\n").stdout)
    assert answer["status"] == 422 and "json" in answer
    assert answer["json"]["detail"][0]["input"] == value


@pytest.mark.parametrize("option, value", [("--seed", "-1"), ("--seed", "1e3"), ("--repeat", "x"),
                                           ("--repeat", "0"), ("--timeout", "nan"), ("--timeout", "-1")])
def test_bad_numbers_are_refused(option: str, value: str) -> None:
    r = replay("run", str(SUITES / "overrides.json"), "--no-history", option, value)
    assert r.returncode == 2
    assert option.encode() in r.stderr and value.encode() in r.stderr


if __name__ == "__main__":
    sys.exit(pytest.main([__file__, "-q"]))


def _answer_within(proc: subprocess.Popen, seconds: float) -> bytes | None:
    """One answer line if it comes within the time (stdout unbuffered: select sees all)."""
    import select
    deadline = time.monotonic() + seconds
    line = b""
    while not line.endswith(b"\n"):
        ready, _, _ = select.select([proc.stdout], [], [], max(0.0, deadline - time.monotonic()))
        if not ready:
            return None
        chunk = proc.stdout.read(1)
        if not chunk:
            return None
        line += chunk
    return line


def test_requests_answers_each_line_before_waiting_for_the_next() -> None:
    """Answers of a batch may go out together, but never does api-replay wait for input with
    an answer unwritten: not after a whole line, not in the middle of the next one."""
    p = subprocess.Popen([API_REPLAY, "requests", "--app", "forge"], stdin=subprocess.PIPE,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, bufsize=0)
    line = b'{"method":"GET","path":"/forge/health"}\n'
    try:
        p.stdin.write(line)
        assert b'"status":200' in (_answer_within(p, 10) or b"")
        p.stdin.write(line + line[:12])  # a line and the start of the next
        assert _answer_within(p, 10) is not None
        assert _answer_within(p, 0.3) is None  # the half line has no answer yet
        p.stdin.write(line[12:] + line * 500)
        answers = [_answer_within(p, 10) for _ in range(501)]
        assert all(a and b'"status":200' in a for a in answers)
    finally:
        p.stdin.close()
        p.wait(timeout=30)
    assert p.returncode == 0
