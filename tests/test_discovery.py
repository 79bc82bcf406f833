"""Discovery's path anchoring and include matching agree with the pathlib and fnmatch answers they replace."""

from __future__ import annotations

import fnmatch
import os
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from postlint.engine.config import Config
from postlint.engine.discover import _anchored, discover

_PARTS = st.lists(st.sampled_from(["a", "b", "ab", "..", ".", "jobs", "x.md"]), min_size=0, max_size=4)


def _by_pathlib(path: Path, base: Path, fallback: Path) -> str | None:
    absolute = Path(os.path.abspath(path))
    for folder in (base, fallback):
        try:
            return absolute.relative_to(os.path.abspath(folder)).as_posix()
        except ValueError:
            continue
    return None


@given(_PARTS, _PARTS, _PARTS, st.booleans())
def test_anchoring_is_relative_to(path_parts, base_parts, fallback_parts, absolute):
    root = Path("/srv") if absolute else Path()
    path, base, fallback = (root.joinpath(*parts) for parts in (path_parts, base_parts, fallback_parts))
    assert _anchored(path, base, fallback) == _by_pathlib(path, base, fallback)
    assert _anchored(Path("/"), Path("/"), fallback) == "."
    assert _anchored(Path("/srv/a"), Path("/"), fallback) == "srv/a"


def test_include_globs_pick_what_fnmatch_picks(tmp_path):
    names = ["a.md", "b.MD", "c.markdown", "d.txt", "e.html", "f.htm", "g.jsonld", "h.json", "i.md.bak", "[x].md", "notes"]
    for name in names:
        (tmp_path / name).write_text("# T\n", encoding="utf-8")
    include = ["*.md", "*.txt", "[[]x].md", "n?tes"]
    found = [p.name for p in discover([tmp_path], Config(include=include))]
    assert found == sorted(n for n in names if any(fnmatch.fnmatch(n, g) for g in include))
    assert found == ["[x].md", "a.md", "d.txt", "notes"]
    assert list(discover([tmp_path], Config(include=[]))) == []


def test_a_folder_walk_skips_files_that_are_never_postings(tmp_path):
    # As the pre-commit hook does: README, LICENSE… in any case; SECURITY… in capitals only.
    for name in ("README.md", "docs/readme.txt", "LICENSE", "Changelog.md", "CODE_OF_CONDUCT.md", "SECURITY.md",
                 "security.md", "jobs/data-engineer.md", "jobs/readme-writer.md"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("# Job\n", encoding="utf-8")
    found = sorted(Path(p).relative_to(tmp_path).as_posix() for p in discover([tmp_path], Config(root=str(tmp_path))))
    assert found == ["jobs/data-engineer.md", "jobs/readme-writer.md", "security.md"]
    # A file named on the command line is still checked.
    assert list(discover([tmp_path / "README.md"], Config(root=str(tmp_path)))) == [tmp_path / "README.md"]
