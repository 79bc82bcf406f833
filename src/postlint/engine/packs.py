"""Load data rules from TOML rule packs (``rules/<family>/*.toml``)."""

from __future__ import annotations

import tomllib
from pathlib import Path

from pydantic import ValidationError

from postlint.engine.kinds import KINDS
from postlint.engine.rule import Rule
from postlint.errors import RuleError

# Folders of a pack that hold data for Python rules, not rule files.
DATA_FOLDERS = {"schema"}


def _line_of(text: str, key: str) -> int | None:
    """The line where a top-level key is set, to point errors at it."""
    for n, line in enumerate(text.splitlines(), 1):
        if line.split("=", 1)[0].strip() == key:
            return n
    return None


def _table_line(text: str, loc: tuple) -> int | None:
    """The line of an error inside the n-th ``[[terms]]`` table: its key's line, or the table's header."""
    if len(loc) < 2 or not isinstance(loc[1], int):
        return None
    header = f"[[{loc[0]}]]"
    lines = text.splitlines()
    starts = [n for n, line in enumerate(lines, 1) if line.strip() == header]
    if loc[1] >= len(starts):
        return None
    start = starts[loc[1]]
    if len(loc) >= 3 and isinstance(loc[2], str):
        for n in range(start + 1, len(lines) + 1):
            stripped = lines[n - 1].strip()
            if stripped.startswith("["):
                break
            if stripped.split("=", 1)[0].strip() in (loc[2], loc[2].replace("_", "-")):
                return n
    return start


def load_rule_file(path: Path) -> Rule | None:
    """One rule from one file, or ``None`` for a data file (no ``code`` key)."""
    try:
        text = path.read_text(encoding="utf-8")
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise RuleError(f"{path}: invalid TOML: {exc}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleError(f"{path}: cannot read rule file: {exc}") from None
    if "code" not in data:
        if "kind" in data:
            raise RuleError(f"{path}: rule file has 'kind' but no 'code'")
        return None
    kind = data.get("kind")
    if kind not in KINDS:
        line = _line_of(text, "kind")
        where = f":{line}" if line else ""
        raise RuleError(f"{path}{where}: unknown rule kind {kind!r} (choose from {', '.join(KINDS)})")
    try:
        return KINDS[kind].model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        key = ".".join(str(p) for p in err["loc"])
        line = (_line_of(text, str(err["loc"][0])) or _table_line(text, err["loc"])) if err["loc"] else None
        where = f":{line}" if line else ""
        msg = err["msg"].removeprefix("Value error, ")
        raise RuleError(f"{path}{where}: invalid rule field '{key}': {msg}") from None


def load_rules(folder: str | Path) -> list[Rule]:
    """Every data rule under ``folder`` (recursively), sorted by code."""
    return sorted((rule for _, rule in load_rule_files(folder)), key=lambda r: r.code)


def load_rule_files(folder: str | Path) -> list[tuple[Path, Rule]]:
    """Every data rule under ``folder`` with the file it came from, in file order."""
    root = Path(folder)
    if not root.exists():
        raise RuleError(f"{root}: rule pack folder not found")
    if not root.is_dir():
        raise RuleError(f"{root}: a rule pack is a folder of TOML files, not a file")
    found = []
    for path in sorted(root.rglob("*.toml")):
        if DATA_FOLDERS.intersection(path.relative_to(root).parts[:-1]):
            continue
        rule = load_rule_file(path)
        if rule is not None:
            found.append((path, rule))
    return found
