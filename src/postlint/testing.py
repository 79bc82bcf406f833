"""Data-driven rule tests, usable by plugin authors too.

A case file ``tests/rules/<CODE>.toml`` holds cases::

    [cases.flags-rockstar]
    text = "We want a rockstar engineer."
    expect = ["1:11"]            # line:col of each finding of this rule; [] = must pass
    format = "markdown"          # optional: markdown (default), text, html, jsonld
    options = { max-words = 25 } # optional: this rule's options
    config = { jurisdictions = ["US-CO"] }  # optional: other config keys
    fixed = "We want an expert engineer."   # optional: the text after --fix
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from postlint.engine.config import parse_config
from postlint.engine.fixer import apply_fixes
from postlint.engine.linter import Linter
from postlint.engine.rule import Rule
from postlint.model.diagnostic import Diagnostic


@dataclass
class Case:
    code: str
    name: str
    text: str
    expect: list[str]
    format: str = "markdown"
    options: dict[str, Any] = field(default_factory=dict)
    config: dict[str, Any] = field(default_factory=dict)
    fixed: str | None = None

    @property
    def id(self) -> str:
        return f"{self.code}-{self.name}"


def load_cases(path: Path) -> list[Case]:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    code = path.stem
    cases = []
    for name, case in data.get("cases", {}).items():
        unknown = set(case) - {"text", "expect", "format", "options", "config", "fixed"}
        if unknown:
            raise ValueError(f"{path}: case {name!r} has unknown keys {sorted(unknown)}")
        cases.append(
            Case(
                code=code,
                name=name,
                text=case["text"],
                expect=list(case["expect"]),
                format=case.get("format", "markdown"),
                options=dict(case.get("options", {})),
                config=dict(case.get("config", {})),
                fixed=case.get("fixed"),
            )
        )
    return cases


def run_rule(code: str, text: str, *, format: str = "markdown", options: dict | None = None, config: dict | None = None) -> list[Diagnostic]:  # noqa: A002
    """Lint ``text`` with only rule ``code`` selected; return its diagnostics."""
    data: dict[str, Any] = {"select": [code], **(config or {})}
    if options:
        data["rules"] = {code: options}
    linter = Linter(parse_config(data, origin=f"<test {code}>"))
    return [d for d in linter.lint_text(text, format=format) if d.code == code]


def positions(diagnostics: list[Diagnostic]) -> list[str]:
    return [f"{d.line}:{d.column}" for d in diagnostics]


def check_case(case: Case) -> None:
    """Assert a case: exact positions, and the fixed text when given."""
    found = run_rule(case.code, case.text, format=case.format, options=case.options, config=case.config)
    got = positions(found)
    messages = "\n".join(f"  {d.line}:{d.column} {d.message}" for d in found)
    assert got == case.expect, f"{case.id}: expected {case.expect}, got {got}\n{messages}"
    if case.fixed is not None:
        fixed, _ = apply_fixes(case.text, found)
        assert fixed == case.fixed, f"{case.id}: fixed text differs:\n{fixed!r}\n!=\n{case.fixed!r}"


def rule_triggers(rule: Rule, text: str) -> bool:
    return bool(run_rule(rule.code, text, format=rule.example_format, config=rule.example_config))
