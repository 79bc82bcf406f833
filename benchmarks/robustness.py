"""Does lint time grow linearly with input size? Times the default rules on 1x, 4x, 16x a posting.

    python benchmarks/robustness.py [--base examples/cto.md] [--sizes 1,4,16] [--format markdown]
    python benchmarks/robustness.py --hostile [--size 1MB]

The posting is repeated (each copy's title demoted to a section) so the text
stays realistic; a lint is linear when seconds / size stays flat.

``--hostile`` runs ``postlint check`` (a fresh process, cache off, as a user
would) on inputs shaped to be slow, each just under the posting size limit
(``max-posting-size``, 1 MB by default) — one word the size of the file, text
without a space, one giant line, tens of thousands of headings or list items,
acronyms on one line, long runs of blanks or of one symbol (apostrophes,
backticks, dollar signs, brackets), and a long real posting — in each format where the
shape makes sense, then a file just under the 10 MB read limit, which is
refused; it prints wall and CPU seconds and peak memory. No input may take
more than 10 s. ``--size 3MB`` builds bigger shapes and raises the limit to lint them.
"""

from __future__ import annotations

import argparse
import itertools
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def scaled(text: str, times: int, fmt: str) -> str:
    """``text`` repeated ``times`` times; Markdown titles after the first become H2 sections."""
    if fmt == "markdown":
        rest = re.sub(r"(?m)^# ", "## ", text)
        return text + "\n" + "\n".join([rest] * (times - 1)) if times > 1 else text
    return "\n".join([text] * times)


def _fill(unit: str | Callable[[int], str], size: int) -> str:
    """``unit`` (a string, or a function of a counter) repeated until the text is ``size`` UTF-8 bytes at most."""
    parts: list[str] = []
    total = 0
    for i in itertools.count():
        piece = unit(i) if callable(unit) else unit
        total += len(piece.encode())
        if total > size:
            return "".join(parts)
        parts.append(piece)
    raise AssertionError("unreachable")


def hostile_shapes(size: int) -> list[tuple[str, str, str]]:
    """(label, file name, text) of the slow shapes, each just under ``size`` bytes."""
    room = size - 64  # the title and the heading around each shape
    word = "a" * room
    nospace = _fill("alpha.beta-gamma,", room)
    line = _fill("We build data pipelines for our customers every day. ", room)
    headings = _fill(lambda i: f"## Heading {i}\n\n", room)
    items = _fill(lambda i: f"- Build pipeline number {i}\n", room)
    text_items = _fill(lambda i: f"• Build pipeline number {i}\n", room)
    html_items = _fill(lambda i: f"<li>Build pipeline number {i}</li>", room)
    caps = _fill(lambda i: f"- 3-5 years of experience with tool {i}\n", room)
    # Acronyms and capitalised names on one skills line: each is looked up as a long form and a list of names.
    acronyms = _fill("Foo Bar Baz, QXZ, JKV and WRT; ", room)
    # Distinct acronyms 300 blanks apart: each is judged as an item of a list within 300 characters either side.
    spaced = _fill(lambda i: "".join("QXZJKV"[i // 6**k % 6] for k in range(5)) + " " * 300, room)
    posting = (ROOT / "examples" / "cto.md").read_text(encoding="utf-8")
    ordinary = posting + _fill("\n" + re.sub(r"(?m)^# ", "## ", posting), room - len(posting.encode()))
    # Long runs of one character, which a pattern with a run and a choice after it can retry from
    # every position of the run: blanks inside a paragraph, a heading and a header line; symbols.
    blanks = _fill("We pay" + " " * 5000 + "well. ", room)
    count = lambda text, mark: f"{text.count(mark):,}"  # noqa: E731
    return [
        (f"one {len(word):,}-letter word", "word.md", f"# Title\n\n{word}\n"),
        (f"one {len(word):,}-letter word", "word.txt", f"Title\n\n{word}\n"),
        ("no space at all", "nospace.md", f"# Title\n\n{nospace}\n"),
        ("one line", "line.md", f"# Title\n\n{line}\n"),
        ("one line", "line.html", f"<h1>Title</h1><p>{line}</p>"),
        (f"{count(headings, '##')} headings", "headings.md", f"# Title\n\n{headings}"),
        (f"{count(items, '- ')}-item list", "list.md", f"# Title\n\n## Responsibilities\n\n{items}"),
        (f"{count(text_items, '•')}-item list", "list.txt", f"Title\n\nResponsibilities:\n{text_items}"),
        # A finding in every item: each is a diagnostic to build, sort and print (an experience cap per line).
        (f"{count(caps, '- ')} capped items", "caps.md", f"# Title\n\n## Requirements\n\n{caps}"),
        (f"{count(html_items, '<li>')}-item list", "list.html", f"<h1>Title</h1><h2>Responsibilities</h2><ul>{html_items}</ul>"),
        ("acronyms on one line", "acronyms.md", f"# Title\n\n## Skills\n\n- {acronyms}\n"),
        ("acronyms 300 blanks apart", "spaced.md", f"# Title\n\n## Skills\n\nExperience with {spaced}tools.\n"),
        ("runs of 5,000 blanks", "blanks.md", f"# Title\n\n{blanks}\n"),
        ("runs of 5,000 blanks", "blanks.txt", f"Title\nAcme · London\n\nSalary:\t{blanks}\n"),
        # A line of blanks under a mail's header: the job alert's pattern tried every blank as where its words start.
        ("blanks under a mail header", "mail.txt", f"From: jobs@example.com\nSubject: Title\n\nTitle\n\n{' ' * room}x\n"),
        # A line of digits: a forum comment's byline gave the number back digit by digit for each length of its name.
        ("a line of digits", "digits.txt", f"Title\n\nWe build.\n\n{'1' * room}\n"),
        ("blanks in a heading", "heading.txt", f"Title\n\n#### A{' ' * room}x\n"),
        # One run in a requirement that names a degree: the degree rules look at how its item ends.
        ("blanks in a list item", "item.md", f"# Title\n\n## Requirements\n\n- Bachelor's degree{' ' * room}x\n- SQL\n"),
        # And in a physical requirement beside a driving licence: the licence clause is cut from it.
        ("blanks after a licence", "licence.md", f"# Title\n\n## Requirements\n\n- A driver's licence\n- Lift 50 lbs{' ' * room}x\n"),
        # A run of digits in a commission's sentence: the percent pattern was tried from every digit of it.
        ("digits after commission", "digits.md", f"# Title\n\nWe pay commission on every sale of {'1' * room} units.\n"),
        # A paragraph of short sentences with a pronoun in each: each pronoun's sentence was found from the paragraph's start.
        ("a pronoun in every sentence", "pronouns.txt", f"Engineer\n\nThe Engineer will lead the team. {_fill('She will help. ', room - 40)}\n"),
        # One sentence listing thousands of pay-history items: each was checked against its sentence from its start.
        ("a sentence of salaries", "history.md", f"# Title\n\nSend {_fill(', and current salary', room - 16)}.\n"),
        ("one run of apostrophes", "quotes.md", f"# Title\n\nWe pay {chr(39) * room} well.\n"),
        ("one run of backticks", "ticks.md", f"# Title\n\nWe pay {'`' * room} well.\n"),
        ("one run of dollar signs", "dollars.txt", f"Title\n\nWe pay {'$' * room} well.\n"),
        ("a title of brackets", "brackets.md", f"# Data {'(' * room} Engineer\n\nWe build.\n"),
        ("a long real posting", "ordinary.md", ordinary),
    ]


def run_hostile(size: int, extra: list[str]) -> int:
    import os
    import subprocess
    import tempfile

    from postlint.model.posting import MAX_BYTES
    from postlint.readers.source import human_size

    print(f"each shape just under {human_size(size)}; {' '.join(extra) or 'default options'}")
    print(f"{'shape':<26} {'file':<13} {'MB':>5} {'wall s':>7} {'cpu s':>6} {'peak MB':>8}  exit")
    worst = 0.0
    shapes = hostile_shapes(size)
    # A file just under the read limit, over the posting limit: refused before any work.
    shapes.append(("over the posting limit", "refused.md", "# Title\n\n" + _fill("Build pipelines. ", MAX_BYTES - 64)))
    with tempfile.TemporaryDirectory() as tmp:
        for label, name, text in shapes:
            path = Path(tmp) / name
            path.write_text(text, encoding="utf-8")
            cmd = [sys.executable, "-m", "postlint", "check", "--no-cache", "--jobs", "1", "--format", "concise", *extra, str(path)]
            started = time.perf_counter()
            proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            _, status, usage = os.wait4(proc.pid, 0)
            wall = time.perf_counter() - started
            worst = max(worst, wall)
            cpu = usage.ru_utime + usage.ru_stime
            mb = len(text.encode()) / 2**20
            code = os.waitstatus_to_exitcode(status)
            print(f"{label:<26} {name:<13} {mb:>5.2f} {wall:>7.2f} {cpu:>6.2f} {usage.ru_maxrss / 1024:>8.0f}  {code}", flush=True)
    print(f"worst case: {worst:.2f} s wall")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", default=str(ROOT / "examples" / "cto.md"))
    parser.add_argument("--sizes", default="1,4,16")
    parser.add_argument("--format", default=None, help="markdown, text, html or jsonld (default: by extension)")
    parser.add_argument("--select", default=None, help="comma-separated rule selectors (default: the default rules)")
    parser.add_argument("--hostile", action="store_true", help="time the slow shapes (long words, giant lines, 100,000 headings)")
    parser.add_argument("--size", default=None, help="with --hostile: the shapes' size, such as 512KB (default: the posting limit)")
    args = parser.parse_args(argv)
    if args.hostile:
        from postlint.model.posting import DEFAULT_POSTING_LIMIT
        from postlint.readers.source import parse_size

        size = parse_size(args.size) if args.size else DEFAULT_POSTING_LIMIT
        # Shapes over the default limit need the limit raised to be linted at all.
        extra = ["--max-posting-size", str(size)] if size > DEFAULT_POSTING_LIMIT else []
        return run_hostile(size, extra)

    from postlint.engine.config import Config
    from postlint.engine.linter import Linter
    from postlint.readers.source import format_for

    config = Config(select=args.select.split(",")) if args.select else Config()
    linter = Linter(config)
    base = Path(args.base).read_text(encoding="utf-8")
    fmt = format_for(args.base, args.format)
    linter.lint_text(base, path=args.base, format=fmt)  # warm up: spaCy and the rule packs load once
    print(f"{'size':>5} {'chars':>10} {'seconds':>9} {'µs/char':>8} {'findings':>8}")
    for times in (int(s) for s in args.sizes.split(",")):
        text = scaled(base, times, fmt)
        started = time.perf_counter()
        found = linter.lint_text(text, path=args.base, format=fmt)
        seconds = time.perf_counter() - started
        print(f"{times:>4}x {len(text):>10} {seconds:>9.2f} {seconds / len(text) * 1e6:>8.2f} {len(found):>8}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
