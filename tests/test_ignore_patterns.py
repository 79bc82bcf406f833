"""The name-pattern matcher answers as pathspec does for the patterns it takes, and hands the rest to pathspec."""

from __future__ import annotations

import pathspec
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from postlint.engine.config import DEFAULT_EXCLUDE
from postlint.engine.ignore_patterns import _Names, compile_patterns


def _pathspec(lines: list[str]) -> pathspec.PathSpec:
    return pathspec.PathSpec.from_lines("gitignore", lines)


_PART = st.text(alphabet="aAbB.-_+rReEmMdD*?1", min_size=1, max_size=6)
_PATTERN = st.one_of(
    _PART,
    st.sampled_from(["*", "*.md", "?", "[Rr][Ee]*", "README.*", ".git", "a?b", "*.", ".*", "[Aa]b[12]", "x+y"]),
)
# Parts as discovery makes them: relative to the walked folder, never "." or ".." (where the two may differ).
_PATH = st.lists(
    st.text(alphabet="aAbB.-_+rReEmMdD1", min_size=1, max_size=6).filter(lambda part: part.strip(".") != ""), min_size=1, max_size=4
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PATTERN, min_size=1, max_size=4), _PATH, st.booleans())
def test_name_patterns_answer_as_pathspec(patterns: list[str], parts: list[str], is_dir: bool) -> None:
    matcher = compile_patterns(patterns)
    assume(isinstance(matcher, _Names))  # the fast path is what is tested; the rest is pathspec itself
    path = "/".join(parts) + ("/" if is_dir else "")
    assert matcher.match_file(path) == _pathspec(patterns).match_file(path)


@pytest.mark.parametrize(
    "path",
    ["README.md", "docs/readme", "ReadMe.txt", "jobs/node_modules/x.md", "build/", "builds/a.md", "jobs/CHANGES.rst",
     "jobs/changes.md", "a/.git/HEAD", "security.md", "SECURITY.md", "jobs/cto.md", "x/dist", "x/distro/a.md"],
)
def test_default_excludes_answer_as_pathspec(path: str) -> None:
    matcher = compile_patterns(DEFAULT_EXCLUDE)
    assert isinstance(matcher, _Names)  # the default run never imports pathspec
    assert matcher.match_file(path) == _pathspec(DEFAULT_EXCLUDE).match_file(path)


def test_defaults_exclude_exactly_these() -> None:
    matcher = compile_patterns(DEFAULT_EXCLUDE)
    assert [p for p in ("README.md", "jobs/node_modules/x.md", "jobs/cto.md", "security.md", "SECURITY.md") if matcher.match_file(p)] == [
        "README.md", "jobs/node_modules/x.md", "SECURITY.md"
    ]


@pytest.mark.parametrize(
    "lines",
    [["/build"], ["docs/*.md"], ["!keep.md", "*.md"], ["**/tmp"], ["drafts/"], ["a\\*b"], ["[!a]*"], ["name "]],
)
def test_other_patterns_go_to_pathspec(lines: list[str]) -> None:
    assert isinstance(compile_patterns(lines), pathspec.PathSpec)


def test_comments_and_blank_lines_are_skipped() -> None:
    matcher = compile_patterns(["# drafts", "", "*.tmp"])
    assert isinstance(matcher, _Names)
    assert matcher.match_file("a/b.tmp") and not matcher.match_file("# drafts")
