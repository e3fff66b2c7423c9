"""The bridge: serves one FastAPI (or any ASGI) app through Starlette's TestClient to
`api-replay` and the window, one JSON command per line in, one JSON reply per line out.

usage: python -m api_test_explorer.bridge --asgi MODULE:ATTR [--app-dir DIR]
                                          [--doubles MODULE]...

The replies go to the file descriptor that was stdout when the bridge started; stdout itself
is pointed at stderr first, so whatever the app prints cannot corrupt the protocol. The first
line is {"ready": {...}} or {"fatal": {"kind", "message", "traceback"}} (then exit status 3).

Commands (`op`): request, describe, openapi, lifespan, raise, debug, override,
remove_override, clear_overrides, begin_test, end_test. Every reply is an object; a command
that failed answers {"error": {"type", "message"}}.
"""
from __future__ import annotations

import argparse
import base64
import importlib
import json
import os
import sys
import time
import traceback
from types import ModuleType
from typing import Any, Callable, Dict, List, Optional, Tuple

from api_test_explorer import PROTOCOL_VERSION
from api_test_explorer.introspect import Introspection, Names, app_modules

Json = Any


class Fatal(Exception):
    """The app cannot be served: what was wrong, for one clear message."""

    def __init__(self, kind: str, message: str, tb: str = "") -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message
        self.tb = tb


class _Replies:
    """A private copy of stdout for the replies (fd 1 becomes stderr from here on): one
    write per reply, nothing buffered."""

    def __init__(self) -> None:
        self.fd = os.dup(1)
        os.dup2(2, 1)
        sys.stdout = sys.stderr

    def write(self, obj: Json) -> None:
        data = (json.dumps(obj, ensure_ascii=False, default=str) + "\n").encode("utf-8")
        view = memoryview(data)
        while view:
            view = view[os.write(self.fd, view):]


def _import(module_name: str, what: str) -> ModuleType:
    try:
        return importlib.import_module(module_name)
    except BaseException as e:  # noqa: BLE001 - SystemExit in a module is an import fault too
        raise Fatal("import", f"could not import {what} '{module_name}': "
                    f"{type(e).__name__}: {e}", _user_traceback(e)) from None


def _user_traceback(error: BaseException) -> str:
    """The traceback from the user's code on: the bridge's and importlib's frames dropped."""
    frames = [f for f in traceback.extract_tb(error.__traceback__)
              if not f.filename.startswith("<frozen") and "importlib" not in f.filename
              and os.path.dirname(os.path.abspath(f.filename)) != os.path.dirname(__file__)]
    return ("Traceback (most recent call last):\n" + "".join(traceback.format_list(frames))
            + "".join(traceback.format_exception_only(type(error), error)))


def _is_asgi_app(obj: Any) -> bool:
    return callable(obj) and not isinstance(obj, (type, ModuleType))


def load(asgi: str, app_dir: str, doubles: List[str]) -> Tuple[Any, ModuleType, List[ModuleType]]:
    sys.path.insert(0, os.path.abspath(app_dir or "."))
    try:
        import starlette.testclient  # noqa: F401 - TestClient needs starlette and httpx
    except ImportError as e:
        raise Fatal("missing", f"FastAPI's TestClient cannot be imported for {sys.executable} "
                    f"({e}); install fastapi and httpx for this interpreter "
                    f"(or choose another with --python)") from None
    module_name, _, attr = asgi.partition(":")
    module = _import(module_name, "the app module")
    obj: Any = module
    for part in attr.split("."):
        if not hasattr(obj, part):
            apps = [k for k, v in vars(module).items()
                    if _is_asgi_app(v) and hasattr(v, "routes") and not k.startswith("_")]
            hint = f"; ASGI apps it has: {', '.join(apps)}" if apps else ""
            raise Fatal("attribute", f"module '{module_name}' has no attribute '{attr}'{hint}")
        obj = getattr(obj, part)
    if not _is_asgi_app(obj):
        raise Fatal("not_an_app", f"{asgi} is {type(obj).__name__}, not an ASGI app "
                    f"(expected a FastAPI() instance)")
    extra = [_import(name, "the doubles module") for name in doubles]
    return obj, module, extra


def collect_doubles(modules: List[ModuleType]) -> Dict[str, Dict[str, Callable[..., Any]]]:
    out: Dict[str, Dict[str, Callable[..., Any]]] = {}
    for module in modules:
        table = getattr(module, "DOUBLES", None)
        if table is None:
            continue
        if not isinstance(table, dict):
            raise Fatal("doubles", f"{module.__name__}.DOUBLES must be a dict "
                        "{dependency name: {double name: callable}}")
        for dep, doubles in table.items():
            if not isinstance(doubles, dict) or not all(callable(f) for f in doubles.values()):
                raise Fatal("doubles", f"{module.__name__}.DOUBLES['{dep}'] must be a dict "
                            "{double name: callable}")
            out.setdefault(str(dep), {}).update({str(k): v for k, v in doubles.items()})
    return out


def _encode_request_body(cmd: Json) -> Dict[str, Any]:
    kwargs: Dict[str, Any] = {"headers": [tuple(h) for h in cmd.get("headers", [])]}
    if "body_b64" in cmd:
        kwargs["content"] = base64.b64decode(cmd["body_b64"])
    elif "json" in cmd:
        if cmd["json"] is None:
            kwargs["content"] = b"null"
            if not any(k.lower() == "content-type" for k, _ in kwargs["headers"]):
                kwargs["headers"].append(("content-type", "application/json"))
        else:
            kwargs["json"] = cmd["json"]
    return kwargs


_WATCHING: List[Any] = [None]


class Tracer:
    """Watches a request from outside the app: the route matched (the scope Starlette's router
    fills), the status, the time, the exception handlers that answered and the background tasks
    that ran. Handlers and tasks are observed by wrappers that call the original unchanged."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.scope: Optional[Dict[str, Any]] = None
        self.status = 0
        self.events: List[Json] = []
        self._watch_exception_handlers()
        self._watch_background_tasks()

    def _watch_exception_handlers(self) -> None:
        import inspect

        handlers = getattr(self.app, "exception_handlers", None)
        if not isinstance(handlers, dict):
            return
        for key, handler in list(handlers.items()):
            name = getattr(key, "__name__", str(key))
            label = getattr(handler, "__name__", type(handler).__name__)

            def wrap(handler: Any = handler, name: str = name, label: str = label) -> Any:
                if inspect.iscoroutinefunction(handler):
                    async def watched(request: Any, exc: Any) -> Any:
                        self.events.append({"kind": "exception_handler", "name": label,
                                            "detail": name})
                        return await handler(request, exc)
                else:
                    def watched(request: Any, exc: Any) -> Any:  # type: ignore[misc]
                        self.events.append({"kind": "exception_handler", "name": label,
                                            "detail": name})
                        return handler(request, exc)
                return watched

            handlers[key] = wrap()

    def _watch_background_tasks(self) -> None:
        try:
            from starlette.background import BackgroundTask
        except ImportError:
            return
        _WATCHING[0] = self  # the patch below reports to the newest tracer
        original = BackgroundTask.__call__
        if getattr(original, "_ate_watched", False):
            return

        async def watched(task: Any) -> None:
            tracer = _WATCHING[0]
            name = getattr(task.func, "__qualname__", getattr(task.func, "__name__", "task"))
            try:
                await original(task)
            except BaseException as e:
                tracer.events.append({"kind": "background", "name": name,
                                      "detail": f"raised {type(e).__name__}"})
                raise
            tracer.events.append({"kind": "background", "name": name, "detail": "ran"})

        watched._ate_watched = True  # type: ignore[attr-defined]
        BackgroundTask.__call__ = watched  # type: ignore[method-assign]

    async def __call__(self, scope: Dict[str, Any], receive: Any, send: Any) -> None:
        if scope.get("type") == "http":
            self.scope = scope

            async def watch(message: Dict[str, Any]) -> None:
                if message.get("type") == "http.response.start":
                    self.status = int(message.get("status", 0))
                await send(message)

            await self.app(scope, receive, watch)
        else:
            await self.app(scope, receive, send)


class Session:
    def __init__(self, app: Any, intro: Introspection) -> None:
        self.app = app
        self.intro = intro
        self.tracer = Tracer(app)
        self.raise_server_exceptions = True
        self.client = self._client()
        self.in_lifespan = False

    def _client(self) -> Any:
        from starlette.testclient import TestClient

        return TestClient(self.tracer, raise_server_exceptions=self.raise_server_exceptions)

    def request(self, cmd: Json) -> Json:
        kwargs = _encode_request_body(cmd)
        self.tracer.scope, self.tracer.status, self.tracer.events = None, 0, []
        start = time.perf_counter()
        try:
            r = self.client.request(cmd["method"], cmd["url"], **kwargs)
        except Exception as e:  # noqa: BLE001 - raise_server_exceptions re-raises anything
            reply: Json = {"exception": {"type": type(e).__name__, "message": str(e),
                                         "traceback": traceback.format_exc()}}
            status = 500
        else:
            reply = {"status": r.status_code,
                     "headers": [[k, v] for k, v in r.headers.multi_items()],
                     "body_b64": base64.b64encode(r.content).decode("ascii")}
            status = r.status_code
        if cmd.get("trace"):
            reply["trace"] = self._trace(cmd, start, status)
        return reply

    def _trace(self, cmd: Json, start: float, status: int) -> Json:
        micros = int((time.perf_counter() - start) * 1e6)
        scope = self.tracer.scope or {}
        route = scope.get("route")
        endpoint = scope.get("endpoint")
        path = getattr(route, "path", "") if route is not None else ""
        name = getattr(route, "name", "") if route is not None else ""
        if not name and endpoint is not None:
            name = getattr(endpoint, "__name__", "")
            for r in getattr(self.app, "routes", []):
                if getattr(r, "endpoint", None) is endpoint:
                    path = getattr(r, "path", path)
        events = []
        for dep, real in self.intro.real.items():
            provider, overridden = self.intro.active_provider(dep)
            if overridden:
                events.append({"kind": "override", "name": dep, "detail": provider})
        if name:
            events.append({"kind": "route", "name": name, "detail": path})
        events.extend(self.tracer.events)
        return {"method": cmd["method"], "path": cmd["url"].split("?", 1)[0], "route": path,
                "handler": name, "status": self.tracer.status or status, "events": events,
                "micros": micros}

    def lifespan(self, on: bool) -> Json:
        if on and not self.in_lifespan:
            self.client.__enter__()
            self.in_lifespan = True
        elif not on and self.in_lifespan:
            self.in_lifespan = False
            self.client.__exit__(None, None, None)
            self.client = self._client()
        return {"ok": True}

    def set_raise(self, on: bool) -> Json:
        self.raise_server_exceptions = on
        transport = getattr(self.client, "_transport", None)
        if transport is not None and hasattr(transport, "raise_server_exceptions"):
            transport.raise_server_exceptions = on
        elif not self.in_lifespan:
            self.client = self._client()
        else:
            return {"error": {"type": "RuntimeError", "message":
                              "this Starlette cannot change raise_server_exceptions inside a "
                              "lifespan; close the session first"}}
        return {"ok": True}

    def override(self, dep: str, double: str) -> Json:
        real = self.intro.real.get(dep)
        if real is None:
            return {"error": {"type": "KeyError", "message": f"unknown dependency '{dep}'"}}
        if double == "real" or double == dep:
            fn = real
        else:
            fn = self.intro.doubles.get(dep, {}).get(double)
            if fn is None:
                return {"error": {"type": "KeyError",
                                  "message": f"unknown double '{double}' for '{dep}'"}}
        self.app.dependency_overrides[real] = fn
        return {"ok": True}

    def remove_override(self, dep: str) -> Json:
        real = self.intro.real.get(dep)
        removed = real is not None and self.app.dependency_overrides.pop(real, None) is not None
        return {"removed": removed}

    def handle(self, cmd: Json) -> Json:
        op = cmd.get("op")
        if op == "request":
            return self.request(cmd)
        if op == "describe":
            return {"routes": self.intro.routes(self._openapi()),
                    "dependencies": self.intro.dependencies()}
        if op == "openapi":
            return {"openapi": self._openapi()}
        if op == "lifespan":
            return self.lifespan(bool(cmd.get("on")))
        if op == "raise":
            return self.set_raise(bool(cmd.get("on")))
        if op == "debug":
            self.app.debug = bool(cmd.get("on"))
            return {"ok": True}
        if op == "override":
            return self.override(str(cmd.get("dependency")), str(cmd.get("double")))
        if op == "remove_override":
            return self.remove_override(str(cmd.get("dependency")))
        if op == "clear_overrides":
            getattr(self.app, "dependency_overrides", {}).clear()
            return {"ok": True}
        if op == "begin_test":
            # As pytest announces a test: apps (and their fixtures) that keep state per test
            # read PYTEST_CURRENT_TEST.
            os.environ["PYTEST_CURRENT_TEST"] = f"{cmd.get('name', 'test')} (call)"
            return {"ok": True}
        if op == "end_test":
            os.environ.pop("PYTEST_CURRENT_TEST", None)
            return {"ok": True}
        return {"error": {"type": "ValueError", "message": f"unknown op {op!r}"}}

    def _openapi(self) -> Json:
        openapi = getattr(self.app, "openapi", None)
        return openapi() if callable(openapi) else {}

    def close(self) -> None:
        if self.in_lifespan:
            self.lifespan(False)


def _versions() -> Json:
    out = {"python": sys.version.split()[0], "executable": sys.executable,
           "protocol": PROTOCOL_VERSION}
    for name in ("fastapi", "starlette", "pydantic", "httpx"):
        version = getattr(sys.modules.get(name), "__version__", None) or \
            getattr(sys.modules.get(name), "VERSION", None)
        out[name] = str(version) if version else None
    return out


def _end_with_parent(parent: int, every: float = 0.5) -> None:
    """Ends the bridge when the program that started it is gone. Killed (SIGKILL), api-replay
    or the window cannot end it, and an app busy in a request (a hang, a long sleep) would live
    on without ever reading the end of its input."""
    import threading

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(every)
        os._exit(0)

    threading.Thread(target=watch, name="api-test-explorer-parent", daemon=True).start()


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="api_test_explorer.bridge")
    parser.add_argument("--asgi", required=True)
    parser.add_argument("--app-dir", default=".")
    parser.add_argument("--doubles", action="append", default=[])
    args = parser.parse_args(argv)
    _end_with_parent(os.getppid())
    out = _Replies()
    try:
        app, module, extra = load(args.asgi, args.app_dir, args.doubles)
        names = Names(app_modules(module, extra))
        intro = Introspection(app, names, collect_doubles([module, *extra]))
        session = Session(app, intro)
    except Fatal as f:
        out.write({"fatal": {"kind": f.kind, "message": f.message, "traceback": f.tb}})
        return 3
    out.write({"ready": _versions()})
    try:
        for raw in sys.stdin.buffer:
            if not raw.strip():
                continue
            try:
                cmd = json.loads(raw)
                reply = session.handle(cmd)
            except Exception as e:  # noqa: BLE001 - one bad command never ends the bridge
                reply = {"error": {"type": type(e).__name__, "message": str(e),
                                   "traceback": traceback.format_exc()}}
            out.write(reply)
    except BrokenPipeError:
        pass  # the program gone with requests still on their way: nobody reads the replies
    finally:
        try:
            session.close()
        except Exception:  # noqa: BLE001 - a failing shutdown at exit is only reported
            traceback.print_exc()
    return 0


if __name__ == "__main__":
    sys.exit(main())
