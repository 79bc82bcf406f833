"""Installed distributions, read from the ``.dist-info`` and ``.egg-info`` folders on ``sys.path``.

The cache key needs the versions of a few libraries and every postlint plugin's
entry points. :mod:`importlib.metadata` gives both, but importing it (it loads
``email`` and ``zipfile``) and reading each distribution's metadata took about
20 ms, a tenth of a fully cached run. A wheel's metadata folder is named
``{name}-{version}.dist-info`` (the wheel spec, PEP 427) and lists its entry
points in ``entry_points.txt``, so one listing of each ``sys.path`` folder
answers. As in importlib.metadata, the first folder on ``sys.path`` that holds
a distribution wins. A folder whose name lacks the version (``name.egg-info``
from ``setup.py develop``), and an egg on ``sys.path`` (zipped or a folder), are
asked of importlib.metadata.
"""

from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

_SUFFIXES = (".dist-info", ".egg-info")


@dataclass(frozen=True)
class Installed:
    """One installed distribution: its name (normalised), version, and metadata folder."""

    name: str
    version: str | None
    folder: Path
    zipped: Any = None  # the importlib.metadata Distribution of one found inside an egg

    def entry_points(self, group: str) -> list[tuple[str, str]]:
        """``(name, value)`` of each entry point in ``group`` (the ``[group]`` section of entry_points.txt)."""
        if self.zipped is not None:
            return [(ep.name, ep.value) for ep in self.zipped.entry_points.select(group=group)]
        try:
            text = (self.folder / "entry_points.txt").read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return []
        if f"[{group}]" not in text:
            return []
        found, inside = [], False
        for raw in text.splitlines():
            line = raw.strip()
            if line.startswith("["):
                inside = line == f"[{group}]"
            elif inside and line and not line.startswith(("#", ";")) and "=" in line:
                name, _, value = line.partition("=")
                found.append((name.strip(), value.strip()))
        return found

    def resolved_version(self) -> str:
        """The version, from importlib.metadata when the folder's name does not give it."""
        if self.version:
            return self.version
        from importlib.metadata import PathDistribution

        return PathDistribution(self.folder).version or ""


def normalise(name: str) -> str:
    """PEP 503's normal form, with underscores as metadata folder names write it."""
    return re.sub(r"[-_.]+", "_", name).lower()


def distributions() -> dict[str, Installed]:
    """Every distribution on ``sys.path`` by normalised name, first found first."""
    found: dict[str, Installed] = {}
    for entry in sys.path:
        if entry.endswith(".egg") or os.path.isfile(entry):
            _add_from_metadata(entry, found)  # an egg, zipped or not: its metadata is inside it
            continue
        try:
            names = sorted(os.listdir(entry or "."))
        except OSError:
            continue  # a missing folder: nothing installed there
        for folder in names:
            if not folder.endswith(_SUFFIXES):
                continue
            stem = folder.rsplit(".", 1)[0]
            name, _, rest = stem.partition("-")
            key = normalise(name)
            if key not in found:
                found[key] = Installed(key, rest.split("-", 1)[0] or None, Path(entry or ".") / folder)
    return found


def version(name: str, installed: dict[str, Installed] | None = None) -> str | None:
    """The installed version of distribution ``name``, or ``None`` when it is not installed."""
    dist = (installed if installed is not None else distributions()).get(normalise(name))
    return dist.resolved_version() if dist is not None else None


def _add_from_metadata(entry: str, found: dict[str, Installed]) -> None:
    from importlib.metadata import distributions as in_path

    for dist in in_path(path=[entry]):
        key = normalise(dist.metadata["Name"] or "")
        if key and key not in found:
            found[key] = Installed(key, dist.version, Path(entry), zipped=dist)
