"""Front matter: YAML between ``---`` lines or TOML between ``+++`` lines."""

from __future__ import annotations

import re
import tomllib
from typing import Any

_FENCE = {"---": "yaml", "+++": "toml"}
_OPEN = re.compile(r"\A(?:\ufeff)?(---|\+\+\+)[ \t]*(?:\r\n|\r|\n)")
# Where libyaml and PyYAML's pure-Python loader can disagree on a document both
# accept: tabs, Unicode line breaks and BOMs, tags ("!"), a comment right after a
# block scalar's indicator. Such front matter takes the Python loader.
_LIBYAML_MAY_DIFFER = re.compile(r"[\t\x85\u2028\u2029\ufeff]|(?<![^\s\[\]{},])!|[|>][-+0-9]*#")


def split_front_matter(source: str) -> tuple[dict[str, Any], int, list[tuple[int, str]]]:
    """Return (meta, offset where the body starts, problems).

    Front matter that does not parse leaves ``meta`` empty and yields a problem
    at its first line, so the posting is still linted.
    """
    opening = _OPEN.match(source)
    if not opening:
        return {}, 0, []
    fence = opening.group(1)
    closing = re.compile(rf"^{re.escape(fence)}[ \t]*$", re.M)
    end = closing.search(source, opening.end())
    if end is None:
        return {}, 0, []
    raw = source[opening.end() : end.start()]
    body_start = end.end()
    if source.startswith("\r\n", body_start):
        body_start += 2
    elif body_start < len(source) and source[body_start] in "\r\n":
        body_start += 1
    kind = _FENCE[fence]
    try:
        if kind == "toml":
            data = tomllib.loads(raw)
        else:
            data = _load_yaml(raw)
    except Exception as exc:  # noqa: BLE001 - any parser failure is the author's to fix
        first_line = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        return {}, body_start, [(opening.start(1), f"front matter is not valid {kind.upper()}: {first_line}")]
    if data is None:
        data = {}
    if not isinstance(data, dict):
        return {}, body_start, [(opening.start(1), f"front matter is not a {kind.upper()} mapping")]
    return {str(k): v for k, v in data.items()}, body_start, []


def _load_yaml(raw: str) -> Any:
    """``yaml.safe_load``, through libyaml when it gives the same result (it is ~10x faster).

    Errors always come from the Python loader: their messages, which the
    diagnostics quote, differ between the two.
    """
    import yaml

    fast = getattr(yaml, "CSafeLoader", None)
    if fast is not None and not _LIBYAML_MAY_DIFFER.search(raw):
        try:
            return yaml.load(raw, Loader=fast)  # noqa: S506 - CSafeLoader is the safe loader
        except Exception:  # noqa: BLE001, S110 - re-parsed below for PyYAML's own message
            pass
    return yaml.safe_load(raw)
