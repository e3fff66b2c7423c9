"""The man pages name every command and option the programs' --help lists (they drift
otherwise), and render without warnings."""
from __future__ import annotations

import os
import pathlib
import re
import shutil
import subprocess

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[3]
MAN = ROOT / "packaging" / "man"


def help_of(*args: str) -> str:
    return subprocess.run(list(args), capture_output=True, text=True, check=True,
                          env={**os.environ, "LANG": "C.UTF-8"}).stdout


def man_text(page: str) -> str:
    # groff escapes a dash in an option as \- : read the page as it is shown.
    return (MAN / page).read_text().replace("\\-", "-")


def test_every_api_replay_command_is_in_its_man_page() -> None:
    commands = re.findall(r"^  ([a-z-]+)  ", help_of(os.environ["API_REPLAY"], "--help"), re.M)
    assert "pytest" in commands and "compare" in commands
    page = man_text("api-replay.1")
    for command in commands:
        assert f"api-replay {command}" in page, command
    for option in ("--base-url", "--openapi", "--asgi", "--timeout", "import-junit",
                   "--ignore-header", "--seed"):
        assert option in page, option


@pytest.mark.skipif("API_EXPLORER" not in os.environ, reason="the window is not built")
def test_every_api_explorer_option_is_in_its_man_page() -> None:
    text = help_of(os.environ["API_EXPLORER"], "--help")
    options = set(re.findall(r"^ {2,4}(--[a-z-]+)", text, re.M))
    assert "--pytest" in options and "--window-size" in options
    page = man_text("api-explorer.1")
    for option in sorted(options):
        assert option in page, option


@pytest.mark.skipif(shutil.which("man") is None, reason="man is not installed")
@pytest.mark.parametrize("page", ["api-replay.1", "api-explorer.1"])
def test_the_pages_render_without_warnings(page: str) -> None:
    r = subprocess.run(["man", "--warnings", "-l", str(MAN / page)], capture_output=True,
                       text=True, env={**os.environ, "MANWIDTH": "80", "LANG": "C.UTF-8"})
    assert r.returncode == 0
    assert r.stderr == ""
