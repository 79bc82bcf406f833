"""postlint's own rules, registered through the same pluggy hook as any plugin.

Python rules live in this package by family; data rules are the TOML files of
the top-level ``rules/`` folder (``postlint/rules`` inside the wheel).
"""

from __future__ import annotations

from postlint.packs import load_rules
from postlint.plugins import hookimpl
from postlint.resources import rules_dir
from postlint.rule import Rule

# Modules with a RULES list, one per family.
FAMILY_MODULES = ("structure", "pay", "readability", "inclusivity", "seo", "jsonld", "meta")


def python_rules() -> list[Rule]:
    import importlib

    rules: list[Rule] = []
    for name in FAMILY_MODULES:
        try:
            module = importlib.import_module(f"postlint.builtin.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"postlint.builtin.{name}":
                continue  # family not written yet
            raise
        rules.extend(module.RULES)
    return rules


@hookimpl
def postlint_rules() -> list[Rule]:
    return python_rules() + load_rules(rules_dir())
