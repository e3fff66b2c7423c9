"""`api-replay ... --asgi MODULE:ATTR`: the user's own FastAPI app through the Python bridge,
driven through the real binary. The faults of targets.md each have a test here."""
from __future__ import annotations

import json
import os
import pathlib
import re
import subprocess
import sys
from typing import Dict, List, Tuple

import pytest

API_REPLAY = os.environ["API_REPLAY"]
ROOT = pathlib.Path(__file__).resolve().parents[3]
APPS = ROOT / "tests" / "python" / "apps"
TWIN = ROOT / "tests" / "conformance" / "twin"
SUITES = ROOT / "resources" / "suites"
PYTHON = ["--python", sys.executable]


def replay(args: List[str], lines: List[Dict], cwd: pathlib.Path = APPS,
           env: Dict[str, str] | None = None, timeout: float = 120) -> Tuple[int, List[Dict], str]:
    stdin = "".join(json.dumps(line) + "\n" for line in lines)
    proc = subprocess.run([API_REPLAY, *args], input=stdin.encode(), capture_output=True,
                          cwd=cwd, env=env, timeout=timeout)
    out = [json.loads(line) for line in proc.stdout.decode().splitlines() if line.strip()]
    return proc.returncode, out, proc.stderr.decode("utf-8", "replace")


def get(path: str) -> Dict:
    return {"method": "GET", "path": path}


def test_answers_come_from_the_app_with_the_double_from_the_dropdown() -> None:
    rc, out, _ = replay(["requests", "--asgi", "sample:app", *PYTHON,
                         "--override", "get_greeting=loud"], [get("/greet")])
    assert rc == 0
    assert out == [{"status": 200, "headers": {"content-length": "20",
                                               "content-type": "application/json"},
                    "json": {"greeting": "HELLO"}}]


def test_what_the_app_prints_on_stdout_does_not_reach_the_answers() -> None:
    rc, out, err = replay(["requests", "--asgi", "sample:app", *PYTHON],
                          [get("/print"), get("/greet")])
    assert rc == 0
    assert [a["json"] for a in out] == [{"printed": True}, {"greeting": "hello"}]
    assert "plain text on stdout" in err  # the app's own output goes to stderr


def test_a_handler_that_ends_the_process_fails_its_request_and_the_run_goes_on() -> None:
    rc, out, _ = replay(["requests", "--asgi", "sample:app", *PYTHON,
                         "--override", "get_greeting=loud"],
                        [get("/exit"), get("/greet")])
    assert rc == 1
    assert out[0]["error"]["line"] == 1
    assert "ended while answering (exit status 7)" in out[0]["error"]["message"]
    assert out[1]["json"] == {"greeting": "HELLO"}  # restarted with the same override


def test_a_hanging_handler_is_stopped_at_the_timeout() -> None:
    rc, out, _ = replay(["requests", "--asgi", "sample:app", *PYTHON, "--timeout", "1",
                         "--override", "get_greeting=loud"], [get("/hang"), get("/greet")],
                        timeout=60)
    assert rc == 1
    assert "no answer within 1 s" in out[0]["error"]["message"]
    assert out[1]["json"] == {"greeting": "HELLO"}


def test_a_double_that_raises_is_raised_into_the_test() -> None:
    _, out, _ = replay(["requests", "--asgi", "sample:app", *PYTHON,
                        "--override", "get_greeting=broken"], [get("/greet")])
    assert out == [{"exception": {"type": "ConnectionError",
                                  "message": "greeting service unreachable"}}]
    _, out, _ = replay(["requests", "--asgi", "sample:app", *PYTHON, "--no-raise-server-exceptions",
                        "--override", "get_greeting=broken"], [get("/greet")])
    assert out[0]["status"] == 500
    assert out[0]["text"] == "Internal Server Error"


def test_bodies_are_bytes_both_ways() -> None:
    body = "x" * (10 * 1024 * 1024)
    _, out, _ = replay(["requests", "--asgi", "sample:app", *PYTHON],
                       [{"method": "POST", "path": "/echo", "body": body}, get("/latin1")])
    assert out[0]["headers"]["content-length"] == str(len(body))
    assert out[0]["text"] == body
    assert out[1]["text"] == "caf\ufffd \ufffd"  # not UTF-8: replaced, as httpx's r.text


@pytest.mark.parametrize("target, message", [
    ("raising_import:app", "could not import the app module 'raising_import': RuntimeError: "
                           "configuration missing: DATABASE_URL"),
    ("sample:appp", "module 'sample' has no attribute 'appp'; ASGI apps it has: app, failing_app"),
    ("sample:not_an_app", "sample:not_an_app is int, not an ASGI app"),
    ("no_such_module:app", "could not import the app module 'no_such_module': "
                           "ModuleNotFoundError"),
])
def test_an_app_that_cannot_be_served_is_one_clear_message(target: str, message: str) -> None:
    rc, out, err = replay(["requests", "--asgi", target, *PYTHON], [get("/")])
    assert rc == 2
    assert out == []
    assert message in err
    assert f"(interpreter: {sys.executable})" in err


def test_an_import_error_shows_the_users_traceback_only() -> None:
    _, _, err = replay(["requests", "--asgi", "raising_import:app", *PYTHON], [])
    assert 'raising_import.py", line 2, in <module>' in err
    assert "bridge.py" not in err and "importlib" not in err


def test_a_failing_startup_is_exit_status_2() -> None:
    rc, _, err = replay(["requests", "--asgi", "sample:failing_app", *PYTHON], [get("/")])
    assert rc == 2
    assert "startup failed: RuntimeError: cannot reach the database" in err
    rc, out, _ = replay(["requests", "--asgi", "sample:failing_app", *PYTHON, "--no-lifespan"],
                        [get("/")])
    assert (rc, out[0]["status"]) == (0, 200)


def test_unknown_dependencies_and_doubles_list_the_valid_names() -> None:
    rc, _, err = replay(["requests", "--asgi", "sample:app", *PYTHON,
                         "--override", "get_greeting=nope"], [])
    assert rc == 2
    assert "unknown double 'nope' for get_greeting; valid: real, loud, broken" in err
    rc, _, err = replay(["requests", "--asgi", "sample:app", *PYTHON,
                         "--override", "get_db=x"], [])
    assert rc == 2
    assert "unknown dependency 'get_db'; valid: get_greeting" in err


def test_an_interpreter_without_fastapi_says_what_to_install(tmp_path: pathlib.Path) -> None:
    bare = tmp_path / "bare-python"
    bare.write_text(f"#!/bin/sh\nexec {sys.executable} -S \"$@\"\n")  # no site-packages
    bare.chmod(0o755)
    rc, _, err = replay(["requests", "--asgi", "sample:app", "--python", str(bare)], [])
    assert rc == 2
    assert f"FastAPI's TestClient cannot be imported for" in err
    assert "install fastapi and httpx for this interpreter" in err
    rc, _, err = replay(["requests", "--asgi", "sample:app", "--python", "/no/such/python"], [])
    assert rc == 2
    assert "the Python interpreter '/no/such/python' was not found" in err


def test_the_venv_of_the_app_dir_is_the_default_interpreter(tmp_path: pathlib.Path) -> None:
    venv_bin = tmp_path / ".venv" / "bin"
    venv_bin.mkdir(parents=True)
    marker = tmp_path / "used"
    (venv_bin / "python").write_text(f"#!/bin/sh\ntouch {marker}\nexec {sys.executable} \"$@\"\n")
    (venv_bin / "python").chmod(0o755)
    (tmp_path / "mini.py").write_text("from fastapi import FastAPI\napp = FastAPI()\n"
                                      "@app.get('/')\ndef root():\n    return {'venv': True}\n")
    rc, out, _ = replay(["requests", "--asgi", "mini:app", "--app-dir", str(tmp_path)], [get("/")],
                        cwd=ROOT)
    assert rc == 0 and out[0]["json"] == {"venv": True}
    assert marker.exists()


def test_routes_show_the_real_dependency_tree_and_the_doubles() -> None:
    proc = subprocess.run([API_REPLAY, "routes", "--asgi", "forge_twin:app", "--app-dir", str(TWIN),
                           *PYTHON, "--override", "get_current_user=fake_admin"],
                          capture_output=True, env=dict(os.environ, FORGE_DB=os.devnull + "x"),
                          cwd="/tmp")
    assert proc.returncode == 0, proc.stderr.decode()
    routes = {r["name"]: r for r in json.loads(proc.stdout)}
    me = routes["read_me"]
    assert me["methods"] == ["GET"] and me["path"] == "/forge/me"
    assert me["dependencies"][0]["name"] == "get_current_user"
    assert me["dependencies"][0]["provider"] == "fake_admin"
    assert me["dependencies"][0]["set_by"] == "CLI"
    login = routes["login"]
    assert {"name": "credentials", "in": "body", "required": True, "type": "Login"} in \
        login["parameters"]
    items = routes["read_item"]
    assert {"name": "item_id", "in": "path", "required": True, "type": "integer"} in \
        items["parameters"]


def test_openapi_is_the_apps_own_document() -> None:
    proc = subprocess.run([API_REPLAY, "openapi", "--asgi", "sample:app", *PYTHON],
                          capture_output=True, cwd=APPS)
    doc = json.loads(proc.stdout)
    assert doc["info"]["title"] == "sample"
    assert "/greet" in doc["paths"]


def outcomes(text: str) -> List[str]:
    return [re.sub(r" \[[0-9.]+ ms\]$", "", line) for line in text.splitlines()
            if re.search(r"::\S+ (PASSED|FAILED|ERROR|SKIPPED)", line)]


@pytest.mark.parametrize("suite", sorted(p.name for p in SUITES.glob("*.json")))
def test_the_tutorial_suites_end_against_the_twin_as_in_the_engine(
        suite: str, tmp_path: pathlib.Path) -> None:
    engine = subprocess.run([API_REPLAY, "run", str(SUITES / suite), "--error-style", "v1",
                             "--no-history"], capture_output=True, text=True)
    twin = subprocess.run([API_REPLAY, "run", str(SUITES / suite), "--asgi", "forge_twin:app",
                           "--app-dir", str(TWIN), *PYTHON, "--no-history"],
                          capture_output=True, text=True, cwd=tmp_path,
                          env=dict(os.environ, FORGE_DB=str(tmp_path / "forge.db")))
    assert outcomes(engine.stdout), engine.stdout + engine.stderr
    assert outcomes(twin.stdout) == outcomes(engine.stdout), twin.stdout + twin.stderr
    assert twin.returncode == engine.returncode


def test_steps_only_the_engine_can_do_are_skipped_with_the_reason(tmp_path: pathlib.Path) -> None:
    proc = subprocess.run([API_REPLAY, "run", str(SUITES / "database.json"), "--asgi",
                           "forge_twin:app", "--app-dir", str(TWIN), *PYTHON, "--no-history"],
                          capture_output=True, text=True, cwd=tmp_path,
                          env=dict(os.environ, FORGE_DB=str(tmp_path / "forge.db")))
    assert "skipped expect rows: a Python app's database is its own" in proc.stdout


def test_the_bookshelf_example_suite_passes_against_its_app() -> None:
    example = ROOT / "resources" / "examples" / "bookshelf"
    proc = subprocess.run([API_REPLAY, "run", "suites/bookshelf.json", "--asgi",
                           "bookshelf.main:app", *PYTHON, "--no-history"],
                          capture_output=True, text=True, cwd=example)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stdout.rstrip().splitlines()[-1].startswith("5 passed, 0 failed")


def test_the_trace_names_the_route_the_handler_that_answered_and_the_tasks(
        tmp_path: pathlib.Path) -> None:
    env = dict(os.environ, FORGE_DB=str(tmp_path / "forge.db"))
    _, out, _ = replay(["requests", "--asgi", "forge_twin:app", "--app-dir", str(TWIN), *PYTHON,
                        "--trace"],
                       [get("/forge/users/999"),
                        {"method": "POST", "path": "/forge/users",
                         "json": {"username": "tracer", "email": "t@forge.io"}}],
                       cwd=tmp_path, env=env)
    missing, created = out[0]["trace"], out[1]["trace"]
    assert (missing["route"], missing["handler"]) == ("/forge/users/{user_id}", "read_user")
    assert missing["exception_handler"] == "not_found_handler"
    assert any(e["kind"] == "background" and e["detail"] == "ran" for e in created["events"])


def _processes_mentioning(text: str) -> List[int]:
    found = []
    for entry in pathlib.Path("/proc").iterdir():
        try:
            if entry.name.isdigit() and text.encode() in (entry / "cmdline").read_bytes():
                found.append(int(entry.name))
        except OSError:
            pass
    return found


def test_an_answer_is_out_before_the_next_request_goes_to_the_app(tmp_path: pathlib.Path) -> None:
    """Lines sent together: the app's answer to the first is written before the second (which
    never returns) is answered, not held back with it. Killing api-replay then ends the app's
    process too, though it is busy in the request."""
    import select
    import shutil
    import time
    shutil.copy(APPS / "sample.py", tmp_path / "sample.py")
    proc = subprocess.Popen([API_REPLAY, "requests", "--asgi", "sample:app", *PYTHON,
                             "--app-dir", str(tmp_path), "--timeout", "300"],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, cwd=APPS, bufsize=0)
    try:
        assert proc.stdin is not None and proc.stdout is not None
        proc.stdin.write((json.dumps(get("/greet")) + "\n" + json.dumps(get("/hang")) + "\n")
                         .encode())
        ready, _, _ = select.select([proc.stdout], [], [], 30)
        assert ready, "no answer to the first line while the second hangs"
        assert json.loads(proc.stdout.readline())["status"] == 200
        assert _processes_mentioning(str(tmp_path)), "the app's process should be running"
    finally:
        proc.kill()
        proc.wait()
    deadline = time.monotonic() + 10
    while _processes_mentioning(str(tmp_path)) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _processes_mentioning(str(tmp_path)), "the app's process outlived api-replay"
