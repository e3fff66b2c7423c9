"""The bridge's Python side on its own (no binary): introspection of a multi-file FastAPI
project (routers, enum path parameters, header and cookie parameters, nested models, class,
yield and app-level dependencies, OAuth2 bearer security) and the command handling."""
from __future__ import annotations

import os
import pathlib
import sys

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT / "python"), str(ROOT / "resources" / "examples" / "bookshelf")]

from api_test_explorer import bridge  # noqa: E402
from api_test_explorer.introspect import (  # noqa: E402
    Introspection, Names, _file_fields, app_modules, skeleton)


@pytest.fixture
def session():
    app, module, extra = bridge.load("bookshelf.main:app", str(ROOT / "resources/examples/bookshelf"), [])
    intro = Introspection(app, Names(app_modules(module, extra)),
                          bridge.collect_doubles([module, *extra]))
    s = bridge.Session(app, intro)
    yield s
    s.close()
    app.dependency_overrides.clear()


def routes(session) -> dict:
    return {r["name"]: r for r in session.handle({"op": "describe"})["routes"]}


def test_routes_carry_routers_tags_and_every_parameter_kind(session) -> None:
    r = routes(session)
    assert r["list_books"]["path"] == "/books" and r["list_books"]["tags"] == ["books"]
    params = {p["name"]: p for p in r["list_books"]["parameters"]}
    assert params["limit"] == {"name": "limit", "in": "query", "required": False,
                               "type": "integer", "default": 10, "choices": []}
    assert params["shelf_view"]["in"] == "cookie"
    assert params["x-client"]["in"] == "header"  # the app-level dependency's header
    genre = {p["name"]: p for p in r["books_of_genre"]["parameters"]}["genre"]
    assert genre["in"] == "path" and genre["choices"] == ["novel", "poetry", "essay"]
    assert r["add_book"]["status_code"] == 201
    body = {p["name"]: p for p in r["add_book"]["parameters"]}["book"]
    assert (body["in"], body["type"], body["required"]) == ("body", "BookIn", True)
    assert r["add_book"]["body_skeleton"] == {"title": "string", "author": {"name": "string"},
                                              "price": 0}


def test_dependencies_are_named_as_the_user_names_them(session) -> None:
    tree = routes(session)["add_book"]["dependency_tree"]
    assert [n["name"] for n in tree] == ["count_requests", "get_store", "get_current_user"]
    assert tree[2]["depends_on"][0]["name"] == "oauth2_scheme"  # the module variable
    assert [n["name"] for n in routes(session)["list_books"]["dependency_tree"]] == \
        ["count_requests", "Pagination", "get_store"]


def test_doubles_come_from_the_doubles_dict_with_their_docstrings(session) -> None:
    deps = {d["name"]: d for d in session.handle({"op": "describe"})["dependencies"]}
    assert deps["get_store"]["providers"] == [
        {"name": "get_store", "description": "The shelf, opened per request and closed after the "
                                             "response."},
        {"name": "empty_store", "description": "An empty shelf."},
        {"name": "big_store", "description": "A shelf of 60 books, for paging."}]
    assert deps["oauth2_scheme"]["providers"][0]["description"] == "OAuth2PasswordBearer"


def test_overrides_act_on_the_real_dependency_overrides(session) -> None:
    assert session.handle({"op": "override", "dependency": "get_current_user",
                           "double": "fake_admin"}) == {"ok": True}
    from bookshelf.deps import get_current_user
    from bookshelf.main import fake_admin
    assert session.app.dependency_overrides[get_current_user] is fake_admin
    node = routes(session)["read_me"]["dependency_tree"][1]
    assert (node["provider"], node["overridden"], node["depends_on"]) == ("fake_admin", True, [])
    assert session.handle({"op": "remove_override", "dependency": "get_current_user"}) == \
        {"removed": True}
    assert session.handle({"op": "override", "dependency": "get_current_user",
                           "double": "nope"})["error"]["type"] == "KeyError"


def test_a_request_is_answered_by_testclient_with_the_response_model_applied(session) -> None:
    import base64
    import json

    reply = session.handle({"op": "request", "method": "GET", "url": "/books/1",
                            "headers": [["x-client", "test"]], "trace": True})
    assert reply["status"] == 200
    body = json.loads(base64.b64decode(reply["body_b64"]))
    assert "internal_note" not in body and body["author"]["born"] == 1819
    assert ["content-type", "application/json"] in reply["headers"]
    assert reply["trace"]["route"] == "/books/{book_id}"
    assert reply["trace"]["handler"] == "read_book"


def test_raise_server_exceptions_can_be_turned_off(session) -> None:
    session.handle({"op": "override", "dependency": "get_store", "double": "empty_store"})

    def broken():
        raise RuntimeError("boom")
        yield  # pragma: no cover

    session.intro.doubles["get_store"]["broken"] = broken
    session.handle({"op": "override", "dependency": "get_store", "double": "broken"})
    assert session.handle({"op": "request", "method": "GET", "url": "/books",
                           "headers": []})["exception"]["type"] == "RuntimeError"
    assert session.handle({"op": "raise", "on": False}) == {"ok": True}
    assert session.handle({"op": "request", "method": "GET", "url": "/books",
                           "headers": []})["status"] == 500


def test_a_test_scope_is_announced_as_pytest_does(session) -> None:
    session.handle({"op": "begin_test", "name": "suite.json::test_x"})
    assert os.environ["PYTEST_CURRENT_TEST"] == "suite.json::test_x (call)"
    session.handle({"op": "end_test"})
    assert "PYTEST_CURRENT_TEST" not in os.environ


def test_a_bad_doubles_table_is_refused() -> None:
    import types
    module = types.ModuleType("m")
    module.DOUBLES = {"get_db": ["not", "a", "dict"]}
    with pytest.raises(bridge.Fatal, match=r"m.DOUBLES\['get_db'\] must be a dict"):
        bridge.collect_doubles([module])


def test_skeletons_follow_refs_unions_and_defaults() -> None:
    doc = {"components": {"schemas": {"A": {"type": "object", "required": ["x", "y"],
                                            "properties": {"x": {"type": "integer"},
                                                           "y": {"anyOf": [{"type": "null"},
                                                                           {"type": "string"}]},
                                                           "z": {"type": "string"}}}}}}
    assert skeleton({"$ref": "#/components/schemas/A"}, doc) == {"x": 0, "y": "string"}
    assert skeleton({"type": "string", "default": "d"}, doc) == "d"


def test_the_trace_sees_exception_handlers_and_background_tasks(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("FORGE_DB", str(tmp_path / "forge.db"))
    twin = str(ROOT / "tests" / "conformance" / "twin")
    app, module, extra = bridge.load("forge_twin:app", twin, [])
    intro = Introspection(app, Names(app_modules(module, extra)), bridge.collect_doubles([module]))
    s = bridge.Session(app, intro)
    try:
        s.handle({"op": "lifespan", "on": True})
        missing = s.handle({"op": "request", "method": "GET", "url": "/forge/users/999",
                            "headers": [], "trace": True})
        assert missing["status"] == 404
        assert {"kind": "exception_handler", "name": "not_found_handler",
                "detail": "NotFoundError"} in missing["trace"]["events"]
        created = s.handle({"op": "request", "method": "POST", "url": "/forge/users",
                            "headers": [], "trace": True,
                            "json": {"username": "trace_me", "email": "t@forge.io"}})
        assert created["status"] == 201
        kinds = [(e["kind"], e["detail"]) for e in created["trace"]["events"]]
        assert ("background", "ran") in kinds
    finally:
        s.close()


def test_a_form_routes_media_and_file_fields_come_from_the_real_app() -> None:
    """What the composer's Fill from schema and request lines build a form from: FastAPI's own
    Form and File routes (python-multipart installed), and a multipart body through them."""
    import base64
    import json

    app_dir = ROOT / "tests" / "conformance" / "openapi"
    app, module, extra = bridge.load("forms_app:app", str(app_dir), [])
    intro = Introspection(app, Names(app_modules(module, extra)), bridge.collect_doubles([module]))
    s = bridge.Session(app, intro)
    try:
        described = {r["name"]: r for r in s.handle({"op": "describe"})["routes"]}
        assert described["login"]["body_media"] == "application/x-www-form-urlencoded"
        assert described["login"]["file_fields"] == []
        assert described["avatar"]["body_media"] == "multipart/form-data"
        assert described["avatar"]["file_fields"] == ["image"]
        assert described["attachments"]["file_fields"] == ["files"]
        assert described["token"]["dependencies"] == ["OAuth2PasswordRequestForm"]

        body = (b"--b\r\nContent-Disposition: form-data; name=\"caption\"\r\n\r\nme\r\n"
                b"--b\r\nContent-Disposition: form-data; name=\"image\"; filename=\"a.png\"\r\n"
                b"Content-Type: image/png\r\n\r\nPNG\r\n--b--\r\n")
        reply = s.handle({"op": "request", "method": "POST", "url": "/avatar/3",
                          "headers": [["content-type", "multipart/form-data; boundary=b"]],
                          "body_b64": base64.b64encode(body).decode("ascii")})
        assert reply["status"] == 200
        assert json.loads(base64.b64decode(reply["body_b64"])) == {
            "user": 3, "name": "a.png", "size": 3, "caption": "me"}
    finally:
        s.close()


def test_file_fields_follow_refs_and_lists() -> None:
    doc = {"components": {"schemas": {"Body_upload": {"type": "object", "properties": {
        "file": {"type": "string", "format": "binary"},
        "files": {"type": "array", "items": {"type": "string", "format": "binary"}},
        "note": {"type": "string"}}}}}}
    schema = {"$ref": "#/components/schemas/Body_upload"}
    assert _file_fields(schema, doc) == ["file", "files"]
    assert _file_fields({"type": "string"}, doc) == []


def test_file_fields_as_fastapi_0_129_1_and_later_write_them() -> None:
    octet = {"type": "string", "contentMediaType": "application/octet-stream"}
    schema = {"type": "object", "properties": {
        "file": octet,
        "files": {"type": "array", "items": octet},
        "maybe": {"anyOf": [octet, {"type": "null"}], "title": "Maybe"},
        "b64": {**octet, "contentEncoding": "base64"},
        "note": {"anyOf": [{"type": "string"}, {"type": "null"}]}}}
    assert _file_fields(schema, {}) == ["file", "files", "maybe"]
