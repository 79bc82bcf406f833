"""postlint's own rules, registered through the same pluggy hook as any plugin.

Python rules live in this package, one folder a family; data rules are the TOML files of
the top-level ``rules/`` folder (``postlint/rules`` inside the wheel).
"""

from __future__ import annotations

from postlint.engine.packs import load_rules
from postlint.engine.plugins import hookimpl
from postlint.engine.rule import Rule
from postlint.resources import rules_dir

# One package a family, each with a RULES list gathered from its modules.
FAMILIES = ("structure", "pay", "readability", "inclusivity", "seo", "structured_data", "meta")


def python_rules() -> list[Rule]:
    import importlib

    rules: list[Rule] = []
    for name in FAMILIES:
        module = importlib.import_module(f"postlint.builtin.{name}")
        rules.extend(module.RULES)
    return rules


@hookimpl
def postlint_rules() -> list[Rule]:
    return python_rules() + load_rules(rules_dir())
