"""Dump every finding on a set of postings, to prove a speed-up changed no result.

    python benchmarks/dump.py OUT.json [PATH ...]     # default: $POSTLINT_CORPUS/{markdown,html} + examples/cto.md
    # ... change the code, dump again, then: cmp before.json after.json

Runs in-process with the cache off: the default rules and ``--select ALL``,
each finding as its JSON record, files in sorted order.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    if len(sys.argv) < 2:
        raise SystemExit(__doc__)
    out = Path(sys.argv[1])
    paths = [Path(p) for p in sys.argv[2:]]
    if not paths:
        corpus = Path(os.environ.get("POSTLINT_CORPUS", ROOT.parent / "shared" / "corpus"))
        paths = [corpus / "markdown", corpus / "html", ROOT / "examples" / "cto.md"]
    files = sorted(str(f) for p in paths for f in ([p] if p.is_file() else p.rglob("*")) if f.is_file() and f.suffix in (".md", ".txt", ".html"))

    from postlint.engine.config import Config
    from postlint.engine.linter import Linter

    dump = {}
    for label, config in (("default", Config()), ("all", Config(select=["ALL"]))):
        linter = Linter(config)
        for name in files:
            result = linter.lint_file(name)
            dump[f"{label}:{name}"] = result.error or [d.model_dump(mode="json") for d in result.diagnostics]
    out.write_text(json.dumps(dump, indent=1, sort_keys=True), encoding="utf-8")
    print(f"{sum(len(v) for v in dump.values() if isinstance(v, list))} findings from {len(files)} files -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
