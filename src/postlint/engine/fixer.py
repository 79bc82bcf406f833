"""Applying fixes: only the single replacements rules mark as always safe.

``postlint check --fix`` rewrites files in place (atomically, keeping their
encoding, BOM and line endings, touching no byte outside a fixed span);
``--diff`` prints the patch instead. Fixing runs to a fixed point, so a second
run changes nothing.
"""

from __future__ import annotations

import difflib
import os
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from postlint.engine.fix_write import encode_like, fix_target, write_atomic
from postlint.engine.rule import counted
from postlint.errors import PostlintError
from postlint.model.diagnostic import Diagnostic, Fix

if TYPE_CHECKING:  # pragma: no cover
    from postlint.engine.config import Config
    from postlint.engine.linter import Linter
    from postlint.engine.report import FileResult, Report

# A fix that makes another fix possible needs another pass; a rule that keeps
# proposing fixes must not loop forever.
MAX_PASSES = 10


def apply_fixes(text: str, diagnostics: Iterable[Diagnostic]) -> tuple[str, int]:
    """Apply every non-overlapping fix; return the new text and how many were applied.

    Fixes are applied from the end of the text backwards so offsets stay valid;
    of two overlapping fixes the one starting first wins (the longer one when
    they start together: "rockstar ninja" over "rockstar") and the other is
    reconsidered on the next pass. Bytes outside the fixed spans are never touched.
    """
    fixes: list[Fix] = sorted({d.fix for d in diagnostics if d.fix is not None}, key=lambda f: (f.start, -f.end))
    chosen: list[Fix] = []
    for fix in fixes:
        if chosen and fix.start < chosen[-1].end:
            continue
        if 0 <= fix.start <= fix.end <= len(text) and text[fix.start : fix.end] != fix.replacement:
            chosen.append(fix)
    for fix in reversed(chosen):
        text = text[: fix.start] + fix.replacement + text[fix.end :]
    return text, len(chosen)


def fix_to_fixpoint(
    linter: Linter, text: str, *, path: str, format: str | None, found: list[Diagnostic] | None = None  # noqa: A002
) -> tuple[str, int, list[Diagnostic]]:
    """Fix, re-lint, repeat until nothing changes; return the text, fixes applied, what remains."""
    total = 0
    diagnostics = found if found is not None else linter.lint_text(text, path=path, format=format)
    for _ in range(MAX_PASSES):
        text, applied = apply_fixes(text, diagnostics)
        if not applied:
            break
        total += applied
        diagnostics = linter.lint_text(text, path=path, format=format)
    return text, total, diagnostics


def fix(text: str, *, path: str = "-", format: str | None = None, config: Config | None = None) -> str:  # noqa: A002
    """Return ``text`` with every safe fix applied (repeatedly, until none is left to apply).

    >>> import postlint
    >>> postlint.fix("# Data Engineer\\n\\nYou will build pipelines.\\n")
    '# Data Engineer\\n\\nYou will build pipelines.\\n'
    """
    from postlint.engine.linter import Linter

    return fix_to_fixpoint(Linter(config), text, path=path, format=format)[0]


# -- files -----------------------------------------------------------------


def _patch_path(path: str) -> str:
    """A path as patch headers name it: relative to the current folder when inside it, no doubled slash."""
    if path != "-" and os.path.isabs(path):
        relative = os.path.relpath(path)
        path = relative if not relative.startswith("..") else path.lstrip("/")
    return path


def _diff(path: str, before: str, after: str, *, bom: bool = False) -> str:
    """A unified diff that ``git apply`` takes; ``bom`` keeps a UTF-8 BOM on the first line, as in the file."""
    if bom:
        before, after = "\ufeff" + before, "\ufeff" + after
    name = _patch_path(path)
    lines = difflib.unified_diff(
        before.splitlines(keepends=True), after.splitlines(keepends=True), fromfile=f"a/{name}", tofile=f"b/{name}"
    )
    out = []
    for line in lines:
        out.append(line if line.endswith(("\n", "\r")) else line + "\n\\ No newline at end of file\n")
    return "".join(out)


def _fix_file(linter: Linter, result: FileResult, *, diff_only: bool, out: TextIO, stdin: bool = False) -> tuple[FileResult, int]:
    """Fix one file (or print its patch); return what remains and how many fixes were applied."""
    from postlint.engine.report import FileResult
    from postlint.readers.source import read_source

    posting = result.posting
    if result.error or posting is None or not any(d.fix for d in result.diagnostics):
        return result, 0
    path = Path(result.path)
    # Text from stdin (even under --stdin-filename naming a real file) is printed fixed, never written.
    from_file = not stdin and result.path != "-" and path.is_file()
    src = read_source(path) if from_file else None
    if src is not None and src.text != posting.source:
        raise PostlintError(f"{result.path}: not fixed: the file changed while it was being linted")
    fixed, applied, remaining = fix_to_fixpoint(
        linter, posting.source, path=result.path, format=posting.format, found=result.diagnostics
    )
    if not applied:
        return result, 0
    new_posting = linter.parse(fixed, path=result.path, format=posting.format)
    if diff_only:
        # A symlink's patch names its target: that is the file git (and --fix) change.
        name = str(path.resolve()) if from_file and path.is_symlink() else result.path
        out.write(_diff(name, posting.source, fixed, bom=src is not None and src.encoding == "utf-8-sig"))
        return result, applied  # nothing was written: the findings still stand
    if not from_file:
        out.write(fixed)  # stdin in, fixed text out (as ruff does)
        return FileResult(result.path, remaining, posting=new_posting), applied
    assert src is not None
    target = fix_target(path)  # a symlink's target; a read-only file raises
    original = target.read_bytes()
    try:
        # Refuse to write when decoding did not round-trip: we would change bytes we did not fix.
        if encode_like(src.text, original, src.encoding) != original:
            raise UnicodeError("the file does not round-trip through its encoding")
        data = encode_like(fixed, original, src.encoding)
    except UnicodeError as exc:
        print(f"postlint: warning: {result.path}: not fixed: cannot keep its {src.encoding} encoding ({exc})", file=sys.stderr)
        return result, 0
    write_atomic(target, data)
    return FileResult(result.path, remaining, posting=new_posting), applied


def fix_report(
    report: Report,
    config: Config,
    *,
    diff_only: bool = False,
    out: TextIO = sys.stdout,
    err: TextIO | None = None,
    stdin: bool = False,
) -> Report:
    """Fix every file of ``report`` (or print the patches with ``diff_only``); return what remains.

    Says how many findings were fixed on ``err`` (stderr), as ruff does. A file
    that cannot be written keeps its findings, with the error beside them. With
    ``stdin`` the texts came from standard input: they are printed fixed, and no
    file is written, whatever ``--stdin-filename`` names.
    """
    from postlint.engine.linter import Linter
    from postlint.engine.report import Report

    if not any(d.fix for d in report.diagnostics):
        return report
    linter = Linter(config)
    linter.timings = report.timings
    fixed = Report(timings=report.timings)
    total = 0
    for result in report.results:
        try:
            after, applied = _fix_file(linter, result, diff_only=diff_only, out=out, stdin=stdin)
        except PostlintError as exc:
            after, applied = type(result)(result.path, result.diagnostics, error=str(exc), posting=result.posting), 0
        except OSError as exc:
            message = f"{result.path}: cannot write fix: {exc.strerror or exc}"
            after, applied = type(result)(result.path, result.diagnostics, error=message, posting=result.posting), 0
        fixed.results.append(after)
        total += applied
    if total and diff_only:
        print(f"Would fix {counted(total, 'finding')}.", file=err or sys.stderr)
    elif total:
        print(f"Fixed {counted(total, 'finding')} ({len(fixed.diagnostics)} remaining).", file=err or sys.stderr)
    return fixed
