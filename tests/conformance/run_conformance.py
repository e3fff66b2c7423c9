"""Differential conformance: sends the corpus to `api-replay requests --error-style v1` and to
the FastAPI twin (FastAPI 0.92 + Pydantic 1.10, Debian's /usr/bin/python3) and compares every
answer: status, headers, JSON body or text. Trace ids and tokens are compared by shape.

usage: run_conformance.py API_REPLAY [--bridge] [--only NAME] [--verbose]
Prints one line per mismatch and ends with "N passed, M failed".

With --bridge, "ours" is the twin itself served through the Python bridge
(`api-replay requests --asgi forge_twin:app`): the bridge must answer exactly as the plain
TestClient script does, and there are no known differences.
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
    for r in corpus.runs():
        if only and r["name"] != only:
            continue
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
            if key in corpus.KNOWN and not bridge:
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
    what = "the bridge (--asgi)" if bridge else "conformance v1"
    print(f"{what} against FastAPI 0.92 / Pydantic 1.10: {passed + failed + known} cases, "
          f"{known} known differences")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
