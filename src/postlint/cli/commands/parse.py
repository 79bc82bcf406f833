"""``postlint parse FILE``: print the outline postlint reads from a posting, and why.

Title and metadata with the line each came from, then each section with its
kind, line range, item count and how the kind was decided. ``--format json``
prints :func:`postlint.readers.outline.outline`'s data. A file that cannot be read
gives the same one-line error and exit code 2 as ``check``.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from postlint.errors import PostlintError

NAME = "parse"


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(NAME, help="print the outline read from postings: title, metadata, sections and how each kind was decided")
    parser.add_argument("paths", nargs="+", metavar="FILE", help="posting files (or - for stdin)")
    parser.add_argument("--format", dest="parse_format", choices=("text", "json"), default="text")
    parser.add_argument("--input-format", choices=("markdown", "text", "html", "jsonld"), help="override the format detected from the extension")
    parser.add_argument("--stdin-filename", metavar="NAME", help="name (and format, by extension) for text read from -")
    parser.add_argument("--config", metavar="PATH", help="use this config file instead of searching for one")
    return parser


def run(args: argparse.Namespace) -> int:
    from postlint.cli.arguments import Postings, config_from_args, stdin_alone
    from postlint.model.schema import load_schema
    from postlint.readers.outline import outline, parse, render_text
    from postlint.readers.source import format_for

    stdin_alone(args.paths)
    config = config_from_args(args)
    schema = load_schema(config.resolved_schema())
    outlines: list[dict[str, Any]] = []
    postings = Postings(args.paths, config, stdin_filename=args.stdin_filename)
    for name, text in postings:
        try:
            posting = parse(text, format_for(name, args.input_format), path=name, schema=schema)
            outlines.append(outline(posting, schema))
        except PostlintError as exc:
            postings.fail(exc, name)
    if not outlines and not postings.failed:
        print("postlint: warning: no postings found under the given path(s)", file=sys.stderr)  # as check says
    if args.parse_format == "json":
        print(json.dumps(outlines[0] if len(outlines) == 1 and len(args.paths) == 1 else outlines, indent=2, ensure_ascii=False))
    else:
        sys.stdout.write("\n".join(render_text(o) for o in outlines))
    return 2 if postings.failed else 0
