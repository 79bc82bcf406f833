"""postlint's own rules, registered through the same pluggy hook as any plugin.

Python rules live in this package by family; data rules are the TOML files of
the top-level ``rules/`` folder (``postlint/rules`` inside the wheel).
"""

from __future__ import annotations

from postlint.engine.packs import load_rules
from postlint.engine.plugins import hookimpl
from postlint.resources import rules_dir
from postlint.engine.rule import Rule

# Modules with a RULES list: a family, or one concept of a family split for size.
FAMILY_MODULES = (
    "structure",
    "pay",
    "pay_commission",
    "readability",
    "readability_style",
    "inclusivity",
    "inclusivity_statements",
    "seo",
    "seo_page",
    "jsonld",
    "jsonld_page",
    "meta",
)


def python_rules() -> list[Rule]:
    import importlib

    rules: list[Rule] = []
    for name in FAMILY_MODULES:
        module = importlib.import_module(f"postlint.builtin.{name}")
        rules.extend(module.RULES)
    return rules


@hookimpl
def postlint_rules() -> list[Rule]:
    return python_rules() + load_rules(rules_dir())
