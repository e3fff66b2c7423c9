"""The shipped suites, exported with `api-replay export-pytest`, run by real pytest against the
FastAPI twin, must pass and fail test by test exactly as `api-replay run --error-style v1` does
(the leaky incident suite fails in both, on the same test).

usage: run_pytest_export.py API_REPLAY SUITES_DIR
"""
import glob
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))


def outcomes(junit_path):
    out = {}
    for case in ET.parse(junit_path).getroot().iter("testcase"):
        failed = case.find("failure") is not None or case.find("error") is not None
        out[case.get("name")] = "FAILED" if failed else "PASSED"
    return out


def main():
    api_replay, suites_dir = sys.argv[1], sys.argv[2]
    suites = sorted(glob.glob(os.path.join(suites_dir, "*.json")))
    passed = failed = 0
    with tempfile.TemporaryDirectory() as tmp:
        export = os.path.join(tmp, "export")
        subprocess.run([api_replay, "export-pytest", *suites, "--out", export, "--app-module", "forge_twin"],
                       check=True, capture_output=True)
        for suite in suites:
            name = os.path.splitext(os.path.basename(suite))[0]
            ours_xml = os.path.join(tmp, name + ".ours.xml")
            subprocess.run([api_replay, "run", suite, "--error-style", "v1", "--no-history", "--junit-xml", ours_xml],
                           capture_output=True)
            theirs_xml = os.path.join(tmp, name + ".pytest.xml")
            env = dict(os.environ, PYTHONPATH=os.path.join(HERE, "twin") + os.pathsep + export,
                       FORGE_DB=os.path.join(tmp, name + ".db"))
            proc = subprocess.run(["/usr/bin/python3", "-m", "pytest", "-q", "-p", "no:cacheprovider",
                                   os.path.join(export, "test_" + name + ".py"), "--junitxml", theirs_xml],
                                  env=env, capture_output=True, text=True, cwd=tmp)
            if not os.path.exists(theirs_xml):
                failed += 1
                print(f"FAIL {name}: pytest did not run\n{proc.stdout}\n{proc.stderr}")
                continue
            ours, theirs = outcomes(ours_xml), outcomes(theirs_xml)
            for test in sorted(set(ours) | set(theirs)):
                a, b = ours.get(test, "<missing>"), theirs.get(test, "<missing>")
                if a == b:
                    passed += 1
                    print(f"ok   {name}::{test} {a} in both")
                else:
                    failed += 1
                    print(f"FAIL {name}::{test}: api-replay {a}, pytest + FastAPI {b}")
            if failed and "--verbose" in sys.argv:
                print(proc.stdout)
    print(f"exported suites under pytest against FastAPI 0.92: {passed + failed} tests compared")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
