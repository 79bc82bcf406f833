"""The labelled outline set: postings with the outline a recruiter reads in them, and scoring.

Each ``labels/*.toml`` names a posting and its expected outline::

    source = "fresh"                 # a posting in fresh/ (written for the project)
    file = "county-clerk.txt"
    title = "Senior Clerk"
    salary = { min = 41000, max = 52000, period = "YEAR" }   # or false: no pay stated
    sections = [["responsibilities", "Examples of Duties"], ["skills", "Minimum Qualifications"]]

``source = "corpus"`` names a file under ``$POSTLINT_CORPUS`` (``markdown/…`` or
``html/…``): it is read from there at test time and never copied. A corpus
Markdown posting is also converted into each plain-text shape of ``shapes``
(default: all of :data:`convert.SHAPES`) at test time, and scored against the
same labels. Each section label is a kind and the section's heading as
written in the source; a posting's section is found by its heading
(case, punctuation and emoji aside) and must have that kind.
"""

from __future__ import annotations

import os
import re
import sys
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import convert  # noqa: E402

FORMAT_OF = {".md": "markdown", ".txt": "text", ".html": "html"}


@dataclass
class Case:
    name: str  # label name, plus ":shape" for a conversion
    format: str  # markdown | text | html
    group: str  # fresh | corpus | a conversion shape
    text: str
    label: dict[str, Any]


@dataclass
class Score:
    title: list[bool] = field(default_factory=list)
    kinds: list[bool] = field(default_factory=list)
    salary: list[bool] = field(default_factory=list)

    def add(self, other: Score) -> None:
        self.title += other.title
        self.kinds += other.kinds
        self.salary += other.salary

    @staticmethod
    def rate(values: list[bool]) -> float:
        return sum(values) / len(values) if values else 1.0


def corpus_dir() -> Path | None:
    env = os.environ.get("POSTLINT_CORPUS")
    path = Path(env) if env else HERE.parents[2] / "shared" / "corpus"
    return path if path.is_dir() else None


def labels() -> list[tuple[str, dict[str, Any]]]:
    return [(p.stem, tomllib.loads(p.read_text(encoding="utf-8"))) for p in sorted((HERE / "labels").glob("*.toml"))]


def cases(corpus: Path | None = None, *, with_corpus: bool = True) -> list[Case]:
    """Every case: fresh postings, and (when the corpus is there) corpus postings and their conversions."""
    corpus = corpus if corpus is not None else (corpus_dir() if with_corpus else None)
    out: list[Case] = []
    for name, label in labels():
        if label["source"] == "fresh":
            path = HERE / "fresh" / label["file"]
            out.append(Case(name, FORMAT_OF[path.suffix], "fresh", path.read_text(encoding="utf-8"), label))
            continue
        if corpus is None:
            continue
        path = corpus / label["file"]
        if not path.is_file():
            continue
        text = path.read_text(encoding="utf-8")
        fmt = FORMAT_OF[path.suffix]
        out.append(Case(name, fmt, "corpus", text, label))
        if fmt == "markdown":
            for shape in label.get("shapes", convert.SHAPES):
                out.append(Case(f"{name}:{shape}", "text", shape, convert.convert(text, shape), label))
    return out


_NOT_WORDS = re.compile(r"[^\w]+")


def norm(text: str | None) -> str:
    return " ".join(_NOT_WORDS.sub(" ", (text or "").lower()).split())


def score_case(case: Case, posting: Any) -> tuple[Score, list[str]]:
    """Right/wrong per title, per labelled section kind and per salary, with a note for each miss."""
    label = case.label
    score, misses = Score(), []
    ok = norm(posting.title) == norm(label["title"])
    score.title.append(ok)
    if not ok:
        misses.append(f"title: got {posting.title!r}, want {label['title']!r}")
    want = label.get("salary", False)
    got = posting.salary
    if not want:
        ok = got is None
    else:
        ok = got is not None and _close(got.min, want.get("min")) and _close(got.max, want.get("max"))
        ok = ok and ("period" not in want or got.period == want["period"])
    score.salary.append(ok)
    if not ok:
        shown = None if got is None else f"{got.min}-{got.max} {got.period} ({got.raw!r})"
        misses.append(f"salary: got {shown}, want {want}")
    sections = list(posting.walk())
    for kind, first in label.get("sections", []):
        target = norm(first)
        found = [s for s in sections if norm(s.title) == target]
        if not found:
            found = [s for s in sections if len(target) >= 12 and norm(s.title).startswith(target)]
        # Kind "none": the heading is no section at all (a site alert, page chrome).
        # A child kind counts for its parent: "primary-functions" is a kind of "responsibilities".
        ok = not found if kind == "none" else bool(found) and kind in (found[0].kind, _parent(found[0].kind))
        score.kinds.append(ok)
        if not ok:
            got_kind = found[0].kind if found else "no such section"
            misses.append(f"section {first!r}: got {got_kind}, want {kind}")
    return score, misses


def _parent(kind: str) -> str | None:
    from postlint.model.schema import load_schema

    return load_schema("cto").parent_kind(kind)


def _close(a: float | None, b: float | None) -> bool:
    if b is None:
        return True
    return a is not None and abs(a - b) < 0.01


def run(corpus: Path | None = None, *, with_corpus: bool = True) -> dict[str, Any]:
    """Score every case: per format and per group, plus each case's misses."""
    try:
        from postlint.readers.outline import parse
    except ImportError:  # before postlint.readers.outline existed: what check parsed with
        from postlint.readers import parse

    by_format: dict[str, Score] = {}
    by_group: dict[str, Score] = {}
    misses: dict[str, list[str]] = {}
    for case in cases(corpus, with_corpus=with_corpus):
        posting = parse(case.text, case.format, path=case.name)
        score, missed = score_case(case, posting)
        by_format.setdefault(case.format, Score()).add(score)
        by_group.setdefault(f"{case.format}:{case.group}", Score()).add(score)
        if missed:
            misses[case.name] = missed
    return {"formats": by_format, "groups": by_group, "misses": misses}
