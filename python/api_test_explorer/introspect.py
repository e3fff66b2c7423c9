"""What a FastAPI app declares: routes with their parameters and bodies (read from the app's
own OpenAPI document, so the types are the ones FastAPI publishes), and the dependency tree of
each route (read from `route.dependant`), with dependencies named as the user names them.

Works on FastAPI 0.9x with Pydantic 1 and FastAPI >= 0.100 with Pydantic 2: only public
attributes (`app.routes`, `route.dependant`, `dependant.dependencies`, `dependant.call`) are
used, and each is looked up with a fallback.
"""
from __future__ import annotations

import inspect
import sys
from types import ModuleType
from typing import Any, Callable, Dict, Iterable, List, Optional, Tuple

Json = Any


def _first_line(doc: Optional[str]) -> str:
    return (doc or "").strip().splitlines()[0].strip() if (doc or "").strip() else ""


class Names:
    """Names dependencies as the user wrote them: the module-level variable that holds the
    object (`get_token = OAuth2PasswordBearer(...)` is `get_token`), else its `__name__`, else
    its class name."""

    def __init__(self, modules: Iterable[ModuleType]) -> None:
        self._by_id: Dict[int, str] = {}
        self._objects: Dict[str, Any] = {}
        for module in modules:
            for var, value in list(vars(module).items()):
                if var.startswith("__") or isinstance(value, ModuleType):
                    continue
                if not callable(value):
                    continue
                defined_here = getattr(value, "__module__", None) == module.__name__
                if id(value) not in self._by_id or defined_here:
                    self._by_id[id(value)] = var
                    self._objects.setdefault(var, value)

    def name(self, call: Any) -> str:
        if id(call) in self._by_id:
            return self._by_id[id(call)]
        return getattr(call, "__name__", None) or type(call).__name__

    def lookup(self, name: str) -> Optional[Any]:
        return self._objects.get(name)


def app_modules(app_module: ModuleType, extra: Iterable[ModuleType]) -> List[ModuleType]:
    """The app's module, the modules of its package (routers, dependencies) and the doubles
    modules: where the names of dependencies come from."""
    package = app_module.__name__.split(".")[0]
    out: List[ModuleType] = [app_module]
    for name, module in list(sys.modules.items()):
        if module is None or module is app_module:
            continue
        if name == package or name.startswith(package + "."):
            out.append(module)
    out.extend(m for m in extra if m not in out)
    return out


def _walk(dependant: Any) -> Iterable[Any]:
    for sub in getattr(dependant, "dependencies", None) or []:
        yield sub


def _resolve(schema: Json, doc: Json) -> Json:
    seen = 0
    while isinstance(schema, dict) and "$ref" in schema and seen < 32:
        ref = schema["$ref"]
        if not isinstance(ref, str) or not ref.startswith("#/"):
            return schema
        target: Json = doc
        for part in ref[2:].split("/"):
            target = target.get(part, {}) if isinstance(target, dict) else {}
        schema = target
        seen += 1
    return schema


def _type_name(schema: Json, doc: Json) -> str:
    if not isinstance(schema, dict):
        return ""
    if "$ref" in schema:
        name = str(schema["$ref"]).rsplit("/", 1)[-1]
        resolved = _resolve(schema, doc)
        if isinstance(resolved, dict) and "enum" in resolved and "properties" not in resolved:
            return str(resolved.get("type", "string"))
        return name
    for key in ("anyOf", "oneOf", "allOf"):
        if key in schema:
            names = [_type_name(s, doc) for s in schema[key]]
            names = [n for n in names if n and n != "null"]
            if names:
                return names[0]
    return str(schema.get("type", ""))


def _choices(schema: Json, doc: Json) -> List[Json]:
    schema = _resolve(schema, doc)
    if isinstance(schema, dict):
        if "enum" in schema:
            return list(schema["enum"])
        for key in ("anyOf", "allOf"):
            for sub in schema.get(key, []):
                found = _choices(sub, doc)
                if found:
                    return found
    return []


def _takes_files(schema: Json, doc: Json, depth: int = 0) -> bool:
    """Whether a schema takes a file: "format": "binary" (FastAPI < 0.129.1), "contentMediaType":
    "application/octet-stream" without an encoding (since), a list of them, or Optional[...]."""
    s = _resolve(schema, doc)
    if not isinstance(s, dict) or depth > 4:
        return False
    if s.get("type") == "array":
        return _takes_files(s.get("items", {}), doc, depth + 1)
    if any(_takes_files(m, doc, depth + 1) for key in ("anyOf", "oneOf") for m in s.get(key, [])):
        return True
    return s.get("format") == "binary" or (
        s.get("contentMediaType") == "application/octet-stream" and "contentEncoding" not in s)


def _file_fields(schema: Json, doc: Json) -> List[str]:
    """The properties of a form's schema that take files."""
    resolved = _resolve(schema, doc)
    props = resolved.get("properties", {}) if isinstance(resolved, dict) else {}
    return [name for name, prop in props.items() if _takes_files(prop, doc)]


def skeleton(schema: Json, doc: Json, depth: int = 0) -> Json:
    """A body to start from: required fields with a value of their type (the composer's
    "Fill from schema")."""
    schema = _resolve(schema, doc)
    if not isinstance(schema, dict) or depth > 8:
        return None
    if "default" in schema:
        return schema["default"]
    if "enum" in schema and schema["enum"]:
        return schema["enum"][0]
    for key in ("anyOf", "oneOf", "allOf"):
        options = [s for s in schema.get(key, []) if _resolve(s, doc).get("type") != "null"]
        if options:
            return skeleton(options[0], doc, depth + 1)
    kind = schema.get("type")
    if kind == "object" or "properties" in schema:
        props = schema.get("properties", {})
        required = schema.get("required", list(props))
        return {k: skeleton(v, doc, depth + 1) for k, v in props.items() if k in required}
    return {"string": "string", "integer": 0, "number": 0, "boolean": True,
            "array": []}.get(str(kind), None)


class Introspection:
    """Routes and dependencies of one app, with the doubles that DOUBLES dicts offer."""

    def __init__(self, app: Any, names: Names, doubles: Dict[str, Dict[str, Callable[..., Any]]]):
        self.app = app
        self.names = names
        self.doubles = doubles
        # name -> the real callable (the key of app.dependency_overrides)
        self.real: Dict[str, Any] = {}
        for route in getattr(app, "routes", []):
            dependant = getattr(route, "dependant", None)
            if dependant is not None:
                self._collect(dependant)
        for dep in doubles:
            if dep not in self.real:
                found = names.lookup(dep)
                if found is not None:
                    self.real[dep] = found

    def _collect(self, dependant: Any) -> None:
        for sub in _walk(dependant):
            call = getattr(sub, "call", None)
            if call is not None:
                self.real.setdefault(self.names.name(call), call)
            self._collect(sub)

    def active_provider(self, name: str) -> Tuple[str, bool]:
        """The provider that runs for name now, and whether it is overridden."""
        real = self.real.get(name)
        overrides = getattr(self.app, "dependency_overrides", {})
        if real is None or real not in overrides:
            return name, False
        double = overrides[real]
        for double_name, fn in self.doubles.get(name, {}).items():
            if fn is double:
                return double_name, True
        return ("real" if double is real else self.names.name(double)), True

    def tree(self, dependant: Any) -> List[Json]:
        out: List[Json] = []
        overrides = getattr(self.app, "dependency_overrides", {})
        for sub in _walk(dependant):
            call = getattr(sub, "call", None)
            if call is None:
                continue
            name = self.names.name(call)
            provider, overridden = self.active_provider(name)
            node: Json = {"name": name, "provider": provider, "overridden": overridden}
            if overridden and call in overrides:
                # FastAPI resolves an override's own parameters as dependencies of their own.
                node["depends_on"] = self._override_tree(overrides[call])
            else:
                node["depends_on"] = self.tree(sub)
            out.append(node)
        return out

    def _override_tree(self, fn: Any) -> List[Json]:
        try:
            from fastapi.dependencies.utils import get_dependant  # public enough, both majors

            return self.tree(get_dependant(path="/", call=fn))
        except Exception:  # noqa: BLE001 - a tree without the override's children is still right
            return []

    def dependencies(self) -> List[Json]:
        out = []
        for name, real in self.real.items():
            providers = [{"name": name, "description": _first_line(getattr(real, "__doc__", ""))
                          if inspect.isfunction(real) or inspect.isclass(real)
                          else type(real).__name__}]
            for double_name, fn in self.doubles.get(name, {}).items():
                providers.append({"name": double_name,
                                  "description": _first_line(getattr(fn, "__doc__", ""))})
            description = providers[0]["description"]
            out.append({"name": name, "description": description, "providers": providers,
                        "active": self.active_provider(name)[0]})
        return out

    def routes(self, doc: Json) -> List[Json]:
        out: List[Json] = []
        paths = doc.get("paths", {}) if isinstance(doc, dict) else {}
        for route in getattr(self.app, "routes", []):
            path = getattr(route, "path_format", None) or getattr(route, "path", None)
            if path is None or not getattr(route, "include_in_schema", True):
                continue
            methods = sorted(getattr(route, "methods", None) or [])
            websocket = not methods and type(route).__name__.endswith("WebSocketRoute")
            if not methods and not websocket:
                continue  # a mount or a plain ASGI route: nothing to send to
            name = getattr(route, "name", "") or ""
            operation: Json = {}
            for m in methods:
                operation = paths.get(path, {}).get(m.lower(), {}) or operation
            if not operation and getattr(self.app, "openapi_url", None) and not websocket:
                if path not in paths:
                    continue  # e.g. FastAPI's own /docs routes (include_in_schema=False)
            parameters = []
            for p in operation.get("parameters", []):
                p = _resolve(p, doc)
                schema = p.get("schema", {})
                parameters.append({"name": p.get("name", ""), "in": p.get("in", "query"),
                                   "required": bool(p.get("required", False)),
                                   "type": _type_name(schema, doc) or "string",
                                   "default": _resolve(schema, doc).get("default")
                                   if isinstance(_resolve(schema, doc), dict) else None,
                                   "choices": _choices(schema, doc)})
            body_skeleton = None
            body_media = ""
            file_fields: List[str] = []
            body = _resolve(operation.get("requestBody", {}), doc)
            dependant = getattr(route, "dependant", None)
            body_params = getattr(dependant, "body_params", None) or []
            body_name = getattr(body_params[0], "name", "body") if len(body_params) == 1 else "body"
            for media, content in (body.get("content", {}) if isinstance(body, dict) else {}).items():
                schema = content.get("schema", {})
                parameters.append({"name": body_name, "in": "body",
                                   "required": bool(body.get("required", False)),
                                   "type": _type_name(schema, doc) or media, "default": None,
                                   "choices": []})
                body_media = media
                if media in ("application/json", "application/x-www-form-urlencoded",
                             "multipart/form-data"):
                    body_skeleton = skeleton(schema, doc)
                if media != "application/json":
                    file_fields = _file_fields(schema, doc)
                break
            status = getattr(route, "status_code", None) or 200
            tree = self.tree(dependant) if dependant is not None else []
            out.append({
                "methods": ["WEBSOCKET"] if websocket else methods,
                "path": path,
                "name": name,
                "summary": operation.get("summary") or name.replace("_", " ").title(),
                "tags": [str(t) for t in operation.get("tags", getattr(route, "tags", []) or [])],
                "status_code": status,
                "parameters": parameters,
                "body_skeleton": body_skeleton,
                "body_media": body_media,
                "file_fields": file_fields,
                "dependencies": [n["name"] for n in tree],
                "dependency_tree": tree,
            })
        return out
