"""The pytest plugin of `api-replay pytest run|find-polluter` (loaded with
`-p api_test_explorer.pytest_plugin`, which imports it; nothing to install in the project).

Reports on the file descriptor named by API_TEST_EXPLORER_REPORT_FD (an in-memory file
api-replay reads as it grows: an append wakes no reader), one JSON line each, fields with
nothing to say left out:
- {"collected": N, "seed": S, "order": [NODEID, ...]} once the tests are collected, in the
  order they will run (api-replay knows from it which test is running: it times tests out and
  names the test a crash happened in);
- {"test": {...}} as each test ends: node id, outcome (passed, failed, error, skipped,
  xfailed, xpassed), duration, the failure's short message and pytest's whole report, the
  fixtures it set up (with scope and times), the dependency_overrides of every FastAPI app the
  process has loaded before and after it, and hints (a TestClient used outside `with` on an app
  whose startup handlers or lifespan therefore never ran);
- {"teardown": {"id": SPAN, "at": T}} when a fixture reported with an earlier test is torn
  down (module and session fixtures);
- {"finished": STATUS} when the session ends in good order (a pytest that dies without it
  died inside the test that was running).
The terminal summary gets a section with the overrides still set at the end and the hints.

Options:
  --ate-seed N|last   random order as pytest-randomly does it: modules shuffled, then the
                      classes in each, then the functions; `random` reseeded before each test;
                      `last` reuses the seed of the previous run (from pytest's cache).
  --ate-order FILE    run exactly the node ids in FILE (one per line), in that order: the
                      bisection of find-polluter (detect-test-pollution's method).
  --ate-collect FILE  write the collected node ids to FILE, in collection order.
"""
from __future__ import annotations

import json
import os
import random
import sys
import time
from types import ModuleType
from typing import Any, Dict, List, Optional

import pytest

__all__ = [
    "pytest_addoption", "pytest_configure", "pytest_unconfigure", "pytest_report_header",
    "pytest_collection_modifyitems", "pytest_collection_finish", "pytest_runtest_logreport",
    "pytest_runtest_logfinish", "pytest_fixture_setup", "pytest_fixture_post_finalizer",
    "pytest_terminal_summary", "pytest_sessionfinish",
]

Json = Any
_CACHE_KEY = "api_test_explorer/seed"
_EMPTY: Dict[str, str] = {}  # shared, never changed: the overrides when there are none


def pytest_addoption(parser: Any) -> None:
    group = parser.getgroup("api-test-explorer")
    group.addoption("--ate-seed", default=None)
    group.addoption("--ate-order", default=None)
    group.addoption("--ate-collect", default=None)


class _Reporter:
    def __init__(self, config: Any) -> None:
        self.config = config
        # Taken out of the environment: a pytest the tests start (in a subprocess, or in this
        # process as pytester does) must not write into api-replay's report, nor into whatever
        # its own descriptor of that number is.
        fd = os.environ.pop("API_TEST_EXPLORER_REPORT_FD", None)
        self.fd: Optional[int] = int(fd) if fd else None
        # A pytest-xdist worker: the controller gets its reports and sends them (the worker did
        # not inherit the descriptor); the fixtures, which only the worker sees, travel to the
        # controller on the test's teardown report.
        self.worker = hasattr(config, "workerinput")
        if self.worker:
            self.fd = None
        self.start = time.perf_counter()
        self.wall_start = time.time()  # the workers' clocks are told apart and aligned by it
        self.late_teardowns: List[List[float]] = []  # a worker's [span id, at] still to pass on
        self.worker_spans: Dict[tuple, int] = {}  # the controller's: (worker, span) -> span id
        # One encoder for the run: json.dumps with options builds a new one per call.
        self.encode = json.JSONEncoder(default=str, separators=(",", ":")).encode
        self.seed: Optional[int] = None
        self.apps: List[Any] = []
        # The tests under way by node id (more than one under pytest-xdist, whose controller
        # gets the workers' reports interleaved) and the one this process runs now.
        self.running: Dict[str, Json] = {}
        self.current_id: Optional[str] = None
        self.spans: List[Json] = []  # fixture spans of the running test
        self.open_spans: Dict[int, Json] = {}
        self.next_span = 0
        self.scanned: set = set()  # the modules already searched for apps
        self.modules_seen = 0  # len(sys.modules) at the last search
        self.last_overrides: Dict[str, str] = {}  # after the last test (before the next)
        self.setters: Dict[str, str] = {}  # dependency -> the test that set its override
        self.hints: Dict[str, List[str]] = {}  # node id -> hints

    def send(self, obj: Json) -> None:
        if self.fd is None:
            return
        data = (self.encode(obj) + "\n").encode("utf-8")
        try:
            written = os.write(self.fd, data)
            if written < len(data):  # a short write (a pipe given by hand): the rest in pieces
                view = memoryview(data)[written:]
                while view:
                    view = view[os.write(self.fd, view):]
        except OSError:
            self.fd = None  # api-replay is gone: the tests go on without reports

    def now(self) -> float:
        return round(time.perf_counter() - self.start, 6)

    def take_spans(self) -> List[Json]:
        """The running test's fixture spans, marked as reported (a teardown that comes after
        the test is reported on its own); the next test starts with none."""
        spans, self.spans = self.spans, []
        for span in spans:
            span["sent"] = True
        return spans

    # -- FastAPI apps and their overrides --------------------------------------------------
    def find_apps(self) -> None:
        """Adds the FastAPI apps of the modules loaded since the last call (cheap per test)."""
        if len(sys.modules) == self.modules_seen:
            return  # nothing imported since (the common case: keeps tests cheap)
        self.modules_seen = len(sys.modules)
        _watch_test_clients()
        fastapi = sys.modules.get("fastapi")
        if fastapi is None:
            return
        app_type = getattr(fastapi, "FastAPI", None)
        if app_type is None:
            return
        known = {id(app) for app in self.apps}
        for name, module in list(sys.modules.items()):
            if name in self.scanned:
                continue
            self.scanned.add(name)
            if not isinstance(module, ModuleType):
                continue
            for value in list(getattr(module, "__dict__", {}).values()):
                if isinstance(value, app_type) and id(value) not in known:
                    known.add(id(value))
                    self.apps.append(value)

    @staticmethod
    def _name(obj: Any) -> str:
        return getattr(obj, "__name__", None) or type(obj).__name__

    def overrides(self) -> Dict[str, str]:
        out: Dict[str, str] = {}
        for app in self.apps:
            for dep, fn in getattr(app, "dependency_overrides", {}).items():
                out[self._name(dep)] = self._name(fn)
        return out


# The reporters of the pytest sessions under way in this process, the innermost last (a
# project's own tests may run pytest in process, as pytester does): hooks that are given no
# config find theirs here.
_REPORTERS: List["_Reporter"] = []


def pytest_configure(config: Any) -> None:
    config._ate = _Reporter(config)
    _REPORTERS.append(config._ate)
    if config.getoption("--ate-seed") is not None:
        config.pluginmanager.register(_Reseeder(), "api-test-explorer-reseed")


def pytest_unconfigure(config: Any) -> None:
    reporter = getattr(config, "_ate", None)
    if reporter in _REPORTERS:
        _REPORTERS.remove(reporter)


def _has_startup(app: Any) -> bool:
    """Whether the app has startup handlers or a lifespan that only `with TestClient` runs."""
    router = getattr(app, "router", None)
    if router is None:
        return False
    if getattr(router, "on_startup", None):
        return True
    lifespan = getattr(router, "lifespan_context", None)
    return lifespan is not None and type(lifespan).__name__ != "_DefaultLifespan"


def _watch_test_clients() -> None:
    """Notes a TestClient that sends requests outside `with` to an app with a lifespan. Only
    once the project imported it: importing starlette here would cost every run a quarter of a
    second."""
    module = sys.modules.get("starlette.testclient")
    TestClient = getattr(module, "TestClient", None)
    if TestClient is None or getattr(TestClient, "_ate_watched", False):
        return
    enter, request = TestClient.__enter__, TestClient.request

    def watched_enter(self: Any) -> Any:
        self._ate_entered = True
        return enter(self)

    def watched_request(self: Any, *args: Any, **kwargs: Any) -> Any:
        if not getattr(self, "_ate_entered", False) and _has_startup(getattr(self, "app", None)):
            reporter = _REPORTERS[-1] if _REPORTERS else None
            nodeid = reporter.current_id if reporter is not None else None
            if nodeid:
                hint = ("TestClient(app) sent a request outside `with`: the app's startup "
                        "handlers and lifespan did not run (use `with TestClient(app) as client`)")
                hints = reporter.hints.setdefault(nodeid, [])
                if hint not in hints:
                    hints.append(hint)
        return request(self, *args, **kwargs)

    TestClient.__enter__ = watched_enter  # type: ignore[assignment]
    TestClient.request = watched_request  # type: ignore[assignment]
    TestClient._ate_watched = True  # type: ignore[attr-defined]


def pytest_report_header(config: Any) -> Optional[str]:
    seed = config.getoption("--ate-seed")
    if seed is None:
        return None
    reporter: _Reporter = config._ate
    reporter.seed = _choose_seed(config, seed)
    return f"Using --seed {reporter.seed} (api-replay pytest run --seed {reporter.seed} replays it)"


def _choose_seed(config: Any, seed: str) -> int:
    cache = getattr(config, "cache", None)
    if seed == "last":
        last = cache.get(_CACHE_KEY, None) if cache is not None else None
        if last is None:
            raise pytest.UsageError("--seed last: no previous run recorded a seed")
        value = int(last)
    else:
        value = int(seed)
    if cache is not None:
        cache.set(_CACHE_KEY, value)
    return value


def _shuffle(items: List[Any], seed: int) -> List[Any]:
    """pytest-randomly's order: modules, then classes within a module, then functions."""
    rng = random.Random(seed)
    modules: Dict[str, Dict[str, List[Any]]] = {}
    for item in items:
        module = item.nodeid.split("::", 1)[0]
        cls = getattr(item, "cls", None)
        modules.setdefault(module, {}).setdefault(cls.__qualname__ if cls else "", []).append(item)
    order = list(modules)
    rng.shuffle(order)
    out: List[Any] = []
    for module in order:
        classes = list(modules[module])
        rng.shuffle(classes)
        for cls in classes:
            functions = modules[module][cls]
            rng.shuffle(functions)
            out.extend(functions)
    return out


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(session: Any, config: Any, items: List[Any]) -> None:
    reporter: _Reporter = config._ate
    collect = config.getoption("--ate-collect")
    if collect:
        with open(collect, "w", encoding="utf-8") as f:
            f.writelines(item.nodeid + "\n" for item in items)
    order_file = config.getoption("--ate-order")
    if order_file:
        with open(order_file, encoding="utf-8") as f:
            wanted = [line.rstrip("\n") for line in f if line.strip()]
        by_id = {item.nodeid: item for item in items}
        missing = [n for n in wanted if n not in by_id]
        if missing:
            raise pytest.UsageError(f"--ate-order: not collected: {', '.join(missing[:5])}")
        chosen = [by_id[n] for n in wanted]
        deselected = [item for item in items if item.nodeid not in set(wanted)]
        if deselected:
            config.hook.pytest_deselected(items=deselected)
        items[:] = chosen
        return
    seed = config.getoption("--ate-seed")
    if seed is not None:
        if reporter.seed is None:
            reporter.seed = _choose_seed(config, seed)
        items[:] = _shuffle(items, reporter.seed)


def pytest_collection_finish(session: Any) -> None:
    reporter: _Reporter = session.config._ate
    reporter.find_apps()
    reporter.last_overrides = reporter.overrides()
    # The order the tests will run in: api-replay knows from it which test is running (the one
    # after the last reported), for its timeout and when pytest dies, without a write per start.
    reporter.send({"collected": len(session.items), "seed": reporter.seed,
                   "order": [item.nodeid for item in session.items]})


class _Reseeder:
    """Registered with --ate-seed only: `random` reseeded before each test's setup, as
    pytest-randomly does (the same numbers whatever ran before)."""

    @pytest.hookimpl(tryfirst=True)
    def pytest_runtest_setup(self, item: Any) -> None:
        reporter: _Reporter = item.config._ate
        if reporter.seed is not None:
            random.seed(reporter.seed)


# Plain hooks, as few as can be, rather than a wrapper around pytest_runtest_protocol: a test
# starts with its setup report (pytest_runtest_logreport) and ends with logfinish, after its
# teardown. Each hook call costs, and this runs for every test.
def pytest_runtest_logfinish(nodeid: str, location: Any) -> None:
    if not _REPORTERS:
        return
    reporter = _REPORTERS[-1]
    current = reporter.running.pop(nodeid, None)
    if current is None:
        return
    if len(sys.modules) != reporter.modules_seen:
        reporter.find_apps()  # an app the test imported
    after = reporter.overrides() if reporter.apps else _EMPTY
    if after or reporter.setters:
        before = current.get("overrides_before", _EMPTY)
        for dep in [dep for dep in reporter.setters if dep not in after]:
            del reporter.setters[dep]
        for dep, fn in after.items():
            if before.get(dep) != fn:
                reporter.setters[dep] = nodeid
        if after:
            current["overrides_after"] = after
    if reporter.spans:
        current["fixtures"] = reporter.take_spans()
    hints = reporter.hints.get(nodeid)
    if hints:
        current["hints"] = hints
    current["duration"] = round(current["duration"], 6)
    # Fields with nothing to say are left out: the line is written for every test, and most
    # pass quietly.
    reporter.send({"test": current})
    reporter.current_id = None
    reporter.last_overrides = after  # nothing runs between two tests: its overrides before


@pytest.hookimpl(tryfirst=True)
def pytest_fixture_setup(fixturedef: Any, request: Any) -> None:
    """Notes the setup and returns None, so pytest's own implementation sets the fixture up."""
    reporter: _Reporter = request.config._ate
    reporter.next_span += 1
    span = {"id": reporter.next_span, "name": fixturedef.argname, "scope": fixturedef.scope,
            "setup_at": reporter.now(), "teardown_at": None}
    reporter.open_spans[id(fixturedef)] = span
    reporter.spans.append(span)


def pytest_fixture_post_finalizer(fixturedef: Any, request: Any) -> None:
    reporter: _Reporter = request.config._ate
    span = reporter.open_spans.pop(id(fixturedef), None)
    if span is not None:
        span["teardown_at"] = reporter.now()
        if span.get("sent"):  # reported with an earlier test: say when it ended
            if reporter.worker:
                reporter.late_teardowns.append([span["id"], span["teardown_at"]])
            else:
                reporter.send({"teardown": {"id": span["id"], "at": span["teardown_at"]}})


def _pass_fixtures_on(reporter: _Reporter, report: Any) -> None:
    """In an xdist worker: the fixtures of the test that ends go on its teardown report, with
    the teardowns of fixtures passed on earlier (module, session). pytest serialises the
    report's attributes for the controller."""
    report.ate_clock = reporter.wall_start
    if reporter.spans:
        report.ate_fixtures = [dict(span) for span in reporter.take_spans()]
    if reporter.late_teardowns:
        report.ate_teardowns = reporter.late_teardowns
        reporter.late_teardowns = []


def _take_fixtures(reporter: _Reporter, report: Any, current: Json) -> None:
    """In the controller: a worker's fixtures, renumbered (each worker counts from 1) and set
    on this process's clock."""
    clock = getattr(report, "ate_clock", None)
    if clock is None:
        return  # not from a worker
    shift = clock - reporter.wall_start

    def at(value: Optional[float]) -> Optional[float]:
        return None if value is None else round(value + shift, 6)
    for span_id, when in getattr(report, "ate_teardowns", None) or ():
        mine = reporter.worker_spans.pop((clock, span_id), None)
        if mine is not None:
            reporter.send({"teardown": {"id": mine, "at": at(when)}})
    spans = []
    for span in getattr(report, "ate_fixtures", None) or ():
        reporter.next_span += 1
        if span.get("teardown_at") is None:
            reporter.worker_spans[(clock, span["id"])] = reporter.next_span
        spans.append({"id": reporter.next_span, "name": span["name"], "scope": span["scope"],
                      "setup_at": at(span["setup_at"]), "teardown_at": at(span["teardown_at"])})
    if spans:
        current["fixtures"] = spans


@pytest.hookimpl(tryfirst=True)  # in a worker, before xdist sends the report on
def pytest_runtest_logreport(report: Any) -> None:
    if not _REPORTERS:
        return
    reporter = _REPORTERS[-1]
    nodeid = report.nodeid
    current = reporter.running.get(nodeid)
    if report.when == "teardown":
        if reporter.worker:
            _pass_fixtures_on(reporter, report)
        elif current is not None:
            _take_fixtures(reporter, report, current)
    if current is None:
        if report.when != "setup":
            return
        # A test starts: its setup report is the first pytest makes.
        if len(sys.modules) != reporter.modules_seen:
            reporter.find_apps()
        current = reporter.running[nodeid] = {
            "nodeid": nodeid, "outcome": "passed", "duration": report.duration,
            "called_at": reporter.now()}  # the call follows the setup
        if reporter.last_overrides:
            current["overrides_before"] = reporter.last_overrides
        reporter.current_id = nodeid
    else:
        current["duration"] += report.duration
    if report.passed and not hasattr(report, "wasxfail"):
        return  # the common case, kept short
    xfail = getattr(report, "wasxfail", None)
    if xfail is not None and report.when == "call":
        # pytest's xfail: an expected failure (reported as skipped) or an unexpected pass.
        current["outcome"] = "xfailed" if report.skipped else "xpassed"
        current["message"] = f"xfail: {xfail}" if xfail else "xfail"
    elif report.skipped and current["outcome"] == "passed":
        current["outcome"] = "skipped"
        longrepr = report.longrepr
        current["message"] = longrepr[2] if isinstance(longrepr, tuple) else str(longrepr)
    elif report.failed:
        first_failure = current["outcome"] not in ("failed", "error")
        current["outcome"] = "failed" if report.when == "call" else "error"
        if first_failure:
            crash = getattr(report.longrepr, "reprcrash", None)
            current["message"] = crash.message if crash is not None else str(report.longrepr)
        text = report.longreprtext
        if len(text) > _DETAILS_MAX:
            text = text[:_DETAILS_MAX] + "\n[... cut at 64 KiB]"
        current["details"] = (current.get("details", "") + "\n\n" + text).strip("\n")


_DETAILS_MAX = 64 * 1024


def pytest_terminal_summary(terminalreporter: Any) -> None:
    reporter: Optional[_Reporter] = getattr(terminalreporter.config, "_ate", None)
    if reporter is None:
        return
    lines = [f"override {dep} -> {fn}, set by {reporter.setters.get(dep, '?')}, still active"
             for dep, fn in sorted(reporter.overrides().items())]
    for nodeid, hints in reporter.hints.items():
        lines.extend(f"{nodeid}: {hint}" for hint in hints)
    if lines:
        terminalreporter.write_sep("-", "api-test-explorer: left behind")
        for line in lines:
            terminalreporter.write_line(line)


def pytest_sessionfinish(session: Any, exitstatus: Any) -> None:
    """pytest ends in good order (also after -x or Ctrl+C): no test died with the process."""
    reporter: Optional[_Reporter] = getattr(session.config, "_ate", None)
    if reporter is not None:
        reporter.send({"finished": int(exitstatus)})
