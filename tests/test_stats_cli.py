"""``postlint stats``: table and JSON output, sections, and bad files."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from postlint.cli.main import main

POSTING = "# Data Analyst\n\n## About\n\nYou will build reports. The numbers are checked by finance.\n\n## Duties\n\n- Build reports\n- Talk to sales\n"


@pytest.fixture
def posting(tmp_path: Path) -> Path:
    path = tmp_path / "analyst.md"
    path.write_text(POSTING, encoding="utf-8")
    return path


def test_json_has_snake_case_keys_and_values(posting, capsys):
    assert main(["stats", str(posting), "--format", "json"]) == 0
    [report] = json.loads(capsys.readouterr().out)
    assert report["path"] == str(posting) and report["title"] == "Data Analyst"
    assert (report["words"], report["sentences"], report["list_items"]) == (15, 4, 2)
    assert report["passive_share"] == 0.25 and report["bullet_share"] == pytest.approx(5 / 15, abs=1e-4)
    for key in ("flesch_reading_ease", "flesch_kincaid_grade", "gunning_fog", "smog", "ari", "long_sentence_share", "reading_time_s"):
        assert isinstance(report[key], float)
    assert "sections" not in report


def test_json_sections_with_lines(posting, capsys):
    assert main(["stats", str(posting), "--format", "json", "--sections"]) == 0
    [report] = json.loads(capsys.readouterr().out)
    rows = [(s["title"], s["line"], s["words"], s["sentences"], s["passive_share"]) for s in report["sections"]]
    assert rows == [("About", 3, 10, 2, 0.5), ("Duties", 7, 5, 2, 0.0)]


def test_table_lists_posting_then_sections(posting, capsys):
    assert main(["stats", str(posting), "--sections"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split()[:4] == ["posting", "words", "sent", "ease"]
    assert lines[1].startswith(str(posting)) and lines[1].split()[1:3] == ["15", "4"]
    assert lines[2].split()[:2] == ["About", "10"] and lines[3].split()[:2] == ["Duties", "5"]


def test_bad_file_is_named_and_others_still_reported(posting, tmp_path, capsys):
    binary = tmp_path / "broken.md"
    binary.write_bytes(b"\x00\x01\x02 not text")
    missing = tmp_path / "missing.md"
    assert main(["stats", str(binary), str(posting), str(missing), "--format", "json"]) == 2
    out, err = capsys.readouterr()
    assert [r["path"] for r in json.loads(out)] == [str(posting)]
    errors = err.strip().splitlines()
    assert len(errors) == 2
    assert str(binary) in errors[0] and str(missing) in errors[1]


def test_corpus_files_all_work(capsys):
    corpus = os.environ.get("POSTLINT_CORPUS")
    if not corpus or not Path(corpus).is_dir():
        pytest.skip("POSTLINT_CORPUS not set")
    files = sorted(p for p in Path(corpus).rglob("*") if p.suffix in (".md", ".html"))[::10]
    assert main(["stats", *map(str, files), "--format", "json"]) == 0
    reports = json.loads(capsys.readouterr().out)
    assert len(reports) == len(files) and all(r["words"] > 0 for r in reports)


def test_stdin_is_checked_like_a_file(capsys, monkeypatch):
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00" * 4)))
    assert main(["stats", "-"]) == 2
    assert capsys.readouterr().err == "postlint: error: -: binary file, not a posting\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(POSTING.encode())))
    assert main(["stats", "-", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["words"] == 15


def test_stdin_cannot_be_mixed_with_paths(posting, capsys):
    assert main(["stats", "-", str(posting)]) == 2
    assert capsys.readouterr().err == "postlint: error: '-' (standard input) cannot be mixed with paths: check standard input on its own\n"
