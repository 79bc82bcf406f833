"""Safe --fix: atomic writes that keep encoding, BOM and line endings, idempotent, overlap-safe."""

from __future__ import annotations

import io
import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from postlint.engine.config import parse_config
from postlint.engine.fixer import apply_fixes, fix, fix_report
from postlint.engine.linter import Linter
from postlint.engine.report import Report
from postlint.engine.rule import Context, Rule
from postlint.model.diagnostic import Diagnostic, Fix
from postlint.model.posting import Posting

TERMS = {"rockstar ninja": "expert", "ninja": "specialist", "rockstar": "expert", "señor dev": "senior developer"}


class Swap(Rule):
    """A test substitution rule: each term gets a Fix to its replacement."""

    code: str = "TST001"
    name: str = "swap-terms"
    summary: str = "Test rule."

    def check(self, posting: Posting, ctx: Context) -> Iterator[Diagnostic]:
        for term, replacement in TERMS.items():
            for m in re.finditer(re.escape(term), posting.source):
                yield self.diagnostic(posting, m.start(), m.end(), f"Use {replacement}.", fix=Fix(start=m.start(), end=m.end(), replacement=replacement))


CONFIG = parse_config({"select": ["TST001"]})


def _report(*paths: Path) -> tuple[Report, Linter]:
    linter = Linter(CONFIG, rules=[Swap()])
    report = Report(timings=linter.timings)
    for p in paths:
        report.results.append(linter.lint_file(p))
    return report, linter


@pytest.fixture(autouse=True)
def _only_test_rule(monkeypatch):
    # fix_report re-lints with a Linter built from the config: give it the test rule.
    import postlint.engine.linter as linter_module

    original = linter_module.Linter.__init__

    def init(self, config=None, rules=None):
        original(self, config, rules=rules if rules is not None else [Swap()])

    monkeypatch.setattr(linter_module.Linter, "__init__", init)


def test_apply_fixes_overlapping_earlier_wins():
    text = "We want a rockstar ninja."
    found = Linter(CONFIG, rules=[Swap()]).lint_text(text)
    assert sorted((d.start, d.end) for d in found) == [(10, 18), (10, 24), (19, 24)]
    fixed, n = apply_fixes(text, found)
    assert (fixed, n) == ("We want a expert.", 1)


def test_fix_api_reaches_fixed_point_and_is_idempotent():
    text = "# Lead\n\nA rockstar ninja and a ninja.\n"
    once = fix(text, config=CONFIG)
    assert once == "# Lead\n\nA expert and a specialist.\n"
    assert fix(once, config=CONFIG) == once


def test_crlf_and_bom_are_kept_and_other_bytes_untouched(tmp_path):
    path = tmp_path / "job.md"
    original = b"\xef\xbb\xbf# Lead\r\n\r\nWe want a rockstar.  \r\nTabs\there stay.\r\n"
    path.write_bytes(original)
    report, _ = _report(path)
    out = io.StringIO()
    after = fix_report(report, CONFIG, diff_only=False, out=out)
    assert path.read_bytes() == original.replace(b"rockstar", b"expert")
    assert after.diagnostics == []
    assert out.getvalue() == ""
    # Second run: nothing left to fix, the file is byte-identical.
    report2, _ = _report(path)
    fix_report(report2, CONFIG, diff_only=False, out=out)
    assert path.read_bytes() == original.replace(b"rockstar", b"expert")


def test_latin1_file_keeps_its_encoding(tmp_path):
    path = tmp_path / "puesto.txt"
    original = "Buscamos un señor dev. Café incluido.\n".encode("cp1252")
    path.write_bytes(original)
    report, _ = _report(path)
    fix_report(report, CONFIG, diff_only=False, out=io.StringIO())
    assert path.read_bytes() == "Buscamos un senior developer. Café incluido.\n".encode("cp1252")


def test_utf16_big_endian_keeps_byte_order(tmp_path):
    path = tmp_path / "job.md"
    original = b"\xfe\xff" + "# Lead\n\nA ninja.\n".encode("utf-16-be")
    path.write_bytes(original)
    report, _ = _report(path)
    fix_report(report, CONFIG, diff_only=False, out=io.StringIO())
    assert path.read_bytes() == b"\xfe\xff" + "# Lead\n\nA specialist.\n".encode("utf-16-be")


def test_diff_only_prints_patch_and_writes_nothing(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # patch headers name files relative to the current folder
    path = tmp_path / "job.md"
    path.write_bytes(b"# Lead\n\nA ninja.\n")
    report, _ = _report(path)
    out = io.StringIO()
    after = fix_report(report, CONFIG, diff_only=True, out=out)
    assert path.read_bytes() == b"# Lead\n\nA ninja.\n"
    assert out.getvalue() == "--- a/job.md\n+++ b/job.md\n@@ -1,3 +1,3 @@\n # Lead\n \n-A ninja.\n+A specialist.\n"
    assert [d.code for d in after.diagnostics] == ["TST001"]  # still there: nothing was written


class NoFix(Rule):
    """A finding without a fix: it survives --fix."""

    code: str = "TST002"
    name: str = "no-fix"
    summary: str = "Test rule."

    def check(self, posting, ctx):
        i = posting.source.find("synergy")
        if i >= 0:
            yield self.diagnostic(posting, i, i + 7, "Say what you mean.")


def test_remaining_findings_are_reported(tmp_path):
    # A finding without a fix survives --fix and is what the run reports.
    rules = [Swap(), NoFix()]
    config = parse_config({"select": ["TST"]})
    path = tmp_path / "job.md"
    path.write_text("# Lead\n\nA ninja with synergy.\n", encoding="utf-8")
    linter = Linter(config, rules=rules)
    report = Report(results=[linter.lint_file(path)])
    import postlint.engine.linter as linter_module

    original = linter_module.Linter.__init__
    linter_module.Linter.__init__ = lambda self, c=None, rules=None: original(self, c, rules=[Swap(), NoFix()])
    try:
        after = fix_report(report, config, diff_only=False, out=io.StringIO())
    finally:
        linter_module.Linter.__init__ = original
    assert path.read_text(encoding="utf-8") == "# Lead\n\nA specialist with synergy.\n"
    assert [(d.code, d.line, d.column) for d in after.diagnostics] == [("TST002", 3, 19)]


def test_atomic_write_leaves_no_temp_file_and_keeps_mode(tmp_path):
    path = tmp_path / "job.md"
    path.write_bytes(b"# Lead\n\nA ninja.\n")
    path.chmod(0o640)
    report, _ = _report(path)
    fix_report(report, CONFIG, diff_only=False, out=io.StringIO())
    assert sorted(p.name for p in tmp_path.iterdir()) == ["job.md"]
    assert path.stat().st_mode & 0o777 == 0o640


def test_stdin_result_prints_fixed_text(tmp_path):
    linter = Linter(CONFIG, rules=[Swap()])
    report = Report(results=[linter.lint_file("-", text="# Lead\n\nA ninja.\n")])
    out = io.StringIO()
    fix_report(report, CONFIG, diff_only=False, out=out)
    assert out.getvalue() == "# Lead\n\nA specialist.\n"


def test_symlink_is_kept_and_its_target_fixed(tmp_path):
    real = tmp_path / "real.md"
    real.write_bytes(b"# Lead\n\nA ninja.\n")
    link = tmp_path / "link.md"
    link.symlink_to("real.md")
    report, _ = _report(link)
    after = fix_report(report, CONFIG, diff_only=False, out=io.StringIO())
    assert link.is_symlink() and link.readlink() == Path("real.md")
    assert real.read_bytes() == b"# Lead\n\nA specialist.\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.md", "real.md"]
    assert (after.errors, after.diagnostics) == ([], [])


def test_hard_linked_file_is_fixed_in_place_for_every_name(tmp_path):
    first = tmp_path / "first.md"
    first.write_bytes(b"# Lead\n\nA ninja.\n")
    second = tmp_path / "second.md"
    os.link(first, second)
    report, _ = _report(first)
    fix_report(report, CONFIG, diff_only=False, out=io.StringIO())
    assert first.read_bytes() == second.read_bytes() == b"# Lead\n\nA specialist.\n"
    assert first.stat().st_ino == second.stat().st_ino and first.stat().st_nlink == 2


def test_read_only_file_is_refused_and_keeps_its_findings(tmp_path, capsys):
    # Root may write any file, but a file without a single write bit is read-only on purpose.
    path = tmp_path / "job.md"
    path.write_bytes(b"# Lead\n\nA ninja.\n")
    path.chmod(0o444)
    report, _ = _report(path)
    after = fix_report(report, CONFIG, diff_only=False, out=io.StringIO())
    assert path.read_bytes() == b"# Lead\n\nA ninja.\n"
    assert path.stat().st_mode & 0o777 == 0o444
    assert after.errors == [f"{path}: not fixed: the file is read-only"]
    assert [(d.code, d.line, d.column, d.fix.replacement) for d in after.diagnostics] == [("TST001", 3, 3, "specialist")]
    assert after.exit_code(CONFIG) == 2
    assert capsys.readouterr().err == ""  # nothing was fixed


def test_file_the_user_cannot_write_is_refused(tmp_path, monkeypatch):
    # What a non-root user sees for a file owned by someone else: the OS says no.
    import postlint.engine.fix_write

    path = tmp_path / "job.md"
    path.write_bytes(b"# Lead\n\nA ninja.\n")
    monkeypatch.setattr(postlint.engine.fix_write.os, "access", lambda p, mode: False)
    report, _ = _report(path)
    after = fix_report(report, CONFIG, diff_only=False, out=io.StringIO())
    assert after.errors == [f"{path}: not fixed: the file is read-only"]
    assert path.read_bytes() == b"# Lead\n\nA ninja.\n"


def test_failed_write_keeps_findings(tmp_path, monkeypatch):
    import postlint.engine.fixer

    def refuse(path, data):
        raise PermissionError(13, "Permission denied")

    path = tmp_path / "job.md"
    path.write_bytes(b"# Lead\n\nA ninja and a rockstar.\n")
    monkeypatch.setattr(postlint.engine.fixer, "write_atomic", refuse)
    report, _ = _report(path)
    after = fix_report(report, CONFIG, diff_only=False, out=io.StringIO())
    assert after.errors == [f"{path}: cannot write fix: Permission denied"]
    assert [(d.line, d.column, d.message) for d in after.diagnostics] == [(3, 3, "Use specialist."), (3, 15, "Use expert.")]
    assert after.results[0].posting is not None  # the full format can still show the lines


def test_fix_says_how_many_findings_it_fixed(tmp_path, capsys):
    a, b = tmp_path / "a.md", tmp_path / "b.md"
    a.write_text("# Lead\n\nA ninja with synergy.\n", encoding="utf-8")
    b.write_text("# Lead\n\nA rockstar and a ninja.\n", encoding="utf-8")
    config = parse_config({"select": ["TST"]})
    linter = Linter(config, rules=[Swap(), NoFix()])
    report = Report(results=[linter.lint_file(a), linter.lint_file(b)])
    fix_report(report, config, diff_only=True, out=io.StringIO())
    assert capsys.readouterr().err == "Would fix 3 findings.\n"
    import postlint.engine.linter as linter_module

    original = linter_module.Linter.__init__
    linter_module.Linter.__init__ = lambda self, c=None, rules=None: original(self, c, rules=[Swap(), NoFix()])
    try:
        fix_report(report, config, diff_only=False, out=io.StringIO())
    finally:
        linter_module.Linter.__init__ = original
    assert capsys.readouterr().err == "Fixed 3 findings (1 remaining).\n"


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="only root can give a file to another user")
def test_root_keeps_the_file_owner(tmp_path):
    path = tmp_path / "job.md"
    path.write_bytes(b"# Lead\n\nA ninja.\n")
    os.chown(path, 12345, 54321)
    report, _ = _report(path)
    fix_report(report, CONFIG, diff_only=False, out=io.StringIO())
    assert path.read_bytes() == b"# Lead\n\nA specialist.\n"
    assert (path.stat().st_uid, path.stat().st_gid) == (12345, 54321)
