"""Corpus smoke test: every posting of the shared corpus lints with the default rules, no errors.

Skipped when the corpus is absent (``POSTLINT_CORPUS`` unset and no ``../shared/corpus``).
"""

from __future__ import annotations

from postlint.readers.source import EXTENSIONS
from postlint.run.paths import lint_paths


def test_every_corpus_file_lints_without_error(corpus_dir):
    files = sorted(p for p in corpus_dir.rglob("*") if p.is_file() and p.suffix.lower() in EXTENSIONS)
    assert files, f"no postings under {corpus_dir}"
    report = lint_paths(files)
    assert [r.error for r in report.results if r.error] == []
    assert len(report.results) == len(files)
    for result in report.results:
        assert result.posting is not None
        for d in result.diagnostics:
            assert 0 <= d.start <= d.end <= len(result.posting.source), (result.path, d)
            assert result.posting.locate(d.start) == (d.line, d.column), (result.path, d)
