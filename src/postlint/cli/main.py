"""The ``postlint`` command: a thin shell over the library API.

Exit codes: 0 nothing at or above ``fail-level``; 1 findings; 2 usage, config,
rule-file, plugin or input errors.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Sequence
from typing import NoReturn

from postlint._version import __version__
from postlint.errors import PostlintError

COMMANDS = ("check", "rules", "rule", "schema", "stats", "keywords", "jsonld", "server", "parse")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # usage errors exit 2 with one line, as argparse does
        self.exit(2, f"postlint: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="postlint", description="Lint job postings: structure, pay, readability, inclusive wording, technology names, SEO and structured data.")
    parser.add_argument("--version", action="version", version=f"postlint {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    check = sub.add_parser("check", help="lint postings (files, folders, or - for stdin)")
    check.add_argument("paths", nargs="*", default=["."], metavar="PATH")
    check.add_argument("--format", dest="output_format", metavar="FORMAT", help="full, concise, json, github, sarif, gitlab, junit, html")
    check.add_argument("--output-file", "-o", metavar="FILE", help="write the report to FILE instead of stdout")
    check.add_argument("--select", metavar="CODES", help="comma-separated codes, prefixes or names to enable (replaces the default set)")
    check.add_argument("--extend-select", metavar="CODES", help="enable these in addition to the default set")
    check.add_argument("--ignore", metavar="CODES", help="comma-separated codes, prefixes or names to disable")
    check.add_argument(
        "--max-posting-size",
        metavar="SIZE",
        help="refuse postings larger than SIZE, such as 2MB or 512KB (default: 1MB; at most 10MB)",
    )
    check.add_argument("--fail-level", choices=("error", "warning", "info"), help="lowest severity that fails the run (default: warning)")
    check.add_argument("--exit-zero", action="store_true", help="exit 0 even when there are findings")
    check.add_argument("--config", metavar="PATH", help="use this config file instead of searching for one")
    check.add_argument("--stdin-filename", metavar="NAME", help="name (and format, by extension) for text read from -")
    check.add_argument("--input-format", choices=("markdown", "text", "html", "jsonld"), help="override the format detected from the extension")
    check.add_argument(
        "--force-exclude",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="apply exclude/extend-exclude to files named on the command line too, as pre-commit needs (default: force-exclude in config, else off)",
    )
    check.add_argument("--statistics", action="store_true", help="print a count per rule instead of each finding")
    check.add_argument("--timings", action="store_true", help="print time spent per phase and per rule to stderr")
    _add_speed_flags(check)
    _add_integration_flags(check)

    sub.add_parser("rules", help="list every rule: code, name, severity, summary").add_argument(
        "--format", dest="output_format", choices=("table", "json"), default="table"
    )
    rule = sub.add_parser("rule", help="show one rule's documentation")
    rule.add_argument("rule", metavar="CODE|NAME")

    schema = sub.add_parser("schema", help="print a posting schema readably")
    schema.add_argument("schema", nargs="?", default=None, metavar="NAME|PATH")
    schema.add_argument("--config", metavar="PATH")

    for extra in _extra_commands():
        extra.add_parser(sub)
    return parser


def _jobs(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of processes: {value!r}") from None
    if n < 1:
        raise argparse.ArgumentTypeError("--jobs must be at least 1")
    return n


def _add_speed_flags(check: argparse.ArgumentParser) -> None:
    """Flags for speed and scale (postlint.run.pool, postlint.engine.cache, postlint.integrations.dask)."""
    check.add_argument("--jobs", "-j", type=_jobs, metavar="N", help="lint in N processes (default: the number of CPUs)")
    check.add_argument("--no-cache", action="store_true", help="do not read or write the result cache (also POSTLINT_NO_CACHE=1)")
    check.add_argument("--cache-dir", metavar="DIR", help="where cached results live (default: .postlint_cache)")
    check.add_argument("--engine", choices=("local", "dask"), default="local", help="local processes, or a Dask cluster (needs the dask extra: pip install '.[dask]' from a checkout)")
    check.add_argument("--scheduler", metavar="ADDRESS", help="with --engine dask: the scheduler to use, e.g. tcp://host:8786 (default: a local cluster)")
    check.add_argument("--no-progress", action="store_true", help="never draw the progress bar")


def _add_integration_flags(check: argparse.ArgumentParser) -> None:
    """Flags whose behaviour lives in the integrations modules (fix, baseline)."""
    check.add_argument("--fix", action="store_true", help="apply safe fixes in place")
    check.add_argument("--diff", action="store_true", help="print the patch of the safe fixes on stdout instead of writing them (the report goes to stderr)")
    check.add_argument("--baseline", metavar="FILE", help="report only findings not recorded in FILE")
    check.add_argument("--write-baseline", metavar="FILE", help="record today's findings in FILE")


def _extra_commands() -> list:  # noqa: ANN202 - modules with add_parser(sub) and run(args)
    from postlint.cli import commands

    return commands.extra_commands()


def entry() -> int:
    """The ``postlint`` command: :func:`main` in a process tuned for a short life (see postlint.engine.gcpolicy)."""
    from postlint.engine import gcpolicy, regex_cache

    # postlint never multiplies matrices, yet numpy's OpenBLAS starts a thread per
    # core when spaCy imports it: ~0.1 s of CPU in every run, stolen from the
    # workers of --jobs. A value the user set is kept.
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    gcpolicy.defer_until_warm()
    regex_cache.install()  # start-up's ~550 patterns compiled in a previous run, not again
    try:
        return main()
    finally:
        regex_cache.uninstall()


def command() -> NoReturn:
    """The installed ``postlint`` executable: :func:`entry`, then an exit that skips the
    interpreter's tear-down.

    A run ends with spaCy, the rules and every finding in memory; Python's shutdown
    frees them object by object (about 40 ms after 239 postings) for nothing, as
    mypy also judged. Everything is written and closed by then: the standard
    streams are flushed here, and pools and Dask clusters are shut by the code
    that started them.
    """
    code = entry()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            pass  # a reader that went away (postlint check | head) is not an error, as in main()
    os._exit(code)


def _keep_undecodable_bytes() -> None:
    """A file name with bytes the file system's encoding cannot decode reaches the output as
    those bytes (Python does this itself only in the C and POSIX locales), never as an error."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None and getattr(stream, "errors", None) == "strict":
            with contextlib.suppress(ValueError, OSError):
                reconfigure(errors="surrogateescape")


def main(argv: Sequence[str] | None = None) -> int:
    _keep_undecodable_bytes()
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 2
    try:
        if args.command == "check":
            from postlint.cli.commands.check import run_check

            return run_check(args)
        if args.command == "rules":
            from postlint.cli.commands.docs import list_rules

            return list_rules(args)
        if args.command == "rule":
            from postlint.cli.commands.docs import show_rule

            return show_rule(args)
        if args.command == "schema":
            from postlint.cli.commands.docs import show_schema

            return show_schema(args)
        for extra in _extra_commands():
            if extra.NAME == args.command:
                return extra.run(args)
    except PostlintError as exc:
        print(f"postlint: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # noqa: BLE001 - no traceback reaches the user unless asked for
        if os.environ.get("POSTLINT_DEBUG"):
            raise
        print(f"postlint: internal error: {type(exc).__name__}: {exc} (set POSTLINT_DEBUG=1 for a traceback)", file=sys.stderr)
        return 2
    parser.print_help()
    return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
