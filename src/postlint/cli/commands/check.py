"""``postlint check``: lint files and print a report."""

from __future__ import annotations

import argparse
import io
import json
import sys
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from postlint.cli.arguments import config_from_args, stdin_alone
from postlint.engine.config import Config
from postlint.engine.report import FileResult, Report
from postlint.errors import InputError, PostlintError
from postlint.formats import render
from postlint.readers.source import read_stdin
from postlint.run.paths import lint_paths
from postlint.run.pool import default_jobs

if TYPE_CHECKING:  # pragma: no cover
    from postlint.engine.rule import Rule


def _has_overrides(args: argparse.Namespace) -> bool:
    return any(getattr(args, k, None) for k in ("select", "extend_select", "ignore", "fail_level", "max_posting_size", "config"))


PHASES = ("read", "cache", "parse", "nlp", "rules", "suppress", "format")


def print_timings(timings: dict[str, float], *, jobs: int = 1, top: int = 15) -> None:
    """Phases in pipeline order, then the slowest rules (like textlint's TIMING=1)."""
    note = f" (summed over {jobs} processes)" if jobs > 1 else ""
    print(f"phase            time{note}", file=sys.stderr)
    for phase in PHASES:
        if phase in timings:
            print(f"  {phase:<10} {timings[phase] * 1000:9.1f} ms", file=sys.stderr)
    rules = sorted(((k[5:], v) for k, v in timings.items() if k.startswith("rule ")), key=lambda kv: -kv[1])
    total = sum(v for _, v in rules) or 1.0
    print(f"rule             time      share  (slowest {min(top, len(rules))} of {len(rules)})", file=sys.stderr)
    for code, seconds in rules[:top]:
        print(f"  {code:<10} {seconds * 1000:9.1f} ms  {100 * seconds / total:5.1f}%", file=sys.stderr)


class RulesOnDemand(Sequence["Rule"]):
    """All registered rules and the config's packs, loaded when a format first reads them (SARIF
    and HTML describe each rule): a cached run printed in the other formats never imports the rules."""

    def __init__(self, config: Config) -> None:
        self.config = config

    @cached_property
    def _rules(self) -> tuple[Rule, ...]:
        from postlint.engine.plugins import all_rules
        from postlint.engine.user_packs import with_pack_rules

        return with_pack_rules(self.config, all_rules())

    def __getitem__(self, index):  # noqa: ANN001, ANN204 - Sequence's overloads
        return self._rules[index]

    def __len__(self) -> int:
        return len(self._rules)

    def __iter__(self) -> Iterator[Rule]:
        return iter(self._rules)


def _cache(args: argparse.Namespace):  # noqa: ANN202 - postlint.engine.cache.Cache | None
    from postlint.engine.cache import DEFAULT_DIR, Cache, cache_disabled_by_env

    if args.no_cache or cache_disabled_by_env():
        return None
    return Cache(args.cache_dir or DEFAULT_DIR)


def _progress(args: argparse.Namespace):  # noqa: ANN202 - postlint.run.progress.Progress | None
    from postlint.run import progress

    if args.no_progress or not progress.wanted():
        return None
    return progress.Progress()


def _lint_stdin(args: argparse.Namespace, config: Config) -> Report:
    """Lint standard input, read as bytes and checked like a file (binary, encoding, size, empty)."""
    from postlint.engine.discover import force_excluded
    from postlint.engine.linter import Linter

    name = args.stdin_filename or "-"
    linter = Linter(config)
    report = Report(timings=linter.timings)
    force = config.force_exclude if args.force_exclude is None else args.force_exclude
    if args.stdin_filename and force and force_excluded(Path(name), config):
        return report  # pre-commit and editors pass excluded files too: skip it, as a walk would
    try:
        text = read_stdin(sys.stdin, name).text
    except InputError as exc:
        report.results.append(FileResult(name, error=str(exc)))
    else:
        report.results.append(linter.lint_file(name, format=args.input_format, text=text))
    return report


def run_check(args: argparse.Namespace) -> int:
    stdin_alone(args.paths)
    # Standard input is never cached, and neither is its config (it writes no cache folder).
    cache = _cache(args) if args.paths != ["-"] else None
    config = config_from_args(args, memo=cache)
    if args.paths == ["-"]:
        report = _lint_stdin(args, config)
    else:
        report = lint_paths(
            args.paths,
            config if _has_overrides(args) else None,
            format=args.input_format,
            jobs=args.jobs or default_jobs(),
            cache=cache,
            engine=args.engine,
            scheduler=args.scheduler,
            progress=_progress(args),
            force_exclude=args.force_exclude,
        )
        if not report.results:
            # As ruff: nothing to check is not a failure, but must not pass for a clean run.
            print("postlint: warning: no postings found under the given path(s)", file=sys.stderr)
    rules = RulesOnDemand(config)

    if args.fix or args.diff:
        from postlint.engine.fixer import fix_report

        fix_summary = io.StringIO()  # "Fixed N findings (M remaining).": said after the report, as ruff does
        report = fix_report(report, config, diff_only=args.diff, out=sys.stdout, err=fix_summary, stdin=args.paths == ["-"])
    if args.write_baseline:
        from postlint.engine.baseline import write_baseline

        write_baseline(Path(args.write_baseline), report)
    if args.baseline:
        from postlint.engine.baseline import filter_baseline

        report = filter_baseline(Path(args.baseline), report)

    for error in report.errors:
        print(f"postlint: error: {error}", file=sys.stderr)
    # With --diff stdout carries the patch, with --fix on stdin the fixed text: the report goes to stderr.
    stream = sys.stderr if args.diff or (args.fix and args.paths == ["-"]) else sys.stdout
    started = time.perf_counter()
    if args.statistics:
        counts = sorted(Counter((d.code, d.name) for d in report.diagnostics).items(), key=lambda kv: (-kv[1], kv[0]))
        if config.output_format == "json":
            text = json.dumps([{"code": c, "name": n, "count": k} for (c, n), k in counts], indent=2) + "\n"
        else:
            width = max((len(c) for (c, _), _ in counts), default=0)
            text = "".join(f"{k:>5}  {c:<{width}}  {n}\n" for (c, n), k in counts)
    else:
        # Colour is for the stream the report goes to; a file never gets any.
        text = render(config.output_format, report, rules, stream=None if args.output_file else stream)
    if args.output_file:
        try:
            # surrogateescape: a file name's undecodable bytes are written back as they are.
            Path(args.output_file).write_text(text, encoding="utf-8", errors="surrogateescape")
        except OSError as exc:
            raise PostlintError(f"{args.output_file}: cannot write the report: {exc.strerror or exc}") from None
    else:
        stream.write(text)
    if args.fix or args.diff:
        sys.stderr.write(fix_summary.getvalue())
    report.timings["format"] += time.perf_counter() - started
    if args.timings:
        print_timings(report.timings, jobs=report.workers)
    # Recording a baseline accepts today's findings, as ruff's --add-noqa does.
    return report.exit_code(config, exit_zero=args.exit_zero or bool(args.write_baseline))
