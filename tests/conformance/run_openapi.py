"""Differential conformance of the OpenAPI target: for each FastAPI app below, the document the
app writes (Debian's FastAPI 0.92, Pydantic 1.10) is given to `api-replay requests --openapi`,
and generated requests (one valid request per operation, then one fault at a time: each
parameter and body field missing, of the wrong type, past each bound; bodies that are not JSON
or not objects; credentials missing or of the wrong scheme; unknown paths and methods) are sent
to both. The app's own answer is the oracle.

Compared: the status always; for an answer that is not 2xx, the JSON body and the headers
www-authenticate, allow and location. A 2xx answer comes from the handler, which a document
does not hold: only its status is compared.

usage: run_openapi.py API_REPLAY [--verbose]
Prints one line per mismatch and ends with "N passed, M failed".
"""
import copy
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

# (module, directory, environment) of each app whose document is tested.
APPS = [
    ("catalog_app", os.path.join(HERE, "openapi"), {}),
    ("forge_twin", os.path.join(HERE, "twin"), {"FORGE_DB": "<db>"}),
    ("bookshelf.main", os.path.join(ROOT, "resources", "examples", "bookshelf"), {}),
    ("forms_app", os.path.join(HERE, "openapi"), {}),
    ("todo_app", os.path.join(HERE, "openapi"), {}),
    ("ledger_app", os.path.join(HERE, "openapi"), {}),
]

COMPARED_HEADERS = ("www-authenticate", "allow", "location")


def resolve(schema, doc):
    seen = 0
    while isinstance(schema, dict) and "$ref" in schema and seen < 20:
        node = doc
        for part in schema["$ref"][2:].split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
        schema = node
        seen += 1
    if isinstance(schema, dict) and "allOf" in schema and len(schema["allOf"]) == 1:
        merged = dict(schema)
        merged.pop("allOf")
        inner = resolve(schema["allOf"][0], doc)
        return {**inner, **{k: v for k, v in merged.items() if k in ("default",)}}
    return schema


def valid(schema, doc, depth=0):
    """A value FastAPI accepts for schema (written independently of the engine's sampler)."""
    s = resolve(schema, doc)
    if depth > 6:
        return None
    if "default" in s and s["default"] is not None:
        return s["default"]
    if "enum" in s:
        return s["enum"][0]
    for key in ("anyOf", "oneOf"):
        if key in s:
            return valid(s[key][0], doc, depth + 1)
    t = s.get("type", "object" if "properties" in s else None)
    if t == "string":
        fmt = s.get("format")
        value = {"date": "2024-02-03", "date-time": "2024-02-03T04:05:06",
                 "uuid": "3fa85f64-5717-4562-b3fc-2c963f66afa6", "uri": "https://example.com/x",
                 "email": "a@example.com", "time": "04:05:06", "duration": "P1D",
                 "ipv4": "10.0.0.1", "ipv6": "::1", "ipvanyaddress": "10.0.0.1"}.get(fmt, "abcdef")
        if "pattern" in s:
            # Python's re as Pydantic 1 uses it (match at the start).
            value = next((c for c in ("XYZ-1234", "a@b.io", "password", value)
                          if re.match(s["pattern"], c)), value)
        value = value[: s.get("maxLength", len(value))]
        return value + "a" * max(0, s.get("minLength", 0) - len(value))
    if t == "integer":
        lo = s.get("minimum", s.get("exclusiveMinimum", 0) + 1 if "exclusiveMinimum" in s else 1)
        return int(lo)
    if t == "number":
        return float(s.get("minimum", 1.5 if "exclusiveMinimum" not in s else s["exclusiveMinimum"] + 1))
    if t == "boolean":
        return True
    if t == "array":
        return [valid(s.get("items", {}), doc, depth + 1)] * max(1, s.get("minItems", 1))
    if t == "object" or "properties" in s:
        if "additionalProperties" in s and isinstance(s["additionalProperties"], dict) and not s.get("properties"):
            return {"k": valid(s["additionalProperties"], doc, depth + 1)}
        return {name: valid(sub, doc, depth + 1) for name, sub in s.get("properties", {}).items()
                if name in s.get("required", []) or depth == 0}
    return "x"


def faults(schema, doc):
    """Values that break schema one way each (some FastAPI still coerces: the point is that
    both sides agree)."""
    s = resolve(schema, doc)
    out = [None, [1, 2], {"a": 1}]
    t = s.get("type")
    if "enum" in s:
        out += ["zzz", 2]
    if t == "integer" or t == "number":
        out += ["abc", "12", 1.5, True, "1e3", "nan", "١٢"]
        for key, delta in (("minimum", -1), ("maximum", 1), ("exclusiveMinimum", 0), ("exclusiveMaximum", 0)):
            if key in s:
                out.append(s[key] + delta)
        if "multipleOf" in s:
            out.append(s["multipleOf"] * 1.5)
    if t == "string":
        out += [123, True, "", "x" * (s.get("maxLength", 300) + 1), "!!", "2021-13-01", "zz",
                "ftp://x", "2021-01-01T25:00:00", " "]
    if t == "boolean":
        out += ["yes", "maybe", 2, "0"]
    if t == "array":
        out += ["abc", [None], [{"x": 1}], []]
    if t == "object" or "properties" in s or "oneOf" in s or "anyOf" in s:
        out += ["abc", [], {}]
        if "properties" in s:
            base = valid(s, doc)
            out.append({**base, "unexpected": 1})
            for name, sub in s["properties"].items():
                for bad in faults(sub, doc)[:8]:
                    out.append({**base, name: bad})
                if name in base:
                    out.append({k: v for k, v in base.items() if k != name})
        if "oneOf" in s and "discriminator" in s:
            prop = s["discriminator"]["propertyName"]
            out += [{prop: "nope"}, {"other": 1}]
            for ref in s["oneOf"]:
                v = valid(ref, doc)
                out.append(v)
                out.append({prop: v.get(prop)})
    return out


def as_text(value):
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dict, list)) or value is None:
        return None
    return str(value)


def is_file(schema, doc):
    s = resolve(schema, doc)
    if s.get("type") == "array":
        s = resolve(s.get("items", {}), doc)
    return s.get("type") == "string" and s.get("format") == "binary"


def upload(name, content="hello"):
    return {"filename": name + ".txt", "content": content, "content_type": "text/plain"}


def form_fields(schema, doc):
    """A valid form for a form body's schema: text fields in data, file fields in files (two
    files for a list of files)."""
    data, files, kinds = {}, {}, {}
    for name, sub in schema.get("properties", {}).items():
        s = resolve(sub, doc)
        if is_file(s, doc):
            kinds[name] = "files" if s.get("type") == "array" else "file"
            files[name] = [upload("a"), upload("b")] if kinds[name] == "files" else upload(name)
            continue
        kinds[name] = "list" if s.get("type") == "array" else "text"
        value = valid(s, doc)
        if kinds[name] == "list":
            data[name] = [as_text(v) for v in value if as_text(v) is not None]
        elif as_text(value) is not None:
            data[name] = as_text(value)
    return {"data": data, "files": files, "kinds": kinds, "schema": schema, "doc": doc}


def form_faults(form, line):
    """Each field missing, of the wrong type or past its bounds, given twice, or as a file where
    text is expected and the other way round; bodies that are not forms."""
    out = []
    data, files, doc = form["data"], form["files"], form["doc"]
    multipart = bool(files)
    for name, kind in form["kinds"].items():
        if kind in ("file", "files"):
            out.append(line(files={k: v for k, v in files.items() if k != name}, data=data))
            out.append(line(files={k: v for k, v in files.items() if k != name},
                            data={**data, name: "not a file"}))
            out.append(line(files={**files, name: upload(name, "")}, data=data))
            if kind == "files":
                out.append(line(files={**files, name: [upload("only")]}, data=data))
            continue
        rest = {k: v for k, v in data.items() if k != name}
        out.append(line(data=rest, files=files))
        out.append(line(data={**data, name: ""}, files=files))
        sub = resolve(form["schema"]["properties"][name], doc)
        for bad in faults(sub.get("items", sub) if kind == "list" else sub, doc):
            text = as_text(bad)
            if text is not None:
                out.append(line(data={**data, name: [text] if kind == "list" else text},
                                files=files))
        out.append(line(data={**data, name: ["1", "2"]}, files=files))
        if kind == "list":
            out.append(line(data={**data, name: []}, files=files))
        # A text field sent as a file part.
        out.append(line(data=rest, files={**files, name: upload(name)}))
    out.append(line(data={}, files={}))
    out.append(line(body={"a": 1}, data={}, files={}))
    if not multipart:
        # The same form as multipart/form-data (FastAPI reads either, whatever the document says).
        out.append(line(data=data, files={"unrelated": upload("x")}))
    return out


def cases_for(doc):
    """Request lines for every operation of doc."""
    lines = []
    schemes = doc.get("components", {}).get("securitySchemes", {})
    for path, item in doc["paths"].items():
        for method, op in item.items():
            if method not in ("get", "put", "post", "delete", "patch"):
                continue
            params = [resolve(p, doc) for p in op.get("parameters", [])]
            path_values = {p["name"]: as_text(valid(p.get("schema", {}), doc)) for p in params if p["in"] == "path"}
            query = {p["name"]: valid(p.get("schema", {}), doc) for p in params
                     if p["in"] == "query" and p.get("required")}
            headers = {p["name"]: as_text(valid(p.get("schema", {}), doc)) for p in params
                       if p["in"] == "header" and p.get("required")}
            creds = {}
            for requirement in op.get("security", []):
                for name in requirement:
                    sc = schemes[name]
                    if sc["type"] == "apiKey" and sc["in"] == "header":
                        creds[sc["name"]] = "k"
                    elif sc["type"] == "http" and sc["scheme"] == "basic":
                        creds["authorization"] = "Basic dXNlcjpwdw=="
                    elif sc["type"] in ("http", "oauth2"):
                        creds["authorization"] = "Bearer t"
            auth_query = {sc["name"]: "k" for r in op.get("security", []) for n in r
                          for sc in [schemes[n]] if sc["type"] == "apiKey" and sc["in"] == "query"}
            cookie = "; ".join(f"{sc['name']}=k" for r in op.get("security", []) for n in r
                               for sc in [schemes[n]] if sc["type"] == "apiKey" and sc["in"] == "cookie")
            body_schema = None
            form_schema = None
            rb = op.get("requestBody")
            if rb and "application/json" in rb.get("content", {}):
                body_schema = rb["content"]["application/json"].get("schema", {})
            for media in ("application/x-www-form-urlencoded", "multipart/form-data"):
                if rb and media in rb.get("content", {}):
                    form_schema = resolve(rb["content"][media].get("schema", {}), doc)
            form = form_fields(form_schema, doc) if form_schema else None

            def line(pv=None, q=None, h=None, body="<valid>", m=method, drop_auth=False, raw=None,
                     data=None, files=None):
                p = path
                for name, value in (pv if pv is not None else path_values).items():
                    p = p.replace("{" + name + "}", str(value))
                qq = dict(query if q is None else q)
                if not drop_auth:
                    qq.update(auth_query)
                hh = {}
                if not drop_auth:
                    hh.update(creds)
                    if cookie:
                        hh["cookie"] = cookie
                hh.update(headers if h is None else h)  # a fault given here wins
                out = {"method": m.upper(), "path": p, "headers": hh}
                query_out = {}
                for k, v in qq.items():
                    texts = [t for t in map(as_text, v if isinstance(v, list) else [v]) if t is not None]
                    if texts:
                        query_out[k] = texts
                if query_out:
                    out["query"] = query_out
                if raw is not None:
                    out["body"] = raw
                elif form is not None:
                    if body == "<valid>":
                        data = form["data"] if data is None else data
                        files = form["files"] if files is None else files
                    if data:
                        out["data"] = data
                    if files:
                        out["files"] = files
                    if body not in ("<valid>", "<none>"):
                        out["json"] = body
                elif body_schema is not None:
                    value = valid(body_schema, doc) if body == "<valid>" else body
                    if value != "<none>":
                        out["json"] = value
                return out

            lines.append(line())
            if op.get("security"):
                lines.append(line(drop_auth=True))
                lines.append(line(h={**headers, "authorization": "Weird t"}))
                lines.append(line(h={**headers, "authorization": "Basic !!!"}))
            for p in params:
                values = faults(p.get("schema", {}), doc)
                for bad in values:
                    text = as_text(bad)
                    if p["in"] == "path":
                        if text is None or text == "" or "/" in text:
                            continue
                        lines.append(line(pv={**path_values, p["name"]: text}))
                    elif p["in"] == "query":
                        if isinstance(bad, list):
                            lines.append(line(q={**query, p["name"]: bad}))
                        elif text is not None:
                            lines.append(line(q={**query, p["name"]: text}))
                    elif p["in"] == "header" and text is not None and text.isascii() and text.strip() == text and text:
                        lines.append(line(h={**headers, p["name"]: text}))
                if p.get("required") and p["in"] == "query":
                    lines.append(line(q={k: v for k, v in query.items() if k != p["name"]}))
                if p.get("required") and p["in"] == "header":
                    lines.append(line(h={k: v for k, v in headers.items() if k != p["name"]}))
            if body_schema is not None:
                for bad in faults(body_schema, doc):
                    lines.append(line(body=bad))
                lines.append(line(body="<none>"))
                lines.append(line(raw="{not json"))
                lines.append(line(raw="[1, 2"))
            if form is not None:
                lines += form_faults(form, line)
            # Faults outside the operation: a method it does not have, a trailing slash.
            lines.append(line(m="patch" if method != "patch" else "put"))
            lines.append({**line(), "path": line()["path"] + "/"})
    lines.append({"method": "GET", "path": "/no/such/path"})
    return lines


ORACLE = r"""
import json, sys
sys.path.insert(0, sys.argv[2])
import importlib
from fastapi.testclient import TestClient
app = importlib.import_module(sys.argv[1]).app
out = []
with TestClient(app, raise_server_exceptions=False) as client:
    for raw in sys.stdin:
        line = json.loads(raw)
        kwargs = {"headers": line.get("headers", {})}
        if line.get("query"):
            kwargs["params"] = [(k, v) for k, vs in line["query"].items() for v in vs]
        if "json" in line:
            kwargs["json"] = line["json"]
        if "data" in line:
            kwargs["data"] = line["data"]
        if "files" in line:
            kwargs["files"] = [(k, (f["filename"], f["content"].encode(), f["content_type"]))
                               for k, fs in line["files"].items()
                               for f in (fs if isinstance(fs, list) else [fs])]
        if "body" in line:
            kwargs["content"] = line["body"]
            kwargs["headers"] = {"content-type": "application/json", **kwargs["headers"]}
        r = client.request(line["method"], line["path"], **kwargs)
        try:
            body = r.json()
        except Exception:
            body = r.text
        out.append({"status": r.status_code, "headers": dict(r.headers), "json": body})
print(json.dumps(out))
"""


# What FastAPI's security classes and Starlette's router say: everything else in a detail
# string comes from the app's own code (a dependency that checks a token, a handler's 404),
# which the document cannot hold; such answers are counted apart, not compared.
FRAMEWORK_DETAILS = {"Not authenticated", "Invalid authentication credentials", "Not Found",
                     "Method Not Allowed"}


def app_logic(answer):
    status = answer["status"]
    if status >= 500:
        return True
    body = answer.get("json")
    if 400 <= status < 500 and isinstance(body, dict):
        detail = body.get("detail")
        if isinstance(detail, str) and detail not in FRAMEWORK_DETAILS:
            return True
        if isinstance(detail, list) and any(e.get("type") == "value_error" and "ctx" not in e
                                            for e in detail):
            return True  # a validator of the app's own (@validator)
        if "detail" not in body:
            return True  # a custom exception handler's body
    return False


# What a document cannot say, with the requests that show it; counted apart and printed.
# FastAPI writes `bytes = File()` and `UploadFile = File()` alike ({"type": "string", "format":
# "binary"}); the engine reads such a field as UploadFile (by far the more common), which
# refuses a text value that bytes would take.
CANNOT_SAY = [
    ("forms_app", lambda line: line["path"] == "/raw" and "blob" in line.get("data", {}),
     "a bytes File() given as text (UploadFile and bytes have one schema)"),
]


def normalise(answer, shared_path):
    if "exception" in answer or "error" in answer:
        return answer
    headers = {k: v for k, v in answer.get("headers", {}).items() if k in COMPARED_HEADERS}
    if shared_path and answer["status"] == 405:
        # Starlette's Allow names the methods of the first route on the path, in the order the
        # routes were added; FastAPI's document lists a path's operations in its own fixed
        # order (get, put, post, ...), so with several operations on a path the first one
        # added cannot be read from the document.
        headers.pop("allow", None)
    body = answer.get("json", answer.get("text"))
    if isinstance(body, dict) and isinstance(body.get("detail"), list):
        for error in body["detail"]:
            ctx = error.get("ctx", {})
            # A Python set in the ctx: its order follows the process's hash seed.
            if isinstance(ctx.get("allowed_schemes"), list):
                ctx["allowed_schemes"] = sorted(ctx["allowed_schemes"])
    out = {"status": answer["status"]}
    if not 200 <= answer["status"] < 300:
        out["headers"] = headers
        out["body"] = body
    return out


def run_app(api_replay, module, directory, env_extra, verbose):
    env = dict(os.environ)
    tmp = None
    for key, value in env_extra.items():
        if value == "<db>":
            fd, tmp = tempfile.mkstemp(suffix=".db")
            os.close(fd)
            value = tmp
        env[key] = value
    try:
        doc = json.loads(subprocess.run(
            ["/usr/bin/python3", "-c", f"import json, sys; sys.path.insert(0, {directory!r}); "
             f"import {module} as m; print(json.dumps(m.app.openapi()))"],
            env=env, capture_output=True, check=True, cwd=directory).stdout)
        lines = cases_for(doc)
        text = "".join(json.dumps(l) + "\n" for l in lines)
        oracle = json.loads(subprocess.run(["/usr/bin/python3", "-c", ORACLE, module, directory],
                                           input=text, env=env, capture_output=True, text=True,
                                           check=True, cwd=directory).stdout)
        with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
            json.dump(doc, f)
            doc_path = f.name
        ours_run = subprocess.run([api_replay, "requests", "--openapi", doc_path], input=text,
                                  capture_output=True, text=True)
        os.unlink(doc_path)
        ours = [json.loads(l) for l in ours_run.stdout.splitlines()]
    finally:
        if tmp:
            os.unlink(tmp)
    if len(ours) != len(lines):
        print(f"FAIL {module}: {len(ours)} answers for {len(lines)} requests\n{ours_run.stderr}")
        return 0, 1
    passed = failed = logic = unsayable = 0
    for line, a, b in zip(lines, ours, oracle):
        if app_logic(b):
            logic += 1
            continue
        reasons = [why for m, applies, why in CANNOT_SAY if m == module and applies(line)]
        if reasons:
            unsayable += 1
            if verbose:
                print(f"not in the document ({reasons[0]}): {json.dumps(line)}")
            continue
        # Redirects are followed on both sides, as TestClient does by default.
        shared = len([m for m in doc["paths"].get(line["path"].split("?")[0].rstrip("/") or "/", {})
                      if m in ("get", "put", "post", "delete", "patch")]) > 1
        na, nb = normalise(a, shared), normalise(b, shared)
        if na == nb:
            passed += 1
            continue
        failed += 1
        print(f"FAIL {module} {json.dumps(line)}\n  ours:    {json.dumps(na)}\n  FastAPI: {json.dumps(nb)}")
    print(f"{module}: {len(lines)} requests, {passed} same, {failed} different, {logic} answered "
          "by the app's own code (not in the document)"
          + (f", {unsayable} that the document cannot tell apart" if unsayable else ""))
    return passed, failed


def main():
    api_replay = sys.argv[1]
    verbose = "--verbose" in sys.argv
    total_passed = total_failed = 0
    for module, directory, env in APPS:
        p, f = run_app(api_replay, module, directory, env, verbose)
        total_passed += p
        total_failed += f
    print(f"openapi target against FastAPI 0.92 on {len(APPS)} apps' documents")
    print(f"{total_passed} passed, {total_failed} failed")
    return 1 if total_failed else 0


if __name__ == "__main__":
    sys.exit(main())
