"""Golden cases for the v2 error style (FastAPI 0.132+ with Pydantic 2). Debian 12 has no
Pydantic 2, so the expected bodies in v2/cases.json were written from Pydantic's and FastAPI's
own sources; each case names its source.

usage: run_v2_golden.py API_REPLAY
"""
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    cases = json.load(open(os.path.join(HERE, "v2", "cases.json"), encoding="utf-8"))
    passed = failed = 0
    for case in cases:
        # One run per case: each starts from a fresh database, as a test would.
        proc = subprocess.run([sys.argv[1], "requests", "--app", "forge"],
                              input=(json.dumps(case["request"]) + "\n").encode("utf-8"),
                              capture_output=True, timeout=60)
        answer = json.loads(proc.stdout.decode("utf-8").splitlines()[0])
        got = {"status": answer.get("status"), "json": answer.get("json")}
        want = {"status": case["status"], "json": case["json"]}
        if got == want:
            passed += 1
        else:
            failed += 1
            print(f"FAIL {case['name']} ({case['source']})\n  want {json.dumps(want)}\n  got  {json.dumps(got)}")
    print(f"conformance v2 golden cases: {passed + failed} cases")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
