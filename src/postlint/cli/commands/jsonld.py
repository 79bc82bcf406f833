"""``postlint jsonld PATH``: print a schema.org JobPosting (JSON-LD) for a posting.

What could not be filled is listed on stderr with how to add it, and the
exit code is 1 while a required property is missing.
"""

from __future__ import annotations

import argparse
import json
import sys

NAME = "jsonld"


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(NAME, help="emit JobPosting structured data (JSON-LD) for a posting")
    parser.add_argument("path", metavar="PATH", help="a posting (Markdown, text or HTML); - reads stdin")
    parser.add_argument(
        "--format",
        dest="jsonld_format",
        choices=("json", "script"),
        default="json",
        help='json (default) or an HTML <script type="application/ld+json"> block',
    )
    parser.add_argument(
        "--input-format", choices=("markdown", "text", "html"), help="override the format detected from the extension"
    )
    parser.add_argument("--config", metavar="PATH", help="use this config file instead of searching for one")


def load_posting(args: argparse.Namespace):
    """Read PATH with the nearest config (or --config); shared with ``postlint keywords``."""
    from pathlib import Path

    from postlint.engine.config import load_config
    from postlint.readers import parse
    from postlint.readers.source import check_size, format_for, read_source, read_stdin

    path = args.path
    config = load_config(Path(args.config)) if args.config else load_config(Path(path).parent if path != "-" else None)
    text = read_stdin(sys.stdin).text if path == "-" else read_source(path).text
    check_size(text, path, config.max_posting_size)
    posting = parse(text, format_for(path, args.input_format), path=path, schema=config.resolved_schema())
    return posting, config


def run(args: argparse.Namespace) -> int:
    from postlint.structured_data.emit import build

    posting, config = load_posting(args)
    emitted = build(posting, config)
    text = json.dumps(emitted.document, indent=2, ensure_ascii=False)
    if args.jsonld_format == "script":
        text = '<script type="application/ld+json">\n' + text.replace("</", "<\\/") + "\n</script>"
    print(text)
    for item in emitted.missing:
        print(f"postlint: required property {item}", file=sys.stderr)
    for item in emitted.notes:
        print(f"postlint: note: {item}", file=sys.stderr)
    return 1 if emitted.missing else 0
