"""Which documents postlint lints, under which config, and the lint itself.

A document's config is found exactly as ``postlint check`` finds a file's: the
nearest ``.postlint.toml`` or ``pyproject.toml`` with ``[tool.postlint]``
above it, else the defaults. Editor settings (``initializationOptions`` or
``workspace/configuration``) may override ``select`` and ``ignore``, as
``--select``/``--ignore`` do on the command line.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from postlint.engine import gcpolicy
from postlint.engine.config import find_config_file, load_config, parse_config
from postlint.engine.linter import Linter
from postlint.errors import InputError, PostlintError
from postlint.model.diagnostic import Diagnostic
from postlint.readers.source import EXTENSIONS, MAX_BYTES, decode

# languageId -> reader; other documents are linted when their extension is a posting's.
LANGUAGES = {"markdown": "markdown", "plaintext": "text", "text": "text", "html": "html"}
CONFIG_NAMES = (".postlint.toml", "pyproject.toml")
OVERRIDABLE = ("select", "ignore")
log = logging.getLogger(__name__)


def format_of(language_id: str | None, path: str | None) -> str | None:
    """The reader for a document, or None when it is not a posting postlint reads."""
    if language_id in LANGUAGES:
        return LANGUAGES[language_id]
    return EXTENSIONS.get(Path(path).suffix.lower()) if path else None


def parse_overrides(value: Any) -> dict[str, list[str]]:
    """``{"select": [...], "ignore": "A,B"}`` (or the same under a ``postlint`` key) -> overrides.

    Anything else (a client sending null or its whole settings tree) means no override.
    """
    if isinstance(value, dict) and isinstance(value.get("postlint"), dict):
        value = value["postlint"]
    if not isinstance(value, dict):
        return {}
    out: dict[str, list[str]] = {}
    for key in OVERRIDABLE:
        item = value.get(key)
        if isinstance(item, str):
            item = [part.strip() for part in item.split(",") if part.strip()]
        if isinstance(item, list) and all(isinstance(part, str) for part in item):
            out[key] = item
        elif item is not None:
            out[key] = item  # wrong type: validation names it
    return out


def _editor_words(message: str) -> str:
    """Config errors blame "the command line" for override keys; in the server those come from the editor."""
    return message.replace("command line: invalid value for --", "editor settings: invalid value for ").replace(
        "command line:", "editor settings:"
    )


@dataclass
class Outcome:
    """One lint of one version of a document."""

    text: str
    format: str | None = None
    diagnostics: list[Diagnostic] = field(default_factory=list)
    # A problem with the document itself (binary, too large, a rule crash): shown on it.
    error: str | None = None
    # A broken config, rule pack or plugin, naming the file and key: shown once as a message.
    config_error: str | None = None


class Project:
    """Configs and linters, shared by every open document; safe to call from lint threads."""

    def __init__(self) -> None:
        self.roots: list[Path] = []
        self.init_overrides: dict[str, list[str]] = {}
        self.folder_overrides: dict[Path, dict[str, list[str]]] = {}
        self._linters: dict[tuple[Any, ...], Linter] = {}
        self._lock = threading.Lock()
        self._warmed = threading.Event()
        # Set once the editor's settings are in (workspace/configuration is asked after initialize):
        # a first lint without them would publish findings the settings turn off.
        self.settings_ready = threading.Event()
        self.running = 0  # lint calls at work in threads: the exit path looks at it
        self._count_lock = threading.Lock()

    # -- configuration ----------------------------------------------------
    def root_for(self, path: Path | None) -> Path:
        """The workspace folder holding ``path`` (the innermost, for nested folders)."""
        if path is not None:
            path = path.resolve()  # the roots are resolved: compare like with like (symlinked folders)
            inside = [r for r in self.roots if path == r or r in path.parents]
            if inside:
                return max(inside, key=lambda r: len(r.parts))
            return path.parent
        return self.roots[0] if self.roots else Path.cwd()

    def overrides_for(self, root: Path) -> dict[str, list[str]]:
        return {**self.init_overrides, **self.folder_overrides.get(root, {})}

    def config_key(self, path: Path | None) -> Path | None:
        # A document with no file (untitled) takes its workspace's config, as stdin takes the current folder's.
        return find_config_file(path if path is not None else self.root_for(None))

    def linter_for(self, path: Path | None) -> Linter:
        """The linter for a document's config; raises PostlintError (naming file and key) when it is broken."""
        root = self.root_for(path)
        overrides = self.overrides_for(root)
        with self._lock:
            file = self.config_key(path)
            key = (file, None if file else root, repr(sorted(overrides.items())))
            if key not in self._linters:
                try:
                    if file is not None:
                        config = load_config(file, **overrides)
                    else:
                        config = parse_config(
                            dict(overrides), origin="<defaults>", root=root, cli_keys=frozenset(overrides)
                        )
                    self._linters[key] = Linter(config)
                except PostlintError as exc:
                    raise PostlintError(_editor_words(str(exc))) from None
            return self._linters[key]

    def reload(self) -> None:
        """Forget every config and linter: a config file changed, appeared or went away."""
        from postlint.engine.config import forget_config_files

        with self._lock:
            forget_config_files()  # check's lookup is cached per folder; a new file must be seen
            self._linters.clear()

    def is_config_file(self, path: Path | None) -> bool:
        return path is not None and path.name in CONFIG_NAMES

    # -- linting (in a worker thread) -------------------------------------
    def warm(self) -> None:
        """Load spaCy, matchers and dictionaries once, before the first document needs them."""
        try:
            self.linter_for(self.roots[0] / "warm-up.md" if self.roots else None).warm()
        except Exception as exc:  # noqa: BLE001 - a broken config is reported when a document uses it
            log.info("warm-up skipped: %s", exc)
        finally:
            gcpolicy.settle()  # the collector was deferred until warm (postlint.engine.gcpolicy); never leave it off
            self._warmed.set()

    def lint(self, text: str, path: Path | None, language_id: str | None) -> Outcome:
        """Lint one snapshot of a document; never raises."""
        with self._count_lock:
            self.running += 1
        try:
            return self._lint(text, path, language_id)
        finally:
            with self._count_lock:
                self.running -= 1

    def _lint(self, text: str, path: Path | None, language_id: str | None) -> Outcome:
        self._warmed.wait(timeout=60)
        self.settings_ready.wait(timeout=10)  # a client that never answers must not stop linting
        name = str(path) if path is not None else "untitled"
        fmt = format_of(language_id, name)
        if fmt is None or not text.strip():
            return Outcome(text, fmt)
        try:
            linter = self.linter_for(path)
        except PostlintError as exc:
            return Outcome(text, fmt, config_error=str(exc))
        except Exception as exc:  # noqa: BLE001 - a plugin may raise anything while loading
            return Outcome(text, fmt, config_error=f"{name}: cannot load the rules: {type(exc).__name__}: {exc}")
        if path is not None:
            from postlint.engine.discover import force_excluded

            if force_excluded(path, linter.config):
                return Outcome(text, fmt)
        problem = self._unreadable(text, name)
        if problem:
            return Outcome(text, fmt, error=problem)
        result = linter.lint_file(name, format=fmt, text=text)
        if result.error:
            return Outcome(text, fmt, error=result.error)
        return Outcome(text, fmt, diagnostics=result.diagnostics)

    def fix_text(self, text: str, path: Path | None, language_id: str | None) -> str:
        """``text`` with every safe fix applied to the fixed point: what ``check --fix`` would write."""
        from postlint.engine.fixer import fix_to_fixpoint

        name = str(path) if path is not None else "untitled"
        try:
            linter = self.linter_for(path)
            return fix_to_fixpoint(linter, text, path=name, format=format_of(language_id, name))[0]
        except Exception:  # noqa: BLE001 - no fix-all is better than a failed request
            return text

    @staticmethod
    def _unreadable(text: str, name: str) -> str | None:
        """The refusal ``check`` gives the same bytes in a file: over the size limit, or binary."""
        data = text.encode("utf-8", "surrogatepass")
        if len(data) > MAX_BYTES:
            return f"{name}: {len(data) / 2**20:.1f} MB is over the {MAX_BYTES // 2**20} MB limit for a posting"
        try:
            decode(data, name)
        except InputError as exc:
            return str(exc)
        return None
