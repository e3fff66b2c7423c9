"""`api-replay requests` for the FastAPI twin: the same stdin/stdout contract, answered by
real FastAPI 0.92 through Starlette's TestClient. Used by the differential tests.

usage: twin_replay.py [--override DEP=DOUBLE]... [--no-raise-server-exceptions]
                      [--no-lifespan] [--debug] < requests.jsonl
"""
import argparse
import json
import os
import sys
import tempfile
from urllib.parse import quote

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--override", action="append", default=[])
    parser.add_argument("--no-raise-server-exceptions", action="store_true")
    parser.add_argument("--no-lifespan", action="store_true")
    parser.add_argument("--debug", action="store_true")
    args = parser.parse_args()

    fd, db_path = tempfile.mkstemp(suffix=".db")
    os.close(fd)
    os.environ["FORGE_DB"] = db_path
    import forge_twin
    from fastapi.testclient import TestClient

    app = forge_twin.app
    app.debug = args.debug
    for item in args.override:
        dep, _, double = item.partition("=")
        app.dependency_overrides[getattr(forge_twin, dep)] = forge_twin.DOUBLES[dep][double]

    client = TestClient(app, raise_server_exceptions=not args.no_raise_server_exceptions)
    any_error = False
    try:
        if not args.no_lifespan:
            client.__enter__()
        for number, line in enumerate(sys.stdin, start=1):
            if not line.strip():
                continue
            try:
                req = json.loads(line)
                url = req["path"]
                if "query" in req:
                    parts = []
                    for k, v in req["query"].items():
                        for one in (v if isinstance(v, list) else [v]):
                            parts.append(quote(k, safe="") + "=" + quote(str(one), safe=""))
                    url += ("&" if "?" in url else "?") + "&".join(parts)
                kwargs = {"headers": req.get("headers", {})}
                if "json" in req and req["json"] is None:
                    kwargs["content"] = b"null"
                    kwargs["headers"] = dict(kwargs["headers"], **{"content-type": "application/json"})
                elif "json" in req:
                    kwargs["json"] = req["json"]
                if "body" in req:
                    kwargs["content"] = req["body"].encode("utf-8")
                    if not any(k.lower() == "content-type" for k in kwargs["headers"]):
                        kwargs["headers"] = dict(kwargs["headers"], **{"content-type": "application/json"})
                method = req["method"].upper()
            except Exception as e:  # noqa: BLE001 - a bad line is reported, not fatal
                any_error = True
                print(json.dumps({"error": {"line": number, "message": str(e)}}), flush=True)
                continue
            try:
                r = client.request(method, url, **kwargs)
            except Exception as e:  # noqa: BLE001 - raise_server_exceptions re-raises anything
                print(json.dumps({"exception": {"type": type(e).__name__, "message": str(e)}}),
                      flush=True)
                continue
            out = {"status": r.status_code, "headers": dict(r.headers.items())}
            ctype = r.headers.get("content-type", "")
            media = ctype.split(";")[0].strip().lower()
            is_json = media == "application/json" or media.endswith("+json")
            if is_json and r.content:
                try:
                    out["json"] = r.json()
                except ValueError:
                    out["text"] = r.text
            else:
                out["text"] = r.text
            print(json.dumps(out, ensure_ascii=False), flush=True)
    finally:
        if not args.no_lifespan:
            client.__exit__(None, None, None)
        forge_twin.scope.end(None)
        os.unlink(db_path)
    return 1 if any_error else 0


if __name__ == "__main__":
    sys.exit(main())
