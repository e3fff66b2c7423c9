"""Differential conformance: sends the corpus to `api-replay requests --error-style v1` and to
the FastAPI twin (FastAPI 0.92 + Pydantic 1.10, Debian's /usr/bin/python3) and compares every
answer: status, headers, JSON body or text. Trace ids and tokens are compared by shape.

usage: run_conformance.py API_REPLAY [--bridge | --live] [--only NAME] [--verbose]
Prints one line per mismatch and ends with "N passed, M failed".

With --bridge, "ours" is the twin itself served through the Python bridge
(`api-replay requests --asgi forge_twin:app`): the bridge must answer exactly as the plain
TestClient script does, and there are no known differences.

With --live, "ours" is `api-replay requests --base-url` against the twin served by uvicorn on
127.0.0.1 (a fresh server and database per run of the corpus), compared with the TestClient
script with raise_server_exceptions off (a server answers 500 where TestClient raises); the
headers a real server adds (date, server) are not compared. Runs whose flags need the app in
the process (--override, --no-lifespan, --debug) are skipped.
"""
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import corpus  # noqa: E402

UUID4 = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")
JWT = re.compile(r"^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$")


def normalise(answer, loose):
    if "error" in answer:
        return {"error": {"line": answer["error"].get("line")}}
    if "exception" in answer:
        return answer
    out = dict(answer)
    headers = dict(out.get("headers", {}))
    if "x-trace-id" in headers:
        headers["x-trace-id"] = "<uuid4>" if UUID4.match(headers["x-trace-id"]) else headers["x-trace-id"]
    body = out.get("json")
    if isinstance(body, dict) and "access_token" in body:
        body = dict(body, access_token="<jwt>" if JWT.match(body["access_token"]) else body["access_token"])
        out["json"] = body
        headers.pop("content-length", None)
    if loose:
        headers.pop("content-length", None)
        text = out.pop("text", "")
        out["text-has-error-line"] = "RuntimeError: Unexpected!" in text
    out["headers"] = headers
    return out


# Where a real server answers otherwise than TestClient, and rightly so.
KNOWN_LIVE = {
    "auth": {10: "uvicorn (h11) refuses a request whose headers pass its size limit with 400; "
                 "TestClient has no limit"},
}


def free_port():
    import socket
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve_twin(db_path):
    """uvicorn with the twin on a free loopback port; returns (process, base URL)."""
    import socket
    import time
    port = free_port()
    env = dict(os.environ, FORGE_DB=db_path)
    proc = subprocess.Popen(["/usr/bin/python3", "-m", "uvicorn", "forge_twin:app", "--host",
                             "127.0.0.1", "--port", str(port), "--app-dir",
                             os.path.join(HERE, "twin"), "--log-level", "warning"], env=env)
    deadline = time.time() + 30
    while time.time() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return proc, f"http://127.0.0.1:{port}"
        except OSError:
            time.sleep(0.05)
    proc.kill()
    raise RuntimeError("uvicorn did not start")


def run(cmd, lines):
    stdin = "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines)
    # Each run gets a fresh database for the twin (the engine makes its own).
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, FORGE_DB=os.path.join(tmp, "forge.db"))
        proc = subprocess.run(cmd, input=stdin.encode("utf-8"), capture_output=True, timeout=600,
                              env=env)
    out = [json.loads(l) for l in proc.stdout.decode("utf-8").splitlines() if l.strip()]
    return out, proc.returncode, proc.stderr.decode("utf-8", "replace")


def main():
    api_replay = sys.argv[1]
    only = sys.argv[sys.argv.index("--only") + 1] if "--only" in sys.argv else None
    verbose = "--verbose" in sys.argv
    bridge = "--bridge" in sys.argv
    ours_cmd = ([api_replay, "requests", "--asgi", "forge_twin:app", "--app-dir",
                 os.path.join(HERE, "twin"), "--python", "/usr/bin/python3"] if bridge
                else [api_replay, "requests", "--app", "forge", "--error-style", "v1"])
    passed = failed = known = 0
    live = "--live" in sys.argv
    for r in corpus.runs():
        if only and r["name"] != only:
            continue
        if live:
            if any(f in ("--override", "--no-lifespan", "--debug") for f in r["flags"]):
                continue
            with tempfile.TemporaryDirectory() as tmp:
                server, base = serve_twin(os.path.join(tmp, "forge.db"))
                try:
                    ours, our_rc, our_err = run([api_replay, "requests", "--base-url", base],
                                                r["lines"])
                finally:
                    server.terminate()
                    server.wait()
            for answer in ours:
                for h in ("date", "server"):
                    answer.get("headers", {}).pop(h, None)
            flags = [f for f in r["flags"] if f != "--no-raise-server-exceptions"]
            theirs, their_rc, their_err = run(["/usr/bin/python3", os.path.join(HERE, "twin", "twin_replay.py"),
                                               "--no-raise-server-exceptions"] + flags, r["lines"])
        else:
            ours, our_rc, our_err = run(ours_cmd + r["flags"], r["lines"])
            theirs, their_rc, their_err = run(["/usr/bin/python3", os.path.join(HERE, "twin", "twin_replay.py")]
                                              + r["flags"], r["lines"])
        if len(ours) != len(r["lines"]) or len(theirs) != len(r["lines"]):
            failed += len(r["lines"])
            print(f"FAIL {r['name']}: answered {len(ours)} (ours, rc {our_rc}) / {len(theirs)} "
                  f"(twin, rc {their_rc}) of {len(r['lines'])} lines\n{our_err}{their_err}")
            continue
        for i, (line, a, b) in enumerate(zip(r["lines"], ours, theirs)):
            loose = i in r.get("loose", set())
            na, nb = normalise(a, loose), normalise(b, loose)
            key = (r["name"], json.dumps(line, ensure_ascii=False))
            if live and i in KNOWN_LIVE.get(r["name"], {}):
                known += 1
                print(f"known {r['name']}[{i}]: {KNOWN_LIVE[r['name']][i]}")
                continue
            if key in corpus.KNOWN and not bridge and not live:
                if na == nb:
                    failed += 1
                    print(f"FAIL {r['name']}[{i}]: listed as a known difference but now matches; update KNOWN")
                else:
                    known += 1
                    print(f"known {r['name']}[{i}]: {corpus.KNOWN[key]}")
                continue
            if na == nb:
                passed += 1
                if verbose:
                    print(f"ok   {r['name']}[{i}]")
            else:
                failed += 1
                print(f"FAIL {r['name']}[{i}] {json.dumps(line, ensure_ascii=False)[:300]}\n"
                      f"     ours: {json.dumps(na, ensure_ascii=False)[:1500]}\n"
                      f"     twin: {json.dumps(nb, ensure_ascii=False)[:1500]}")
        if (our_rc == 0) != (their_rc == 0):
            print(f"FAIL {r['name']}: exit status {our_rc} (ours) vs {their_rc} (twin)")
            failed += 1
    what = ("the bridge (--asgi)" if bridge else "a live server (--base-url)" if live
            else "conformance v1")
    print(f"{what} against FastAPI 0.92 / Pydantic 1.10: {passed + failed + known} cases, "
          f"{known} known differences")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
