"""Outline accuracy on tests/outlines/: title, section kind and salary, per input format.

    POSTLINT_CORPUS=../shared/corpus python benchmarks/outline_accuracy.py [--misses] [--json]

Fresh postings (committed) are always scored; shared-corpus postings and their
plain-text conversions (made at run time by tests/outlines/convert.py) only
when the corpus is found. ``--by-group`` also splits plain text by shape.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "outlines"))

try:
    import outline_set  # noqa: E402
except ModuleNotFoundError as exc:  # the conversions and scoring need postlint and its dependencies
    raise SystemExit(
        f"outline_accuracy: {exc.name} is missing in this Python: install postlint first (pip install -e '.[test]')"
    ) from None


def table(result: dict, groups: bool) -> str:
    rows = [("format", "cases", "title", "section kind", "salary")]
    scores = result["groups"] if groups else result["formats"]
    for name in sorted(scores):
        s = scores[name]
        rows.append(
            (
                name,
                str(len(s.title)),
                f"{outline_set.Score.rate(s.title):.1%} ({sum(s.title)}/{len(s.title)})",
                f"{outline_set.Score.rate(s.kinds):.1%} ({sum(s.kinds)}/{len(s.kinds)})",
                f"{outline_set.Score.rate(s.salary):.1%} ({sum(s.salary)}/{len(s.salary)})",
            )
        )
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    return "\n".join("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list every wrong title, kind and salary")
    parser.add_argument("--by-group", action="store_true", help="split each format by source (fresh, corpus, conversion shape)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    result = outline_set.run()
    if args.json:
        print(json.dumps({
            name: {"cases": len(s.title), "title": outline_set.Score.rate(s.title), "kinds": outline_set.Score.rate(s.kinds),
                   "salary": outline_set.Score.rate(s.salary)}
            for name, s in (result["groups"] if args.by_group else result["formats"]).items()
        }, indent=2))
    else:
        print(table(result, args.by_group))
        if outline_set.corpus_dir() is None:
            print("(shared corpus not found: set POSTLINT_CORPUS to score corpus postings and their conversions)")
    if args.misses:
        for name, missed in sorted(result["misses"].items()):
            print(f"\n{name}")
            for miss in missed:
                print(f"  {miss}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
