"""--timings separates the phases; a regex-only selection never imports spaCy; the progress bar stays out of pipes."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

from postlint.cli.main import main
from postlint.run.progress import Progress, wanted

ROOT = Path(__file__).resolve().parents[1]
POSTING = "# Rockstar Developer\n\n## About the role\n\nHe will own the platform. The work is hard.\n"


def phases(err: str) -> list[str]:
    lines = err.split("rule ", 1)[0].splitlines()[1:]
    return [line.split()[0] for line in lines]


def test_timings_separate_the_phases(tmp_path, capsys):
    f = tmp_path / "job.md"
    f.write_text(POSTING, encoding="utf-8")
    main(["check", str(f), "--timings", "--no-cache", "--format", "concise", "--select", "STR001,INC001,INC003,INC008,INC009,INC010,READ001"])
    out, err = capsys.readouterr()
    assert "INC" in out and err.startswith("phase ")
    assert phases(err) == ["read", "parse", "nlp", "rules", "suppress", "format"]
    rule_lines = err.split("rule ", 1)[1].splitlines()[1:]
    assert {line.split()[0] for line in rule_lines} >= {"STR001", "READ001"}
    assert all(line.rstrip().endswith("%") for line in rule_lines)


def test_regex_only_selection_never_imports_spacy(tmp_path):
    f = tmp_path / "job.md"
    f.write_text(POSTING, encoding="utf-8")
    script = (
        "import sys\n"
        "from postlint.cli.main import main\n"
        f"code = main(['check', {str(f)!r}, '--select', 'STR001', '--no-cache', '--timings'])\n"
        "heavy = sorted(m for m in ('spacy', 'textstat', 'thinc') if m in sys.modules)\n"
        "print('HEAVY', heavy, code)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60, cwd=tmp_path)
    assert "HEAVY [] 0" in done.stdout, done.stdout + done.stderr
    assert phases(done.stderr) == ["read", "parse", "rules", "suppress", "format"]  # no nlp phase at all


def test_progress_only_on_an_interactive_terminal(monkeypatch):
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.delenv("CI", raising=False)
    monkeypatch.delenv("TERM", raising=False)
    assert wanted(Tty(), stdout=Tty())
    assert not wanted(Tty(), stdout=io.StringIO())  # stdout piped
    assert not wanted(io.StringIO(), stdout=Tty())  # stderr piped
    monkeypatch.setenv("CI", "true")
    assert not wanted(Tty(), stdout=Tty())


def test_progress_bar_draws_then_clears():
    stream = io.StringIO()
    bar = Progress(stream, delay=0.0)
    bar.start(4)
    bar.advance(4)
    assert "[" + "#" * 28 + "] 4/4 postings" in stream.getvalue()
    bar.finish()
    assert stream.getvalue().endswith("\r\033[K")
    quiet = io.StringIO()
    slow = Progress(quiet)  # a run shorter than the delay draws nothing
    slow.start(2)
    slow.advance(2)
    slow.finish()
    assert quiet.getvalue() == ""


def test_the_phases_benchmark_reports_each_phase_and_the_costliest_rules(tmp_path):
    import re
    import shutil

    root = Path(__file__).resolve().parents[1]
    for name in ("a.md", "b.md"):
        shutil.copyfile(root / "examples" / "cto.md", tmp_path / name)
    done = subprocess.run(
        [sys.executable, str(root / "benchmarks" / "phases.py"), str(tmp_path), "--rounds", "1", "--top", "3"],
        capture_output=True, text=True, timeout=300, check=True,
    )
    head, phases, first, rules = done.stdout.splitlines()
    assert head == f"2 postings in {tmp_path}, best of 1 rounds, ms per posting:"
    assert re.fullmatch(r"  total [\d.]+   parse [\d.]+   nlp [\d.]+   rules [\d.]+   suppress [\d.]+", phases)
    assert re.fullmatch(r"  first round [\d.]+   parse [\d.]+   nlp [\d.]+   rules [\d.]+   suppress [\d.]+", first)
    assert re.fullmatch(r"  costliest rules: (?:[A-Z]+\d{3} [\d.]+  ){2}[A-Z]+\d{3} [\d.]+", rules)
