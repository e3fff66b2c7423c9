"""The OpenAPI target through the real api-replay (and the window's command line): the line
contract, what a broken document is told, warnings for what is read past, the round trip of
`openapi`, and the options the kind refuses."""
import json
import os
import subprocess

import pytest

API_REPLAY = os.environ["API_REPLAY"]
API_EXPLORER = os.environ.get("API_EXPLORER")
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
CATALOG30 = os.path.join(ROOT, "tests", "conformance", "openapi", "catalog30.json")
CATALOG31 = os.path.join(ROOT, "tests", "conformance", "v2", "catalog31.json")


def replay(*args, lines=()):
    text = "".join(json.dumps(l) + "\n" for l in lines)
    return subprocess.run([API_REPLAY, *args], input=text, capture_output=True, text=True, timeout=60)


def answers(run):
    return [json.loads(l) for l in run.stdout.splitlines()]


def test_the_wording_follows_the_documents_version():
    line = {"method": "GET", "path": "/items/abc"}
    v1 = answers(replay("requests", "--openapi", CATALOG30, lines=[line]))[0]
    v2 = answers(replay("requests", "--openapi", CATALOG31, lines=[line]))[0]
    assert v1["json"]["detail"][0]["type"] == "type_error.integer"
    assert v2["json"]["detail"][0]["type"] == "int_parsing"
    forced = answers(replay("requests", "--openapi", CATALOG30, "--error-style", "v2", lines=[line]))[0]
    assert forced["json"]["detail"][0]["type"] == "int_parsing"


def test_fastapi_names_the_release_whose_security_answers():
    """A 3.1 document comes from any FastAPI since 0.99; --fastapi says which one."""
    lines = [{"method": "GET", "path": "/secure/bearer"}, {"method": "GET", "path": "/secure/keys"}]
    newest = answers(replay("requests", "--openapi", CATALOG31, lines=lines))
    assert [a["status"] for a in newest] == [401, 401]
    assert newest[0]["headers"]["www-authenticate"] == "Bearer"
    older = answers(replay("requests", "--openapi", CATALOG31, "--fastapi", "0.115", lines=lines))
    assert [a["status"] for a in older] == [403, 403]
    assert all("www-authenticate" not in a["headers"] for a in older)
    assert all(a["json"] == {"detail": "Not authenticated"} for a in older)


@pytest.mark.parametrize("args, message", [
    (["--openapi", CATALOG31, "--fastapi", "latest"], "such as 0.115"),
    (["--app", "forge", "--fastapi", "0.115"], "--fastapi is for an OpenAPI document"),
    (["--base-url", "http://127.0.0.1:9", "--fastapi", "0.115"], "--fastapi is for an OpenAPI document"),
])
def test_fastapi_is_refused_where_it_means_nothing(args, message):
    run = replay("requests", *args)
    assert run.returncode == 2 and message in run.stderr, run.stderr


def test_overrides_swap_a_security_scheme():
    line = {"method": "GET", "path": "/secure/oauth"}
    plain = answers(replay("requests", "--openapi", CATALOG31, lines=[line]))[0]
    assert plain["status"] == 401 and plain["headers"]["www-authenticate"] == "Bearer"
    signed = answers(replay("requests", "--openapi", CATALOG31, "--override",
                            "OAuth2PasswordBearer=authenticated", lines=[line]))[0]
    assert signed["status"] == 200
    bad = replay("requests", "--openapi", CATALOG31, "--override", "OAuth2PasswordBearer=admin")
    assert bad.returncode == 2 and "anonymous" in bad.stderr and "authenticated" in bad.stderr


def test_openapi_prints_the_document_as_read(tmp_path):
    doc = json.load(open(CATALOG31))
    doc["components"]["schemas"]["Tag"]["properties"]["name"]["format"] = "hostname"
    path = tmp_path / "doc.json"
    path.write_text(json.dumps(doc))
    run = replay("openapi", "--openapi", str(path))
    assert run.returncode == 0
    assert json.loads(run.stdout) == doc
    assert "warning: #/components/schemas/Tag/properties/name/format: format 'hostname'" in run.stderr


@pytest.mark.parametrize("text, message", [
    ("{", "not JSON"),
    ('{"swagger": "2.0", "paths": {}}', "Swagger 2.0"),
    ('{"openapi": "3.1.0", "paths": {"/a": {"get": {"parameters": [{"name": "q", "in": "body"}], "responses": {}}}}}',
     "#/paths/~1a/get/parameters/0/in: expected path, query, header or cookie, found 'body'"),
])
def test_a_broken_document_says_where_and_what(tmp_path, text, message):
    path = tmp_path / "broken.json"
    path.write_text(text)
    run = replay("routes", "--openapi", str(path))
    assert run.returncode == 2
    assert message in run.stderr
    assert str(path) in run.stderr


def test_a_missing_document_is_named(tmp_path):
    run = replay("routes", "--openapi", str(tmp_path / "nope.json"))
    assert run.returncode == 2 and "nope.json: cannot be read" in run.stderr


def test_options_the_kind_refuses():
    run = replay("requests", "--openapi", CATALOG31, "--db", "x.db")
    assert run.returncode == 2 and "--db" in run.stderr


def test_routes_lists_every_operation_with_its_security():
    routes = json.loads(replay("routes", "--openapi", CATALOG31).stdout)
    keys = {(r["methods"][0], r["path"]) for r in routes}
    assert ("PUT", "/items/{item_id}") in keys and ("GET", "/secure/keys") in keys
    keys_route = next(r for r in routes if r["path"] == "/secure/keys")
    assert [d["name"] for d in keys_route["dependencies"]] == ["APIKeyHeader", "APIKeyQuery", "APIKeyCookie"]


def test_routes_give_each_parameters_default_and_allowed_values(tmp_path):
    doc = {"openapi": "3.0.2", "info": {"title": "t", "version": "1"}, "paths": {
        "/items/{item_id}": {"get": {"parameters": [
            {"name": "item_id", "in": "path", "required": True, "schema": {"type": "integer"}},
            {"name": "limit", "in": "query", "required": False,
             "schema": {"type": "integer", "default": 10}},
            {"name": "order", "in": "query", "required": False,
             "schema": {"$ref": "#/components/schemas/Order"}}],
            "responses": {"200": {"description": "ok"}}}}},
        "components": {"schemas": {"Order": {"title": "Order", "enum": ["asc", "desc"],
                                             "type": "string", "default": "asc"}}}}
    path = tmp_path / "doc.json"
    path.write_text(json.dumps(doc))
    run = replay("routes", "--openapi", str(path))
    assert run.returncode == 0, run.stderr
    params = {p["name"]: p for p in json.loads(run.stdout)[0]["parameters"]}
    assert "default" not in params["item_id"] and "choices" not in params["item_id"]
    assert params["limit"]["default"] == 10
    assert params["order"]["choices"] == ["asc", "desc"]


@pytest.mark.skipif(not API_EXPLORER, reason="the window is not built")
def test_the_window_answers_help_and_version_without_a_display():
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["QT_QPA_PLATFORM"] = "xcb"  # would abort without a display if it got that far
    run = subprocess.run([API_EXPLORER, "--help"], capture_output=True, text=True, env=env, timeout=30)
    assert run.returncode == 0
    assert "--openapi FILE" in run.stdout and "--lang LANG" in run.stdout
    run = subprocess.run([API_EXPLORER, "--version"], capture_output=True, text=True, env=env, timeout=30)
    assert run.returncode == 0 and run.stdout.startswith("api-explorer ")


UPLOAD_DOC = {
    "openapi": "3.0.2", "info": {"title": "upload", "version": "1"},
    "paths": {"/upload": {"post": {
        "requestBody": {"required": True, "content": {"multipart/form-data": {
            "schema": {"$ref": "#/components/schemas/Body_upload"}}}},
        "responses": {"200": {"description": "ok"}}}}},
    "components": {"schemas": {"Body_upload": {
        "title": "Body_upload", "type": "object", "required": ["file", "note"],
        "properties": {"file": {"title": "File", "type": "string", "format": "binary"},
                       "note": {"title": "Note", "type": "string"}}}}},
}


def test_forms_and_files_as_testclient_sends_them(tmp_path):
    """data= and files= in a request line, as TestClient takes them: a urlencoded form, or a
    multipart body when there are files; the document's File and Form fields read from it."""
    doc = tmp_path / "upload.json"
    doc.write_text(json.dumps(UPLOAD_DOC))
    base = {"method": "POST", "path": "/upload"}
    run = replay("requests", "--openapi", str(doc), lines=[
        {**base, "data": {"note": "hi"},
         "files": {"file": {"filename": "a.txt", "content": "x", "content_type": "text/plain"}}},
        {**base, "data": {"note": "hi"}},
        {**base, "data": {"note": "hi", "file": "text"}, "files": {}},
        {**base, "headers": {"content-type": "multipart/form-data; boundary=x"},
         "body": "--x\r\nbroken"},
        {**base, "data": {"note": {"nested": 1}}},
    ])
    out = answers(run)
    assert out[0]["status"] == 200
    assert out[1]["status"] == 422  # a urlencoded form has no file
    assert out[1]["json"]["detail"] == [
        {"loc": ["body", "file"], "msg": "field required", "type": "value_error.missing"}]
    assert out[2]["json"]["detail"] == [
        {"loc": ["body", "file"], "msg": "Expected UploadFile, received: <class 'str'>",
         "type": "value_error"}]
    assert out[3] == {"status": 400, "headers": out[3]["headers"],
                      "json": {"detail": "There was an error parsing the body"}}
    assert out[4]["error"]["message"] == 'field "note" of "data" must be a string or a number'
    assert run.returncode == 1  # the bad line
