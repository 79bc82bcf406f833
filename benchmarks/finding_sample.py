"""A seeded random sample of warning/error findings over the outline set, for judging by hand.

    POSTLINT_CORPUS=../shared/corpus python benchmarks/finding_sample.py [--n 50] [--text 20] [--seed 16]

Lints every case of tests/outlines/ (fresh postings, corpus postings and their
plain-text conversions, made in memory) and prints a sample of its warning and
error findings, at least ``--text`` of them from plain-text postings, each
with its source line, so a reviewer can mark it right or wrong.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "outlines"))

import outline_set  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=50)
    parser.add_argument("--text", type=int, default=20, help="at least this many from plain-text postings")
    parser.add_argument("--seed", type=int, default=16)
    args = parser.parse_args()

    import postlint

    findings = []
    for case in outline_set.cases():
        ext = {"text": ".txt", "markdown": ".md", "html": ".html"}[case.format]
        path = case.name.replace(":", "--") + ext
        for d in postlint.lint(case.text, path=path):
            if d.severity in ("warning", "error"):
                lines = case.text.splitlines()
                source = lines[d.line - 1].strip() if 0 < d.line <= len(lines) else ""
                findings.append((case.format, path, d, source))
    rng = random.Random(args.seed)
    text = [f for f in findings if f[0] == "text"]
    other = [f for f in findings if f[0] != "text"]
    k_text = min(len(text), max(args.text, round(args.n * len(text) / max(1, len(findings)))))
    sample = rng.sample(text, k_text) + rng.sample(other, min(len(other), args.n - k_text))
    print(f"{len(findings)} warning/error findings ({len(text)} in plain text); sample of {len(sample)}, seed {args.seed}\n")
    for i, (fmt, path, d, source) in enumerate(sample, 1):
        print(f"{i:2}. [{fmt}] {path}:{d.line}:{d.column} {d.code} {d.severity}: {d.message}")
        print(f"    > {source[:160]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
