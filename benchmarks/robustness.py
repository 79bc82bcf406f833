"""Does lint time grow linearly with input size? Times the default rules on 1x, 4x, 16x a posting.

    python benchmarks/robustness.py [--base examples/cto.md] [--sizes 1,4,16] [--format markdown]
    python benchmarks/robustness.py --hostile [--scale 1.0]

The posting is repeated (each copy's title demoted to a section) so the text
stays realistic; a lint is linear when seconds / size stays flat.

``--hostile`` runs ``postlint check`` (a fresh process, cache off, as a user
would) on inputs shaped to be slow — one 3-million-letter word, 3 MB without a
space, one 2 MB line, 100,000 headings, a 100,000-item list, 2 MB of acronyms — in each format
where the shape makes sense, and prints wall and CPU seconds and peak memory.
No input under the 10 MB limit may take more than 10 s.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def scaled(text: str, times: int, fmt: str) -> str:
    """``text`` repeated ``times`` times; Markdown titles after the first become H2 sections."""
    if fmt == "markdown":
        rest = re.sub(r"(?m)^# ", "## ", text)
        return text + "\n" + "\n".join([rest] * (times - 1)) if times > 1 else text
    return "\n".join([text] * times)


def hostile_shapes(scale: float = 1.0) -> list[tuple[str, str, str]]:
    """(label, file name, text) of the slow shapes; ``scale`` shrinks them for a quick look."""
    n = lambda count: max(1, int(count * scale))  # noqa: E731
    word = "a" * n(3_000_000)
    nospace = "alpha.beta-gamma," * n(180_000)
    line = " ".join(["We build data pipelines for our customers every day."] * n(40_000))
    headings = "".join(f"## Heading {i}\n\n" for i in range(n(100_000)))
    items = "".join(f"- Build pipeline number {i}\n" for i in range(n(100_000)))
    text_items = "".join(f"• Build pipeline number {i}\n" for i in range(n(100_000)))
    html_items = "".join(f"<li>Build pipeline number {i}</li>" for i in range(n(100_000)))
    # Acronyms and capitalised names on one skills line: each is looked up as a long form and a list of names.
    acronyms = "Foo Bar Baz, QXZ, JKV and WRT; " * n(64_000)
    return [
        ("one 3M-letter word", "word.md", f"# Title\n\n{word}\n"),
        ("one 3M-letter word", "word.txt", f"Title\n\n{word}\n"),
        ("3 MB without a space", "nospace.md", f"# Title\n\n{nospace}\n"),
        ("one 2 MB line", "line.md", f"# Title\n\n{line}\n"),
        ("one 2 MB line", "line.html", f"<h1>Title</h1><p>{line}</p>"),
        ("100,000 headings", "headings.md", f"# Title\n\n{headings}"),
        ("100,000-item list", "list.md", f"# Title\n\n## Responsibilities\n\n{items}"),
        ("100,000-item list", "list.txt", f"Title\n\nResponsibilities:\n{text_items}"),
        ("100,000-item list", "list.html", f"<h1>Title</h1><h2>Responsibilities</h2><ul>{html_items}</ul>"),
        ("2 MB of acronyms", "acronyms.md", f"# Title\n\n## Skills\n\n- {acronyms}\n"),
    ]


def run_hostile(scale: float) -> int:
    import os
    import subprocess
    import tempfile

    print(f"{'shape':<22} {'file':<12} {'MB':>5} {'wall s':>7} {'cpu s':>6} {'peak MB':>8}  exit")
    worst = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        for label, name, text in hostile_shapes(scale):
            path = Path(tmp) / name
            path.write_text(text, encoding="utf-8")
            cmd = [sys.executable, "-m", "postlint", "check", "--no-cache", "--jobs", "1", "--format", "concise", str(path)]
            started = time.perf_counter()
            proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            _, status, usage = os.wait4(proc.pid, 0)
            wall = time.perf_counter() - started
            worst = max(worst, wall)
            cpu = usage.ru_utime + usage.ru_stime
            mb = len(text.encode()) / 2**20
            code = os.waitstatus_to_exitcode(status)
            print(f"{label:<22} {name:<12} {mb:>5.1f} {wall:>7.2f} {cpu:>6.2f} {usage.ru_maxrss / 1024:>8.0f}  {code}", flush=True)
    print(f"worst case: {worst:.2f} s wall")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", default=str(ROOT / "examples" / "cto.md"))
    parser.add_argument("--sizes", default="1,4,16")
    parser.add_argument("--format", default=None, help="markdown, text, html or jsonld (default: by extension)")
    parser.add_argument("--select", default=None, help="comma-separated rule selectors (default: the default rules)")
    parser.add_argument("--hostile", action="store_true", help="time the slow shapes (long words, giant lines, 100,000 headings)")
    parser.add_argument("--scale", type=float, default=1.0, help="with --hostile: shrink the shapes (0.1 for a quick look)")
    args = parser.parse_args(argv)
    if args.hostile:
        return run_hostile(args.scale)

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
