"""Baselines: record today's findings so a repository can adopt postlint without a flag day.

A finding is identified by a content fingerprint, not its line number: the
rule, the file, the flagged text and the text of the line it sits on (both
with whitespace folded). Editing a posting above a known finding moves it but
keeps its fingerprint; editing the flagged line itself makes it new. Equal
fingerprints in one file are told apart by their order, so a baseline that
knew two "rockstar"s still flags a third.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from pathlib import Path, PurePath

from postlint.engine.report import FileResult, Report
from postlint.errors import InputError
from postlint.model.diagnostic import Diagnostic

VERSION = 1
_WS = re.compile(r"\s+")


def _fold(text: str) -> str:
    return _WS.sub(" ", text).strip()


def _norm_path(path: str) -> str:
    return PurePath(path).as_posix() if path != "-" else path


def fingerprints(result: FileResult) -> list[str]:
    """One stable fingerprint per diagnostic of ``result``, in the same order."""
    source = result.source or ""
    seen: Counter[str] = Counter()
    out: list[str] = []
    for d in result.diagnostics:
        base = _content_key(d, source)
        seen[base] += 1
        # The occurrence number keeps identical findings apart (GitLab needs unique fingerprints).
        out.append(hashlib.sha256(f"{base}\0{seen[base]}".encode("utf-8", "surrogatepass")).hexdigest()[:32])
    return out


def _content_key(d: Diagnostic, source: str) -> str:
    flagged = _fold(source[d.start : d.end]) if source else ""
    line = ""
    if source:
        line_start = source.rfind("\n", 0, d.start) + 1
        line_end = source.find("\n", d.start)
        line = _fold(source[line_start : line_end if line_end >= 0 else len(source)])
    return "\0".join((_norm_path(d.path), d.code, flagged, line))


def write_baseline(path: Path, report: Report) -> None:
    """Write every current finding of ``report`` to ``path`` (JSON, sorted, stable across runs)."""
    entries = []
    for result in report.results:
        for d, fp in zip(result.diagnostics, fingerprints(result), strict=True):
            entries.append({"path": _norm_path(d.path), "code": d.code, "fingerprint": fp, "message": d.message})
    entries.sort(key=lambda e: (e["path"], e["code"], e["fingerprint"]))
    data = {"postlint-baseline": VERSION, "findings": entries}
    # A file name the file system could not decode (a lone surrogate) is written as its JSON
    # escape: the file stays valid UTF-8 (jq, GitLab) and reads back to the same name.
    path.write_bytes((json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode("utf-8", "backslashreplace"))


def read_baseline(path: Path) -> set[str]:
    """The fingerprints recorded in a baseline file; a bad file is an input error naming it."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or data.get("postlint-baseline") != VERSION:
            raise ValueError("not a postlint baseline (version 1)")
        return {str(e["fingerprint"]) for e in data["findings"]}
    except FileNotFoundError:
        raise InputError(f"{path}: baseline file not found") from None
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError) as exc:
        raise InputError(f"{path}: invalid baseline: {exc}") from None


def filter_baseline(path: Path, report: Report) -> Report:
    """A copy of ``report`` without the findings recorded in the baseline at ``path``."""
    known = read_baseline(path)
    out = Report(timings=report.timings)
    for result in report.results:
        kept = [d for d, fp in zip(result.diagnostics, fingerprints(result), strict=True) if fp not in known]
        out.results.append(FileResult(result.path, kept, error=result.error, posting=result.posting))
    return out
