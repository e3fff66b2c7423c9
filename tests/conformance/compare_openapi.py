"""Compares `api-replay openapi --error-style v1` with the twin's app.openapi() (FastAPI 0.92)
key by key. Prints each difference and ends with "N passed, M failed" (one case per key path).
"""
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def leaves(value, path=""):
    if isinstance(value, dict):
        for k, v in value.items():
            yield from leaves(v, f"{path}/{k}")
        if not value:
            yield path, {}
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from leaves(v, f"{path}/{i}")
        if not value:
            yield path, []
    else:
        yield path, value


def main():
    ours = json.loads(subprocess.run([sys.argv[1], "openapi", "--app", "forge", "--error-style", "v1"],
                                     capture_output=True, check=True).stdout)
    fd, db = tempfile.mkstemp(suffix=".db")
    os.close(fd)
    env = dict(os.environ, FORGE_DB=db)
    twin = json.loads(subprocess.run(
        ["/usr/bin/python3", "-c", "import json, forge_twin; print(json.dumps(forge_twin.app.openapi()))"],
        cwd=os.path.join(HERE, "twin"), env=env, capture_output=True, check=True).stdout)
    os.unlink(db)
    a, b = dict(leaves(ours)), dict(leaves(twin))
    passed = failed = 0
    for key in sorted(set(a) | set(b)):
        if key in a and key in b and a[key] == b[key] and type(a[key]) == type(b[key]):
            passed += 1
        else:
            failed += 1
            print(f"FAIL {key}: ours {a.get(key, '<missing>')!r}, FastAPI {b.get(key, '<missing>')!r}")
    print(f"openapi v1 against FastAPI 0.92: {passed + failed} keys")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
