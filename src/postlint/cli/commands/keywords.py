"""``postlint keywords PATH``: where each target keyword appears (title, headings, intro, body)."""

from __future__ import annotations

import argparse
import json

NAME = "keywords"


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(NAME, help="show keyword coverage: keyword x title, headings, intro, body, density")
    parser.add_argument("path", metavar="PATH", help="a posting (Markdown, text, HTML or JSON-LD); - reads stdin")
    parser.add_argument("--format", dest="keywords_format", choices=("table", "json"), default="table")
    parser.add_argument(
        "--input-format",
        choices=("markdown", "text", "html", "jsonld"),
        help="override the format detected from the extension",
    )
    parser.add_argument("--config", metavar="PATH", help="use this config file instead of searching for one")


def report(posting, config) -> dict:
    """The coverage report as plain data (the JSON output)."""
    from postlint.language import keywords as kw

    target = kw.targets(posting, config)
    phrases = ([target.keyphrase] if target.keyphrase else []) + [k for k in target.keywords if k != target.keyphrase]
    rows = []
    for row in kw.coverage(posting, phrases):
        first = None
        if row.first is not None:
            block, start, _ = row.first
            line, col = posting.locate(block.at(start))
            first = f"{line}:{col}"
        rows.append(
            {
                "keyword": row.keyword,
                "keyphrase": row.keyword == target.keyphrase,
                "title": row.title,
                "headings": row.headings,
                "intro": row.intro,
                "count": row.count,
                "density": round(row.density, 2),
                "first": first,
                "covered": row.covered,
            }
        )
    return {
        "path": posting.path,
        "words": kw.body_words(posting),
        "keyphrase": target.keyphrase,
        "keyphrase_from": target.keyphrase_from,
        "synonyms": target.synonyms,
        "keywords_from": target.keywords_from,
        "keywords": rows,
    }


def _table(data: dict) -> str:
    lines = [
        f"{data['path']}: {data['words']} words; keyphrase {data['keyphrase']!r} (from {data['keyphrase_from']}); "
        f"keywords from {data['keywords_from']}"
    ]
    rows = data["keywords"]
    if not rows:
        return lines[0] + "\nno keyphrase or keywords: set `keyphrase`/`keywords` in front matter or [tool.postlint]\n"
    width = max(len("KEYWORD"), *(len(r["keyword"]) + 2 for r in rows))

    def yes(b: bool) -> str:
        return "yes" if b else "-"

    lines.append(f"{'KEYWORD':<{width}} {'TITLE':<5} {'HEADINGS':>8} {'INTRO':<5} {'BODY':>4} {'DENSITY':>7}  FIRST")
    for r in rows:
        name = r["keyword"] + (" *" if r["keyphrase"] else "")
        lines.append(
            f"{name:<{width}} {yes(r['title']):<5} {r['headings']:>8} {yes(r['intro']):<5} {r['count']:>4} "
            f"{r['density']:>6.2f}%  {r['first'] or 'not in body'}"
        )
    missing = [r["keyword"] for r in rows if not r["covered"]]
    lines.append(
        f"* keyphrase. {len(rows) - len(missing)} of {len(rows)} covered"
        + (f"; missing: {', '.join(missing)}" if missing else "")
    )
    return "\n".join(lines) + "\n"


def run(args: argparse.Namespace) -> int:
    from postlint.cli.commands.jsonld import load_posting

    posting, config = load_posting(args)
    data = report(posting, config)
    print(
        json.dumps(data, indent=2) if args.keywords_format == "json" else _table(data),
        end="" if args.keywords_format == "table" else "\n",
    )
    return 0
