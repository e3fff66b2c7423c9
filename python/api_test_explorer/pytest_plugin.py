"""The pytest plugin of `api-replay pytest run|find-polluter` (loaded with
`-p api_test_explorer.pytest_plugin`; nothing to install in the project).

Reports each test as it ends, one JSON line on the file descriptor named by
API_TEST_EXPLORER_REPORT_FD: node id, outcome, duration, the failure's short message, the
fixtures it set up and tore down (with scope and times), and the dependency_overrides of every
FastAPI app it can find, before and after the test.

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

Json = Any
_CACHE_KEY = "api_test_explorer/seed"


def pytest_addoption(parser: Any) -> None:
    group = parser.getgroup("api-test-explorer")
    group.addoption("--ate-seed", default=None)
    group.addoption("--ate-order", default=None)
    group.addoption("--ate-collect", default=None)


class _Reporter:
    def __init__(self, config: Any) -> None:
        self.config = config
        fd = os.environ.get("API_TEST_EXPLORER_REPORT_FD")
        self.fd: Optional[int] = int(fd) if fd else None
        self.start = time.perf_counter()
        self.seed: Optional[int] = None
        self.apps: List[Any] = []
        self.current: Dict[str, Json] = {}
        self.spans: List[Json] = []  # fixture spans of the running test
        self.open_spans: Dict[int, Json] = {}

    def send(self, obj: Json) -> None:
        if self.fd is None:
            return
        data = (json.dumps(obj, default=str) + "\n").encode("utf-8")
        view = memoryview(data)
        while view:
            view = view[os.write(self.fd, view):]

    def now(self) -> float:
        return round(time.perf_counter() - self.start, 6)

    # -- FastAPI apps and their overrides --------------------------------------------------
    def find_apps(self) -> None:
        try:
            from fastapi import FastAPI
        except ImportError:
            return
        seen = set()
        for module in list(sys.modules.values()):
            if not isinstance(module, ModuleType):
                continue
            for value in list(getattr(module, "__dict__", {}).values()):
                if isinstance(value, FastAPI) and id(value) not in seen:
                    seen.add(id(value))
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


def pytest_configure(config: Any) -> None:
    config._ate = _Reporter(config)


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
    reporter.send({"collected": len(session.items), "seed": reporter.seed})


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item: Any, nextitem: Any):  # type: ignore[no-untyped-def]
    reporter: _Reporter = item.config._ate
    if reporter.seed is not None:
        random.seed(reporter.seed)  # as pytest-randomly: the same numbers whatever ran before
    reporter.spans = []
    reporter.current = {"nodeid": item.nodeid, "outcome": "passed", "duration": 0.0,
                        "message": "", "started": reporter.now(),
                        "overrides_before": reporter.overrides()}
    yield
    current = reporter.current
    current["overrides_after"] = reporter.overrides()
    current["fixtures"] = reporter.spans
    reporter.send({"test": current})


@pytest.hookimpl(hookwrapper=True)
def pytest_fixture_setup(fixturedef: Any, request: Any):  # type: ignore[no-untyped-def]
    reporter: _Reporter = request.config._ate
    span = {"name": fixturedef.argname, "scope": fixturedef.scope, "setup_at": reporter.now(),
            "teardown_at": None}
    reporter.open_spans[id(fixturedef)] = span
    reporter.spans.append(span)
    yield


def pytest_fixture_post_finalizer(fixturedef: Any, request: Any) -> None:
    reporter: _Reporter = request.config._ate
    span = reporter.open_spans.pop(id(fixturedef), None)
    if span is not None:
        span["teardown_at"] = reporter.now()


def pytest_runtest_logreport(report: Any) -> None:
    reporter = _reporter_of(report)
    if reporter is None or reporter.current.get("nodeid") != report.nodeid:
        return
    current = reporter.current
    current["duration"] = round(current["duration"] + report.duration, 6)
    if report.skipped and current["outcome"] == "passed":
        current["outcome"] = "skipped"
        longrepr = report.longrepr
        current["message"] = longrepr[2] if isinstance(longrepr, tuple) else str(longrepr)
    elif report.failed:
        first_failure = current["outcome"] in ("passed", "skipped")
        current["outcome"] = "failed" if report.when == "call" else "error"
        if first_failure:
            crash = getattr(report.longrepr, "reprcrash", None)
            current["message"] = crash.message if crash is not None else str(report.longrepr)


_CONFIG: List[Any] = []


def pytest_sessionstart(session: Any) -> None:
    _CONFIG[:] = [session.config]


def _reporter_of(report: Any) -> Optional[_Reporter]:
    return getattr(_CONFIG[0], "_ate", None) if _CONFIG else None
