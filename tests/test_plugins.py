from __future__ import annotations

import importlib.metadata as md
import sys
import types

import pytest

from postlint.engine import plugins
from postlint.engine.kinds import ExistenceRule
from postlint.errors import RuleError


class FakeEntryPoint:
    def __init__(self, name, module):
        self.name, self.value, self._module = name, module, module

    def load(self):
        import importlib

        return importlib.import_module(self._module)


@pytest.fixture()
def with_plugin(monkeypatch):
    def install(name, body):
        module = types.ModuleType(name)
        exec(body, module.__dict__)
        monkeypatch.setitem(sys.modules, name, module)
        real = md.entry_points

        def entry_points(**kw):
            found = list(real(**kw))
            if kw.get("group") == "postlint":
                found.append(FakeEntryPoint(name, name))
            return found

        monkeypatch.setattr(md, "entry_points", entry_points)
        plugins.all_rules.cache_clear()

    yield install
    plugins.all_rules.cache_clear()


def test_third_party_rules_arrive_through_the_hook(with_plugin):
    with_plugin(
        "postlint_acme",
        "import postlint\nfrom postlint.engine.kinds import ExistenceRule\n"
        "@postlint.hookimpl\ndef postlint_rules():\n"
        "    return [ExistenceRule(code='ACME001', name='acme-words', summary='s', patterns=['synergy'])]\n",
    )
    codes = [r.code for r in plugins.all_rules()]
    assert "ACME001" in codes and "STR001" in codes


def test_duplicate_code_names_both_plugins(with_plugin):
    with_plugin(
        "postlint_dup",
        "import postlint\nfrom postlint.engine.kinds import ExistenceRule\n"
        "@postlint.hookimpl\ndef postlint_rules():\n"
        "    return [ExistenceRule(code='STR001', name='other-title', summary='s', patterns=['x'])]\n",
    )
    with pytest.raises(RuleError, match=r"duplicate rule 'STR001': from plugin '.*' and plugin '.*'"):
        plugins.all_rules()


def test_plugin_that_fails_to_import(with_plugin, monkeypatch):
    real = md.entry_points

    class Broken(FakeEntryPoint):
        def load(self):
            raise ImportError("no module named acme_dep")

    monkeypatch.setattr(md, "entry_points", lambda **kw: [*real(**kw), Broken("acme", "acme.rules")] if kw.get("group") == "postlint" else real(**kw))
    plugins.all_rules.cache_clear()
    with pytest.raises(RuleError, match=r"plugin 'acme' \(acme.rules\) failed to load: ImportError: no module named acme_dep"):
        plugins.all_rules()


def test_plugin_returning_non_rule(with_plugin):
    with_plugin("postlint_junk", "import postlint\n@postlint.hookimpl\ndef postlint_rules():\n    return ['nope']\n")
    with pytest.raises(RuleError, match=r"returned 'nope', which is not a postlint Rule"):
        plugins.all_rules()


def test_rule_model_is_frozen():
    rule = ExistenceRule(code="ACME002", name="x", summary="s", patterns=["x"])
    with pytest.raises(Exception):
        rule.severity = "error"  # type: ignore[misc]


def test_every_builtin_rule_validates_as_built():
    """Built-in rules are made by ``Rule.default()`` without validation (a cold start builds no
    validator for them): here each one's defaults pass its own model, unchanged."""
    from postlint.builtin import python_rules

    rules = python_rules()
    assert len(rules) >= 50
    for rule in rules:
        assert type(rule).model_validate(rule.model_dump()) == rule, rule.code
    default = type(rules[0]).default()
    assert default == rules[0] and default.model_fields_set == set()
    with pytest.raises(Exception):
        default.severity = "error"  # type: ignore[misc]  # frozen as a validated rule is
