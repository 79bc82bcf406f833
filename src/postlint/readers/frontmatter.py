"""Front matter: YAML between ``---`` lines or TOML between ``+++`` lines."""

from __future__ import annotations

import re
import tomllib
from typing import Any

_FENCE = {"---": "yaml", "+++": "toml"}
_OPEN = re.compile(r"\A(?:\ufeff)?(---|\+\+\+)[ \t]*(?:\r\n|\r|\n)")


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
            import yaml

            data = yaml.safe_load(raw)
    except Exception as exc:  # noqa: BLE001 - any parser failure is the author's to fix
        first_line = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        return {}, body_start, [(opening.start(1), f"front matter is not valid {kind.upper()}: {first_line}")]
    if data is None:
        data = {}
    if not isinstance(data, dict):
        return {}, body_start, [(opening.start(1), f"front matter is not a {kind.upper()} mapping")]
    return {str(k): v for k, v in data.items()}, body_start, []
