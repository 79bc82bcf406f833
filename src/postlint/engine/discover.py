"""Which files a run checks: given files always (unless ``force-exclude`` applies the
excludes to them too); folders recursively by include globs, minus ``exclude`` patterns
and the patterns of ``.gitignore`` files (gitignore syntax)."""

from __future__ import annotations

import fnmatch
import os
import re
from collections.abc import Iterator
from pathlib import Path

from postlint.engine.config import Config
from postlint.engine.ignore_patterns import Matcher, compile_patterns
from postlint.model.posting import SURROGATE
from postlint.readers.source import os_error_message


def _gitignore(folder: Path) -> list[str]:
    path = folder / ".gitignore"
    try:
        return path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return []


def discover(paths: list[Path], config: Config, *, force_exclude: bool | None = None) -> Iterator[Path | str]:
    """Yield files to lint in a stable order, or a one-line error string for a bad path.

    A path named on the command line is always linted (as ruff does) unless it
    does not exist, or ``force_exclude`` (default: the config's ``force-exclude``)
    is on and an exclude pattern matches it: pre-commit names every file itself.
    Symlinked folders are not followed, so loops cannot hang.
    """
    excludes = _excludes(config)
    base = Path(config.root)
    if force_exclude is None:
        force_exclude = config.force_exclude
    seen: set[str] = set()
    for root in paths:
        if str(root) == "-":
            yield root
            continue
        if not root.exists() and not root.is_symlink():
            yield f"{root}: no such file or directory"
            continue
        if force_exclude and _excluded(root, excludes, base, Path.cwd()):
            continue
        if not root.is_dir():
            if _first_sight(root, seen):
                yield root
            continue
        yield from _walk(root, excludes, config.include, seen, base)


def force_excluded(path: Path, config: Config) -> bool:
    """Whether ``--force-exclude`` skips ``path``: for a name given with --stdin-filename, as ruff does."""
    return _excluded(path, _excludes(config), Path(config.root), Path.cwd(), is_dir=False)


def _excludes(config: Config) -> Matcher:
    return compile_patterns(list(config.exclude) + list(config.extend_exclude))


def _first_sight(path: Path, seen: set[str]) -> bool:
    """Whether this file is new to the run: a second name for it (a relative and an absolute
    path, a symlink, a hard link) would lint it twice and make --fix write it twice."""
    try:
        st = path.stat()
        key = f"{st.st_dev}:{st.st_ino}"
    except OSError:
        key = os.path.realpath(path)  # unreadable: the reader reports it, once
    if key in seen:
        return False
    seen.add(key)
    return True


def _excluded(path: Path, excludes: Matcher, base: Path, fallback: Path, is_dir: bool | None = None) -> bool:
    rel = _anchored(path, base, fallback)
    if rel in (None, "."):
        return False  # the folder the patterns are read from is never excluded itself
    return bool(excludes.match_file(_matchable(rel) + ("/" if (path.is_dir() if is_dir is None else is_dir) else "")))


def _matchable(rel: str) -> str:
    """``rel`` with any byte the file system's encoding could not decode (a lone surrogate) as
    U+FFFD, as the readers clean text: pathspec's re2 backend cannot take surrogates, and no
    pattern can name them."""
    return SURROGATE.sub("\ufffd", rel)


def _anchored(path: Path, base: Path, fallback: Path) -> str | None:
    """``path`` as an exclude pattern sees it: relative to the config's folder, like ruff's
    patterns, or to ``fallback`` (the folder walked, the current one) for a path outside it."""
    absolute = os.path.abspath(path)
    for folder in (base, fallback):
        top = os.path.abspath(folder)
        if absolute == top:
            return "."
        if os.sep == "/":
            # Both are normalised: a string prefix is Path.relative_to's answer, at a
            # fraction of its cost (this runs for every file and folder of a walk).
            prefix = top if top.endswith("/") else top + "/"
            if absolute.startswith(prefix):
                return absolute[len(prefix) :]
            continue
        try:
            return Path(absolute).relative_to(top).as_posix()
        except ValueError:
            continue
    return None


def _walk(root: Path, excludes: Matcher, include: list[str], seen: set[str], base: Path) -> Iterator[Path | str]:
    found: dict[Path, Path | str] = {}
    if _excluded(root, excludes, base, root, True):
        base = root  # a folder named on the command line is walked even if excluded: read the patterns below it
    ignore_specs: list[tuple[Path, Matcher]] = []  # .gitignore files, each read from its own folder
    # The include globs as one pattern: fnmatch.fnmatch's answer for any of them, in one match.
    included = re.compile("|".join(f"(?:{fnmatch.translate(os.path.normcase(g))})" for g in include) or "(?!)").match

    def unreadable(exc: OSError) -> None:
        # os.walk skips a folder it cannot list; a skipped folder must not pass for a clean one.
        folder = Path(exc.filename) if exc.filename else root
        found[folder] = f"{folder}: {os_error_message(exc)}"

    for directory, dirnames, filenames in os.walk(root, followlinks=False, onerror=unreadable):
        here = Path(directory)
        patterns = _gitignore(here)
        if patterns:
            ignore_specs.append((here, compile_patterns(patterns)))

        def ignored(path: Path, is_dir: bool) -> bool:
            if _excluded(path, excludes, base, root, is_dir):
                return True
            suffix = "/" if is_dir else ""
            for folder, spec in ignore_specs:
                try:
                    rel = _matchable(path.relative_to(folder).as_posix())
                except ValueError:
                    continue
                if spec.match_file(rel + suffix):
                    return True
            return False

        dirnames[:] = sorted(d for d in dirnames if not ignored(here / d, True))
        for name in sorted(filenames):
            if not included(os.path.normcase(name)):
                continue
            path = here / name
            if ignored(path, False):
                continue
            if path.is_symlink() and not path.exists():
                continue
            if _first_sight(path, seen):
                found[path] = path
    for key in sorted(found):
        yield found[key]
