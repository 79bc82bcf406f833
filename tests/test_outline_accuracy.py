"""The labelled outline set (tests/outlines/) and the accuracy it must keep, per input format.

Fresh postings are always scored; shared-corpus postings and their plain-text
conversions only when ``POSTLINT_CORPUS`` (or ../shared/corpus) is there.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent / "outlines"))

import convert  # noqa: E402
import outline_set  # noqa: E402

from postlint.model.schema import load_schema  # noqa: E402

# Issue 16's bar, per format: a drop below it fails.
FLOORS = {"title": 0.98, "kinds": 0.95, "salary": 0.98}


def _check(result: dict) -> list[str]:
    failures = []
    for fmt, score in result["formats"].items():
        for what, floor in FLOORS.items():
            rate = outline_set.Score.rate(getattr(score, what))
            if rate < floor:
                failures.append(f"{fmt} {what}: {rate:.1%} < {floor:.0%}")
    return failures


def test_labels_are_well_formed() -> None:
    kinds = {spec.kind for spec, _ in load_schema("cto").walk()} | {"other", "none"}
    labels = outline_set.labels()
    fresh = [label for _, label in labels if label["source"] == "fresh"]
    assert len(fresh) >= 15
    for name, label in labels:
        assert label["source"] in ("fresh", "corpus"), name
        assert label["title"].strip(), name
        assert label["sections"], name
        assert {k for k, _ in label["sections"]} <= kinds, name
        if label["source"] == "fresh":
            assert (outline_set.HERE / "fresh" / label["file"]).is_file(), name
        else:
            assert not (outline_set.HERE / Path(label["file"]).name).exists(), "corpus files are never copied"


def test_fresh_postings_keep_their_accuracy() -> None:
    result = outline_set.run(with_corpus=False)
    assert set(result["formats"]) == {"text", "markdown", "html"}
    assert _check(result) == [], result["misses"]


def test_corpus_and_conversions_keep_their_accuracy() -> None:
    corpus = outline_set.corpus_dir()
    if corpus is None:
        pytest.skip("shared corpus not found (set POSTLINT_CORPUS)")
    cases = outline_set.cases(corpus)
    assert len(cases) >= 60
    assert {c.group for c in cases} >= {"fresh", "corpus", *convert.SHAPES}
    result = outline_set.run(corpus)
    assert _check(result) == [], result["misses"]


def test_each_shape_looks_like_its_name() -> None:
    md = "---\ntitle: Clerk\ncloses: '2025-03-01'\n---\n\n## Duties\n\n- File records.\n- Answer phones\n\nWe are a small office.\n"
    browser = convert.convert(md, "browser")
    assert "Clerk\n\n" in browser and "• File records." in browser and "Apply now" in browser
    ats = convert.convert(md, "ats")
    assert ats.startswith("=== JOB DETAILS ===\nTitle: Clerk\nClosing Date: 2025-03-01\n") and "=== Duties ===" in ats
    assert "o Answer phones" in ats
    county = convert.convert(md, "county")
    assert county.startswith("CLERK\n\nDUTIES:\nFile records\nAnswer phones\n")
