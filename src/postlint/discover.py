"""Which files a run checks: given files always; folders recursively by include globs,
minus ``exclude`` patterns and the patterns of ``.gitignore`` files (gitignore syntax)."""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Iterator
from pathlib import Path

from postlint.config import Config
from postlint.source import os_error_message


def _spec(patterns: list[str]):  # noqa: ANN202 - pathspec.PathSpec
    import pathspec

    try:
        return pathspec.PathSpec.from_lines("gitignore", patterns)
    except (KeyError, LookupError):  # pathspec < 1.0 names it "gitwildmatch"
        return pathspec.PathSpec.from_lines("gitwildmatch", patterns)


def _gitignore(folder: Path) -> list[str]:
    path = folder / ".gitignore"
    try:
        return path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return []


def discover(paths: list[Path], config: Config) -> Iterator[Path | str]:
    """Yield files to lint in a stable order, or a one-line error string for a bad path.

    A path named on the command line is always linted (as ruff does) unless it
    does not exist; symlinked folders are not followed, so loops cannot hang.
    """
    excludes = list(config.exclude) + list(config.extend_exclude)
    seen: set[Path] = set()
    for root in paths:
        if str(root) == "-":
            yield root
            continue
        if not root.exists() and not root.is_symlink():
            yield f"{root}: no such file or directory"
            continue
        if not root.is_dir():
            if root not in seen:
                seen.add(root)
                yield root
            continue
        yield from _walk(root, excludes, config.include, seen)


def _walk(root: Path, excludes: list[str], include: list[str], seen: set[Path]) -> Iterator[Path | str]:
    found: dict[Path, Path | str] = {}
    ignore_specs: list[tuple[Path, object]] = [(root, _spec(excludes))]

    def unreadable(exc: OSError) -> None:
        # os.walk skips a folder it cannot list; a skipped folder must not pass for a clean one.
        folder = Path(exc.filename) if exc.filename else root
        found[folder] = f"{folder}: {os_error_message(exc)}"

    for directory, dirnames, filenames in os.walk(root, followlinks=False, onerror=unreadable):
        here = Path(directory)
        patterns = _gitignore(here)
        if patterns:
            ignore_specs.append((here, _spec(patterns)))

        def ignored(path: Path, is_dir: bool) -> bool:
            for base, spec in ignore_specs:
                try:
                    rel = path.relative_to(base).as_posix()
                except ValueError:
                    continue
                if spec.match_file(rel + ("/" if is_dir else "")):  # type: ignore[attr-defined]
                    return True
            return False

        dirnames[:] = sorted(d for d in dirnames if not ignored(here / d, True))
        for name in sorted(filenames):
            path = here / name
            if not any(fnmatch.fnmatch(name, g) for g in include) or ignored(path, False):
                continue
            if path.is_symlink() and not path.exists():
                continue
            if path not in seen:
                seen.add(path)
                found[path] = path
    for key in sorted(found):
        yield found[key]
