"""Writes the v2 golden files of the OpenAPI target: catalog31.json, the OpenAPI 3.1 document of
the catalog app (tests/conformance/openapi/catalog_app.py) as FastAPI >= 0.100 writes it, its
component schemas made by Pydantic 2 itself; and catalog31_cases.json, generated requests with
the answers FastAPI gives them, the validation errors produced by pydantic-core.

Debian 12 has no Pydantic 2, so this is a developer's tool, run by hand where Pydantic 2 is
installed (python3 -m pip install 'pydantic>=2'); CI replays the files it wrote
(run_openapi_v2_golden.py). FastAPI's part (routing, the order of errors, security classes,
body reading) follows fastapi/routing.py, dependencies/utils.py and security/*.py of FastAPI
0.141 (PR 13786 made the security classes answer 401 with WWW-Authenticate in 0.122).

usage: python3 make_openapi_golden.py
"""
import base64
import json
import os
import re
import sys
from datetime import date, datetime
from enum import Enum
from typing import Annotated, Dict, List, Literal, Optional, Union
from uuid import UUID

import pydantic
from pydantic import AnyUrl, BaseModel, Field, HttpUrl, TypeAdapter, ValidationError, constr

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import run_openapi  # noqa: E402  (the request generator shared with the v1 test)

assert pydantic.VERSION.startswith("2."), "needs Pydantic 2"


class Color(str, Enum):
    red = "red"
    green = "green"


class Size(int, Enum):
    small = 1
    large = 2


class Tag(BaseModel):
    name: constr(min_length=1, max_length=20)
    weight: float = 1.0


class Dimensions(BaseModel):
    width: Annotated[int, Field(gt=0)]
    height: Annotated[int, Field(gt=0, le=1000)]


class Item(BaseModel):
    name: str = Field(..., min_length=2, max_length=50)
    price: float = Field(..., gt=0, lt=1_000_000)
    quantity: int = Field(1, ge=0, multiple_of=1)
    color: Color = Color.red
    tags: List[Tag] = []
    dimensions: Optional[Dimensions] = None
    sku: Annotated[str, Field(pattern=r"^[A-Z]{3}-\d{4}$")] = "ABC-0001"
    attributes: Dict[str, int] = {}
    released: Optional[date] = None
    code: Union[int, str] = 0
    homepage: Optional[HttpUrl] = None
    kind: Literal["book", "toy"] = "book"


class Category(BaseModel):
    title: str
    children: List["Category"] = []


class Cat(BaseModel):
    pet_type: Literal["cat"]
    meows: int


class Dog(BaseModel):
    pet_type: Literal["dog"]
    barks: float


class Owner(BaseModel):
    pet: Annotated[Union[Cat, Dog], Field(discriminator="pet_type")]
    since: datetime
    ident: UUID


class Strict(BaseModel):
    model_config = {"extra": "forbid"}
    a: int
    b: Optional[str] = None


REF = "#/components/schemas/{model}"


def schema_of(tp, components):
    # A field's schema as FastAPI writes it: enums and models by $ref to the components.
    holder = pydantic.create_model("Holder", x=(tp, ...)).model_json_schema(ref_template=REF)
    components.update(holder.pop("$defs", {}))
    s = holder["properties"]["x"]
    s.pop("title", None)
    return s


def param(name, where, tp, required, components, default=None, **extra):
    s = schema_of(tp, components)
    s["title"] = name.replace("_", " ").title() if where != "header" else name.replace("-", " ").title()
    if not required:
        s["default"] = default
    return {"name": name, "in": where, "required": required, "schema": s, **extra}


def body_model(tp, components):
    if isinstance(tp, type) and issubclass(tp, BaseModel):
        s = tp.model_json_schema(ref_template=REF)
        components.update(s.pop("$defs", {}))
        if "$ref" not in s:
            components[tp.__name__] = s
        return {"$ref": REF.format(model=tp.__name__)}
    return schema_of(tp, components)


def add(paths, path, method, op_id, params=(), body=None, body_required=True, status="200",
        security=None, tags=()):
    op = {"tags": list(tags), "summary": op_id.replace("_", " ").title(), "operationId": op_id}
    if params:
        op["parameters"] = list(params)
    if body is not None:
        op["requestBody"] = {"content": {"application/json": {"schema": body}}, "required": body_required}
    op["responses"] = {status: {"description": "Successful Response",
                                **({} if status == "204" else {"content": {"application/json": {"schema": {}}}})},
                       "422": {"description": "Validation Error", "content": {"application/json": {
                           "schema": {"$ref": "#/components/schemas/HTTPValidationError"}}}}}
    if security:
        op["security"] = security
    paths.setdefault(path, {})[method] = op


def build_document():
    c = {}
    paths = {}
    add(paths, "/items/{item_id}", "get", "read_item", tags=["items"], params=[
        param("item_id", "path", Annotated[int, Field(ge=1, le=10000)], True, c),
        param("q", "query", Optional[Annotated[str, Field(max_length=10)]], False, c),
        param("short", "query", bool, False, c, False),
        param("color", "query", Color, False, c, "red"),
        param("size", "query", Optional[Size], False, c)])
    add(paths, "/search", "get", "search", tags=["items"], params=[
        param("terms", "query", List[str], True, c),
        param("page", "query", Annotated[int, Field(gt=0)], False, c, 1),
        param("per_page", "query", Annotated[int, Field(le=100)], False, c, 20),
        param("ratio", "query", Annotated[float, Field(ge=0, le=1)], False, c, 0.5),
        param("since", "query", Optional[date], False, c),
        param("ident", "query", Optional[UUID], False, c),
        param("order", "query", Literal["asc", "desc"], False, c, "asc"),
        param("ids", "query", List[int], False, c, []),
        param("code", "query", Annotated[str, Field(pattern="^[a-z]+$", min_length=2)], False, c, "aa")])
    add(paths, "/headers", "get", "headers", tags=["params"], params=[
        param("user-agent", "header", str, True, c),
        param("x-token", "header", List[str], False, c, []),
        param("x-count", "header", int, False, c, 0),
        param("session_id", "cookie", Optional[str], False, c),
        param("visits", "cookie", int, False, c, 0)])
    add(paths, "/items", "post", "create_item", body=body_model(Item, c), status="201", tags=["items"])
    c["Body_replace_item_items__item_id__put"] = {
        "properties": {"item": {"$ref": REF.format(model="Item")},
                       "importance": {"type": "integer", "exclusiveMinimum": 0, "title": "Importance"},
                       "note": {"type": "string", "title": "Note", "default": "x"}},
        "type": "object", "required": ["item", "importance"], "title": "Body_replace_item_items__item_id__put"}
    add(paths, "/items/{item_id}", "put", "replace_item", tags=["items"],
        params=[param("item_id", "path", int, True, c)],
        body={"$ref": REF.format(model="Body_replace_item_items__item_id__put")})
    c["Body_embed_embed_post"] = {"properties": {"item": {"$ref": REF.format(model="Item")}},
                                  "type": "object", "required": ["item"], "title": "Body_embed_embed_post"}
    add(paths, "/embed", "post", "embed", tags=["bodies"], body={"$ref": REF.format(model="Body_embed_embed_post")})
    add(paths, "/categories", "post", "categories", tags=["bodies"], body=body_model(Category, c))
    add(paths, "/owners", "post", "owners", tags=["bodies"], body=body_model(Owner, c))
    add(paths, "/strict", "post", "strict", tags=["bodies"], body=body_model(Strict, c))
    add(paths, "/optional-body", "post", "optional_body", tags=["bodies"],
        body={"anyOf": [{"$ref": REF.format(model="Tag")}, {"type": "null"}], "title": "Tag"},
        body_required=False)
    add(paths, "/list-body", "post", "list_body", tags=["bodies"], body=body_model(List[Tag], c))
    add(paths, "/secure/oauth", "get", "secure_oauth", tags=["security"],
        params=[param("limit", "query", int, False, c, 10)], security=[{"OAuth2PasswordBearer": []}])
    add(paths, "/secure/bearer", "get", "secure_bearer", tags=["security"], security=[{"HTTPBearer": []}])
    add(paths, "/secure/basic", "get", "secure_basic", tags=["security"], security=[{"HTTPBasic": []}])
    add(paths, "/secure/keys", "get", "secure_keys", tags=["security"],
        security=[{"APIKeyHeader": []}, {"APIKeyQuery": []}, {"APIKeyCookie": []}])
    add(paths, "/items/{item_id}", "delete", "delete_item", tags=["items"], status="204",
        params=[param("item_id", "path", int, True, c)])
    c["ValidationError"] = {"properties": {"loc": {"items": {"anyOf": [{"type": "string"}, {"type": "integer"}]},
                                                   "type": "array", "title": "Location"},
                                           "msg": {"type": "string", "title": "Message"},
                                           "type": {"type": "string", "title": "Error Type"}},
                            "type": "object", "required": ["loc", "msg", "type"], "title": "ValidationError"}
    c["HTTPValidationError"] = {"properties": {"detail": {"items": {"$ref": REF.format(model="ValidationError")},
                                                          "type": "array", "title": "Detail"}},
                                "type": "object", "title": "HTTPValidationError"}
    schemes = {
        "OAuth2PasswordBearer": {"type": "oauth2", "flows": {"password": {"scopes": {}, "tokenUrl": "/token"}}},
        "HTTPBearer": {"type": "http", "scheme": "bearer"},
        "HTTPBasic": {"type": "http", "scheme": "basic"},
        "APIKeyHeader": {"type": "apiKey", "in": "header", "name": "X-API-Key"},
        "APIKeyQuery": {"type": "apiKey", "in": "query", "name": "api_key"},
        "APIKeyCookie": {"type": "apiKey", "in": "cookie", "name": "session"},
    }
    return {"openapi": "3.1.0", "info": {"title": "Catalog", "version": "1.2.0"}, "paths": paths,
            "components": {"schemas": dict(sorted(c.items())), "securitySchemes": schemes}}


# ---- FastAPI's answer, with pydantic-core's errors ----------------------------------------

TYPES = {
    ("read_item", "item_id"): Annotated[int, Field(ge=1, le=10000)],
    ("read_item", "q"): Optional[Annotated[str, Field(max_length=10)]],
    ("read_item", "short"): bool, ("read_item", "color"): Color, ("read_item", "size"): Optional[Size],
    ("search", "terms"): List[str], ("search", "page"): Annotated[int, Field(gt=0)],
    ("search", "per_page"): Annotated[int, Field(le=100)],
    ("search", "ratio"): Annotated[float, Field(ge=0, le=1)], ("search", "since"): Optional[date],
    ("search", "ident"): Optional[UUID], ("search", "order"): Literal["asc", "desc"],
    ("search", "ids"): List[int], ("search", "code"): Annotated[str, Field(pattern="^[a-z]+$", min_length=2)],
    ("headers", "user-agent"): str, ("headers", "x-token"): List[str], ("headers", "x-count"): int,
    ("headers", "session_id"): Optional[str], ("headers", "visits"): int,
    ("replace_item", "item_id"): int, ("delete_item", "item_id"): int, ("secure_oauth", "limit"): int,
}
BODIES = {"create_item": Item, "categories": Category, "owners": Owner, "strict": Strict,
          "optional_body": Optional[Tag], "list_body": List[Tag]}
EMBEDDED = {"replace_item": [("item", Item, True, None), ("importance", Annotated[int, Field(gt=0)], True, None),
                             ("note", str, False, "x")],
            "embed": [("item", Item, True, None)]}


def errors_of(tp, value, loc):
    try:
        # FastAPI's ModelField.validate: validate_python(value, from_attributes=True).
        TypeAdapter(tp).validate_python(value, from_attributes=True)
        return []
    except ValidationError as e:
        out = []
        for err in e.errors(include_url=False):
            err = dict(err)
            err["loc"] = list(loc) + list(err["loc"])
            if "ctx" in err:
                err["ctx"] = {k: (v if isinstance(v, (str, int, float, bool, type(None), list, dict)) else {})
                              for k, v in err["ctx"].items()}
            out.append({k: err[k] for k in ("type", "loc", "msg", "input", "ctx") if k in err})
        return out


def match(doc, method, path):
    partial = None
    for template, item in doc["paths"].items():
        rx = "^" + re.sub(r"\\{([^}]+)\\}", r"(?P<\1>[^/]+)", re.escape(template).replace(r"\{", "{").replace(r"\}", "}")) + "$"
        rx = "^" + re.sub(r"\{([^}]+)\}", lambda m: "(?P<" + re.sub(r"\W", "_", m.group(1)) + ">[^/]+)", template) + "$"
        m = re.match(rx, path)
        if not m:
            continue
        for verb, op in item.items():
            if verb.upper() == method:
                return op, m.groupdict(), None
        partial = partial or [v.upper() for v in item]
    return None, None, partial


def security_error(doc, op, headers, query, cookies):
    schemes = doc["components"]["securitySchemes"]
    for requirement in op.get("security", []):
        for name in requirement:
            s = schemes[name]
            auth = headers.get("authorization", "")
            scheme, _, param_ = auth.partition(" ")
            if s["type"] == "apiKey":
                value = {"header": headers.get(s["name"].lower()), "query": query.get(s["name"], [None])[-1],
                         "cookie": cookies.get(s["name"])}[s["in"]]
                if not value:
                    return 401, "APIKey"
            elif s["type"] == "oauth2":
                if not auth or scheme.lower() != "bearer":
                    return 401, "Bearer"
            elif s["scheme"] == "basic":
                if not auth or scheme.lower() != "basic":
                    return 401, "Basic"
                try:
                    data = base64.b64decode(param_).decode("ascii")
                except Exception:
                    return 401, "Basic"
                if ":" not in data:
                    return 401, "Basic"
            else:
                if not (auth and scheme and param_.strip()) or scheme.lower() != s["scheme"]:
                    return 401, s["scheme"].title()
    return None


def answer(doc, line):
    path = line["path"]
    query = {k: list(v) for k, v in line.get("query", {}).items()}
    # What TestClient sends on its own, then the request's headers.
    headers = {"host": "testserver", "accept": "*/*", "accept-encoding": "gzip, deflate",
               "connection": "keep-alive", "user-agent": "testclient"}
    headers.update({k.lower(): v for k, v in line.get("headers", {}).items()})
    cookies = dict(p.strip().split("=", 1) for p in headers.get("cookie", "").split(";") if "=" in p)
    op, path_params, allow = match(doc, line["method"], path)
    if op is None and allow is None and path.endswith("/") and path != "/":
        # redirect_slashes, followed as httpx follows it: the Cookie header is not sent again.
        redirected = {k: v for k, v in line.get("headers", {}).items() if k.lower() != "cookie"}
        return answer(doc, {**line, "path": path.rstrip("/"), "headers": redirected})
    if op is None:
        if allow:
            return {"status": 405, "json": {"detail": "Method Not Allowed"}}
        return {"status": 404, "json": {"detail": "Not Found"}}
    name = op["operationId"]
    body_present = "json" in line or "body" in line
    if "body" in line:
        try:
            body = json.loads(line["body"])
        except json.JSONDecodeError as e:
            return {"status": 422, "json": {"detail": [{"type": "json_invalid", "loc": ["body", e.pos],
                                                        "msg": "JSON decode error", "input": {},
                                                        "ctx": {"error": e.msg}}]}}
    else:
        body = line.get("json")
    if op.get("requestBody") is None:
        body_present = False
    refused = security_error(doc, op, headers, query, cookies)
    if refused:
        return {"status": 401, "json": {"detail": "Not authenticated"},
                "headers": {"www-authenticate": refused[1]}}
    errors = []
    for where in ("path", "query", "header", "cookie"):
        for p in op.get("parameters", []):
            if p["in"] != where:
                continue
            tp = TYPES[(name, p["name"])]
            loc = [where, p["name"]]
            is_list = getattr(tp, "__origin__", None) is list
            if where == "path":
                value = path_params.get(re.sub(r"\W", "_", p["name"]))
            elif where == "query":
                values = query.get(p["name"])
                value = values if (values and is_list) else (values[-1] if values else None)
            elif where == "header":
                value = headers.get(p["name"])
                if value is not None and is_list:
                    value = [value]
            else:
                value = cookies.get(p["name"])
            if value is None:
                if p["required"]:
                    errors.append({"type": "missing", "loc": loc, "msg": "Field required", "input": None})
                continue
            errors += errors_of(tp, value, loc)
    if name in BODIES:
        value = body if body_present else None
        if value is None:
            if op["requestBody"]["required"]:
                errors.append({"type": "missing", "loc": ["body"], "msg": "Field required", "input": None})
        else:
            errors += errors_of(BODIES[name], value, ["body"])
    elif name in EMBEDDED:
        for field, tp, required, _ in EMBEDDED[name]:
            loc = ["body", field]
            if body_present and body is not None and not isinstance(body, dict):
                errors.append({"type": "missing", "loc": loc, "msg": "Field required", "input": None})
                continue
            value = body.get(field) if isinstance(body, dict) else None
            if value is None:
                if required:
                    errors.append({"type": "missing", "loc": loc, "msg": "Field required", "input": None})
                continue
            errors += errors_of(tp, value, loc)
    if errors:
        return {"status": 422, "json": {"detail": errors}}
    status = next(k for k in op["responses"] if k.startswith("2"))
    return {"status": int(status)}


def main():
    doc = build_document()
    with open(os.path.join(HERE, "catalog31.json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, indent=1)
    cases = []
    for line in run_openapi.cases_for(doc):
        want = answer(doc, line)
        cases.append({"request": line, **want})
    with open(os.path.join(HERE, "catalog31_cases.json"), "w", encoding="utf-8") as f:
        json.dump({"source": f"pydantic {pydantic.VERSION}, pydantic-core "
                             f"{__import__('pydantic_core').__version__}; FastAPI 0.141's request "
                             "handling (see the docstring)", "cases": cases}, f, indent=None)
        f.write("\n")
    print(f"{len(cases)} cases")


if __name__ == "__main__":
    main()
