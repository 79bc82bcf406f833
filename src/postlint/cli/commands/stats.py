"""``postlint stats PATH...``: readability numbers per posting (and per section).

What a recruiter looks at before and after an edit. A file that cannot be
read or parsed prints one line naming it and makes the exit code 2; the other
files are still reported.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from postlint.errors import PostlintError

NAME = "stats"

# (json key, table header, format) for the table; JSON has every Stats field.
COLUMNS = (
    ("words", "words", "{:d}"),
    ("sentences", "sent", "{:d}"),
    ("flesch_reading_ease", "ease", "{:.1f}"),
    ("flesch_kincaid_grade", "grade", "{:.1f}"),
    ("gunning_fog", "fog", "{:.1f}"),
    ("avg_sentence_length", "w/sent", "{:.1f}"),
    ("long_sentence_share", "long", "{:.0%}"),
    ("passive_share", "passive", "{:.0%}"),
    ("bullet_share", "bullets", "{:.0%}"),
    ("reading_time_s", "read", "{:.0f}s"),
)


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(NAME, help="readability statistics per posting (and per section)")
    parser.add_argument("paths", nargs="+", metavar="PATH", help="files or folders of postings")
    parser.add_argument("--sections", action="store_true", help="also show each section's own text")
    parser.add_argument("--format", dest="stats_format", choices=("table", "json"), default="table")
    parser.add_argument("--input-format", choices=("markdown", "text", "html", "jsonld"), help="override the format detected from the extension")
    parser.add_argument("--config", metavar="PATH", help="use this config file instead of searching for one")
    return parser


def _round(stats: dict[str, Any]) -> dict[str, Any]:
    return {k: round(v, 4) if isinstance(v, float) else v for k, v in stats.items()}


def posting_report(text: str, *, path: str, fmt: str | None, schema: str | None, sections: bool) -> dict[str, Any]:
    """The stats of one posting as a JSON-ready dict (``sections`` only when asked for)."""
    from postlint.language import metrics
    from postlint.readers import parse
    from postlint.readers.source import format_for

    posting = parse(text, format_for(path, fmt), path=path, schema=schema)
    report: dict[str, Any] = {"path": path, "title": posting.title, **_round(metrics.posting_stats(posting).as_dict())}
    if sections:
        rows = []
        for section, st in metrics.section_stats(posting):
            if not st.words:
                continue
            where = section.heading.start if section is not None and section.heading is not None else None
            rows.append(
                {
                    "title": section.title if section is not None else "",
                    "kind": section.kind if section is not None else "preamble",
                    "line": posting.locate(where)[0] if where is not None else None,
                    **_round(st.as_dict()),
                }
            )
        report["sections"] = rows
    return report


def _table(reports: list[dict[str, Any]], sections: bool) -> str:
    header = ["posting"] + [h for _, h, _ in COLUMNS]
    rows: list[list[str]] = []
    for rep in reports:
        rows.append([rep["path"]] + [f.format(rep[k]) for k, _, f in COLUMNS])
        for sec in rep.get("sections", []) if sections else []:
            label = sec["title"] or "(before first heading)"
            rows.append([f"  {label[:40]}"] + [f.format(sec[k]) for k, _, f in COLUMNS])
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    fmt = lambda r: "  ".join(c.ljust(widths[0]) if i == 0 else c.rjust(widths[i]) for i, c in enumerate(r)).rstrip()  # noqa: E731
    return "\n".join([fmt(header), *map(fmt, rows)])


def run(args: argparse.Namespace) -> int:
    from postlint.cli.arguments import Postings, config_from_args, stdin_alone
    from postlint.language import nlp

    stdin_alone(args.paths)
    config = config_from_args(args)
    nlp.configure(config.nlp_model)
    nlp.load_configured(config.where("nlp-model"))
    schema = config.resolved_schema()
    reports: list[dict[str, Any]] = []
    postings = Postings(args.paths, config)
    for name, text in postings:
        try:
            reports.append(posting_report(text, path=name, fmt=args.input_format, schema=schema, sections=args.sections))
        except PostlintError as exc:
            postings.fail(exc, name)
        except (RecursionError, MemoryError, ValueError) as exc:
            postings.fail(f"cannot compute stats: {type(exc).__name__}: {exc}", name)
    if args.stats_format == "json":
        print(json.dumps(reports, indent=2, ensure_ascii=False))
    elif reports:
        print(_table(reports, args.sections))
    return 2 if postings.failed else 0
