"""``postlint check``: lint files and print a report."""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from postlint.cli import config_from_args
from postlint.formats import render
from postlint.linter import Linter, Report, lint_paths
from postlint.plugins import all_rules


def _has_overrides(args: argparse.Namespace) -> bool:
    return any(getattr(args, k, None) for k in ("select", "extend_select", "ignore", "fail_level", "config"))


def run_check(args: argparse.Namespace) -> int:
    config = config_from_args(args)
    if args.paths == ["-"]:
        name = args.stdin_filename or "-"
        linter = Linter(config)
        report = Report(timings=linter.timings)
        report.results.append(linter.lint_file(name, format=args.input_format, text=sys.stdin.read()))
    else:
        report = lint_paths(args.paths, config if _has_overrides(args) else None, format=args.input_format)
    rules = all_rules()

    if args.fix or args.diff:
        from postlint.fixer import fix_report

        report = fix_report(report, config, diff_only=args.diff, out=sys.stdout)
    if args.write_baseline:
        from postlint.baseline import write_baseline

        write_baseline(Path(args.write_baseline), report)
    if args.baseline:
        from postlint.baseline import filter_baseline

        report = filter_baseline(Path(args.baseline), report)

    for error in report.errors:
        print(f"postlint: error: {error}", file=sys.stderr)
    if args.statistics:
        counts = Counter((d.code, d.name) for d in report.diagnostics)
        text = "".join(f"{n:>5}  {code}  {name}\n" for (code, name), n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
    else:
        text = render(config.output_format, report, rules, stream=sys.stdout if not args.output_file else None)
    if args.output_file:
        Path(args.output_file).write_text(text, encoding="utf-8")
    elif args.diff:
        sys.stderr.write(text)  # stdout carries the patch
    else:
        sys.stdout.write(text)
    if args.timings:
        for phase, seconds in sorted(report.timings.items(), key=lambda kv: -kv[1]):
            print(f"{seconds * 1000:9.1f} ms  {phase}", file=sys.stderr)
    # Recording a baseline accepts today's findings, as ruff's --add-noqa does.
    return report.exit_code(config, exit_zero=args.exit_zero or bool(args.write_baseline))
