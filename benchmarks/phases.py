"""Time per posting, phase by phase and rule by rule, after start-up: the speed issue's
"per-posting cost" in one process, without the noise of process start and workers.

    python benchmarks/phases.py [FOLDER] [--rounds 5] [--top 15]

Lints every posting of FOLDER (default: $POSTLINT_CORPUS/markdown) once (the
first round: every word new to the process, as in a worker linting distinct
postings), then ``--rounds`` more times with the default rules, and prints the
first round's and the best round's milliseconds per posting for the parse, spaCy and rules phases (the
``--timings`` phases, timed by the linter's own clock: one process on one core,
so CPU time when the core is idle) and the costliest rules. The best of several
rounds is the steadiest figure on a shared machine.

To compare two checkouts, alternate runs with each on ``PYTHONPATH``:

    PYTHONPATH=/path/to/old/src python benchmarks/phases.py; python benchmarks/phases.py
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PHASES = ("parse", "nlp", "rules", "suppress")


def main() -> int:
    default = Path(os.environ.get("POSTLINT_CORPUS", ROOT.parent / "shared" / "corpus")) / "markdown"
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=default)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--top", type=int, default=15, help="how many of the costliest rules to list")
    args = parser.parse_args()
    files = sorted(p for p in args.folder.rglob("*") if p.suffix in (".md", ".txt", ".html") and p.is_file())
    if not files:
        raise SystemExit(f"no postings under {args.folder} (set POSTLINT_CORPUS)")

    from postlint.engine.linter import Linter

    texts = [(str(f), f.read_text(encoding="utf-8", errors="replace")) for f in files]
    linter = Linter()
    linter.warm()
    linter.timings = defaultdict(float)
    for path, text in texts:  # every posting once: its words are new to the process (tokenizer, lemmas, syllables)
        linter.lint_file(path, text=text)
    first = dict(linter.timings)
    best: dict[str, float] = {}
    for _ in range(max(1, args.rounds)):
        linter.timings = defaultdict(float)
        for path, text in texts:
            linter.lint_file(path, text=text)
        total = sum(linter.timings[p] for p in PHASES)
        if not best or total < sum(best[p] for p in PHASES):
            best = dict(linter.timings)
    per = lambda seconds: 1000 * seconds / len(texts)  # noqa: E731 - ms per posting
    print(f"{len(texts)} postings in {args.folder}, best of {args.rounds} rounds, ms per posting:")
    print(f"  total {per(sum(best.get(p, 0.0) for p in PHASES)):.2f}   " + "   ".join(f"{p} {per(best.get(p, 0.0)):.2f}" for p in PHASES))
    # The first round meets every word for the first time, as a worker does with a
    # repository of distinct postings; later rounds find them in the memos.
    print(f"  first round {per(sum(first.get(p, 0.0) for p in PHASES)):.2f}   " + "   ".join(f"{p} {per(first.get(p, 0.0)):.2f}" for p in PHASES))
    rules = sorted(((v, k[5:]) for k, v in best.items() if k.startswith("rule ")), reverse=True)
    print("  costliest rules: " + "  ".join(f"{code} {per(v):.3f}" for v, code in rules[: args.top]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
