"""``postlint rules``, ``postlint rule CODE`` and ``postlint schema``: documentation from the rules' data."""

from __future__ import annotations

import argparse
import json
import textwrap

from postlint.engine.plugins import all_rules
from postlint.errors import ConfigError


def _available() -> tuple:
    """The installed rules and those of the packs the config above the current folder names."""
    from postlint.engine.config import load_config
    from postlint.engine.user_packs import with_pack_rules

    return with_pack_rules(load_config(), all_rules())


def list_rules(args: argparse.Namespace) -> int:
    rules = _available()
    if args.output_format == "json":
        rows = [
            {"code": r.code, "name": r.name, "severity": r.severity, "enabled": r.enabled, "family": r.family, "summary": r.summary}
            for r in rules
        ]
        print(json.dumps(rows, indent=2))
        return 0
    width = max((len(r.name) for r in rules), default=10)
    print(f"{'CODE':<8} {'NAME':<{width}} {'SEVERITY':<8} SUMMARY")
    for r in rules:
        off = "" if r.enabled else " (off by default)"
        print(f"{r.code:<8} {r.name:<{width}} {r.severity:<8} {r.summary}{off}")
    return 0


def show_rule(args: argparse.Namespace) -> int:
    wanted = args.rule
    rule = next((r for r in _available() if wanted in (r.code, r.name) or wanted.upper() == r.code), None)
    if rule is None:
        raise ConfigError(f"no rule has code or name {wanted!r} (see `postlint rules`)")
    wrap = lambda s: textwrap.fill(s, width=88)  # noqa: E731
    print(f"{rule.code} {rule.name} ({rule.family}, {rule.severity}{'' if rule.enabled else ', off by default'})\n")
    print(wrap(rule.summary))
    if rule.why:
        print("\nWhy\n" + wrap(rule.why))
    if rule.example:
        print("\nTriggers on\n" + textwrap.indent(rule.example.rstrip(), "    "))
    if rule.passing:
        print("\nPasses\n" + textwrap.indent(rule.passing.rstrip(), "    "))
    if rule.notes:
        print("\nExceptions and differences\n" + wrap(rule.notes))
    by_severity = _term_severities(rule)
    if by_severity:
        print("\nSeverity by term (the rule's own for the rest)")
        for severity, matches in by_severity.items():
            # Every term: a reader checks here why 'bullshit' is an error (precision sample 3636).
            print(wrap(f"{severity}: " + ", ".join(f"'{m}'" for m in matches)))
    exceptions = _term_exceptions(rule)
    if exceptions:
        print("\nNever reported (exceptions)\n" + wrap(", ".join(f"'{e}'" for e in exceptions)))
    options = {k: v for k, v in rule.options().items() if k not in ("severity", "enabled")}
    if options:
        print("\nOptions ([tool.postlint.rules." + rule.code + "])")
        described = _option_descriptions(rule)
        for key, value in options.items():
            line = f"    {key} = {json.dumps(value, default=str)}"
            # What an option means, where the rule says (two blind-set writers asked what strict-profiles does).
            print(f"{line}   # {described[key]}" if key in described else line)
    if rule.source:
        print(f"\nSource: {rule.source}")
    if rule.licence:
        print(f"Licence: {rule.licence}")
    return 0


def _option_descriptions(rule: object) -> dict[str, str]:
    """Each option's description from its field (kebab-case keys, as ``options()`` gives them)."""
    fields = getattr(type(rule), "model_fields", {})
    return {name.replace("_", "-"): f.description for name, f in fields.items() if f.description}


def _term_severities(rule: object) -> dict[str, list[str]]:
    """A data rule's terms that set their own severity, by severity: a reader of the docs sees why
    'young' is an error and 'energetic' is info."""
    found: dict[str, list[str]] = {}
    for term in getattr(rule, "terms", []) or []:
        severity = getattr(term, "severity", None)
        if severity:
            found.setdefault(severity, []).extend(getattr(term, "match", []))
    return {k: found[k] for k in ("error", "warning", "info") if k in found}


def _term_exceptions(rule: object) -> list[str]:
    """A data rule's exception phrases: the rule's own and each term's, in order, once each."""
    found = list(getattr(rule, "exceptions", []) or [])
    for term in getattr(rule, "terms", []) or []:
        found.extend(getattr(term, "exceptions", []))
    return list(dict.fromkeys(found))


def show_schema(args: argparse.Namespace) -> int:
    from postlint.cli.arguments import config_from_args
    from postlint.model.schema import load_schema

    name = args.schema or config_from_args(args).resolved_schema()
    schema = load_schema(name)
    print(f"schema {schema.name}: {schema.description}\n")
    for field, spec in schema.fields.items():
        bounds = ", ".join(f"{k}={v}" for k, v in spec.model_dump(by_alias=True).items() if k != "required" and v is not None)
        print(f"  field {field:<12} {'required' if spec.required else 'optional'}{'  ' + bounds if bounds else ''}")
    print()
    for spec, parent in schema.walk():
        indent = "    " if parent else "  "
        extra = []
        for label, b in (("items", spec.items), ("words", spec.words)):
            if b is not None:
                extra.append(f"{label} {b.min if b.min is not None else 0}..{b.max if b.max is not None else '*'}")
        status = "required" if spec.required else "optional"
        print(f"{indent}{spec.kind:<26} {status:<9} {'; '.join(extra)}")
        print(f"{indent}  headings: {', '.join(spec.aliases)}")
    return 0
