"""pytest plugin: ``pytest --postlint`` checks postings as test items.

Each file matching ``postlint_globs`` (ini option, default ``*.md``) becomes
one item that fails with postlint's findings at or above the config's
``fail-level``. The config is the nearest ``.postlint.toml`` or
``[tool.postlint]`` above the file, as for ``postlint check``.

This module is imported by every pytest run in an environment where postlint
is installed (entry point ``pytest11``), so it imports postlint lazily.
"""

from __future__ import annotations

import fnmatch
import os
from pathlib import Path
from typing import Any

import pytest

DEFAULT_GLOBS = ["*.md"]


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("postlint")
    group.addoption("--postlint", action="store_true", default=False, help="lint job postings with postlint")
    parser.addini("postlint_globs", type="linelist", default=DEFAULT_GLOBS, help="glob patterns of postings for --postlint (default: *.md)")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "postlint: a posting checked by postlint")


def _matches(rel: str, name: str, pattern: str) -> bool:
    if fnmatch.fnmatch(rel, pattern):
        return True
    if "/" not in pattern:
        return fnmatch.fnmatch(name, pattern)
    return pattern.startswith("**/") and fnmatch.fnmatch(rel, pattern[3:])


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> pytest.Collector | None:
    config = parent.config
    if not config.getoption("postlint"):
        return None
    try:
        rel = file_path.relative_to(config.rootpath).as_posix()
    except ValueError:
        rel = file_path.as_posix()
    if any(_matches(rel, file_path.name, g) for g in config.getini("postlint_globs")):
        return PostingFile.from_parent(parent, path=file_path)
    return None


class PostlintFailure(Exception):
    """The findings that failed a posting, already formatted."""


class PostingFile(pytest.File):
    def collect(self):  # noqa: ANN201 - pytest's own signature
        yield PostingItem.from_parent(self, name="postlint")


_LINTERS: dict[Any, Any] = {}


def _linter_for(path: Path) -> Any:
    """One Linter per config file for the session: rules are selected once."""
    from postlint.engine.config import Config, find_config_file, load_config
    from postlint.engine.linter import Linter

    key = find_config_file(path)
    if key not in _LINTERS:
        _LINTERS[key] = Linter(load_config(key) if key else Config())
    return _LINTERS[key]


class PostingItem(pytest.Item):
    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.add_marker("postlint")
        # No fixtures, said as pytest's own Function says it: pytest-lsp 1.0's
        # runtest wrapper never yields for an item without ``funcargs``, which
        # fails every posting in a project that has it installed.
        self.funcargs: dict[str, Any] = {}

    def runtest(self) -> None:
        from postlint.engine.report import Report
        from postlint.formats import render

        linter = _linter_for(self.path)
        # Findings name the file relative to the working folder, as `postlint check` does.
        rel = os.path.relpath(self.path)
        result = linter.lint_file(self.path if rel.startswith("..") else rel)
        if result.error:
            raise PostlintFailure(result.error)
        failing = [d for d in result.diagnostics if linter.config.fails(d.severity)]
        if failing:
            result.diagnostics = failing
            raise PostlintFailure(render("full", Report(results=[result]), linter.available).rstrip())

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> str:
        if isinstance(excinfo.value, PostlintFailure):
            return str(excinfo.value)
        return super().repr_failure(excinfo)

    def reportinfo(self) -> tuple[Path, int | None, str]:
        return self.path, None, f"postlint: {self.path.name}"
