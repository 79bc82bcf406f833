"""Does lint time grow linearly with input size? Times the default rules on 1x, 4x, 16x a posting.

    python benchmarks/robustness.py [--base examples/cto.md] [--sizes 1,4,16] [--format markdown]

The posting is repeated (each copy's title demoted to a section) so the text
stays realistic; a lint is linear when seconds / size stays flat.
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", default=str(ROOT / "examples" / "cto.md"))
    parser.add_argument("--sizes", default="1,4,16")
    parser.add_argument("--format", default=None, help="markdown, text, html or jsonld (default: by extension)")
    parser.add_argument("--select", default=None, help="comma-separated rule selectors (default: the default rules)")
    args = parser.parse_args(argv)

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
