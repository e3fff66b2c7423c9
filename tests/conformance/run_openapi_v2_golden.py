"""Replays the v2 golden cases of the OpenAPI target: v2/catalog31.json is the OpenAPI 3.1
document of the catalog app as FastAPI >= 0.100 writes it, v2/catalog31_cases.json the answers
FastAPI gives generated requests, with pydantic-core's own errors (written by
v2/make_openapi_golden.py where Pydantic 2 is installed; Debian 12 has none).

Compared: the status; for a non-2xx answer the JSON body and www-authenticate.

usage: run_openapi_v2_golden.py API_REPLAY
"""
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    golden = json.load(open(os.path.join(HERE, "v2", "catalog31_cases.json"), encoding="utf-8"))
    cases = golden["cases"]
    text = "".join(json.dumps(c["request"]) + "\n" for c in cases)
    run = subprocess.run([sys.argv[1], "requests", "--openapi", os.path.join(HERE, "v2", "catalog31.json")],
                         input=text.encode("utf-8"), capture_output=True, timeout=120)
    answers = [json.loads(l) for l in run.stdout.decode("utf-8").splitlines()]
    if len(answers) != len(cases):
        print(f"FAIL {len(answers)} answers for {len(cases)} requests\n{run.stderr.decode()}")
        return 1
    passed = failed = 0
    for case, got in zip(cases, answers):
        want = {"status": case["status"]}
        have = {"status": got.get("status")}
        if not 200 <= case["status"] < 300:
            want["json"] = case["json"]
            have["json"] = got.get("json")
            want["www-authenticate"] = case.get("headers", {}).get("www-authenticate")
            have["www-authenticate"] = got.get("headers", {}).get("www-authenticate")
        if want == have:
            passed += 1
        else:
            failed += 1
            print(f"FAIL {json.dumps(case['request'])}\n  want {json.dumps(want)}\n  got  {json.dumps(have)}")
    print(f"openapi target, v2 golden cases ({golden['source']}): {passed + failed} cases")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
