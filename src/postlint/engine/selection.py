"""Selecting rules: ruff's select / extend-select / ignore / per-file-ignores over codes,
prefixes, names and families, and each rule's options from ``[tool.postlint.rules]``,
validated strictly by the rule's own model."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Annotated, Any

from pydantic import TypeAdapter, ValidationError
from pydantic.fields import FieldInfo
from pydantic_core import to_json

from postlint.engine.config import Config, _kebab, _message
from postlint.engine.rule import Rule
from postlint.errors import ConfigError


def _selects(rule: Rule, selector: str) -> bool:
    """A code (INC002), a code prefix (INC), a rule name (gendered-terms), a family (inclusivity) or ALL."""
    return selector in ("ALL", rule.code, rule.name, rule.family) or (selector.isupper() and rule.code.startswith(selector))


def _turns_on(rule: Rule, selector: str) -> bool:
    """A rule that is off by default (INC015) is turned on by its own code or name,
    or by ALL; a prefix or family turns on only that family's default rules, so
    `select = ["INC"]` does not bring in the noisy opt-in ones."""
    if rule.enabled:
        return _selects(rule, selector)
    return selector in ("ALL", rule.code, rule.name)


def check_selectors(selectors: Iterable[str], rules: Sequence[Rule], where: str) -> None:
    for selector in selectors:
        if not any(_selects(r, selector) for r in rules):
            raise ConfigError(f"{where}: unknown rule selector {selector!r} (a code like INC002, a prefix like INC, a name, or a family like inclusivity)")


def select_rules(config: Config, rules: Sequence[Rule], *, path: str | None = None) -> list[Rule]:
    """The rules a config turns on, with its per-rule options applied (ruff's select/ignore semantics)."""
    for key in ("select", "extend-select", "ignore"):
        check_selectors(getattr(config, key.replace("-", "_")) or [], rules, f"{config.where(key)}: {key}")
    for selectors in config.per_file_ignores.values():
        check_selectors(selectors, rules, f"{config.where('per-file-ignores')}: per-file-ignores")
    for key in config.rules:
        if not any(key in (r.code, r.name) for r in rules):
            raise ConfigError(f"{config.origin}: [rules.{key}]: no rule has that code or name")
    if config.select is None:
        chosen = [r for r in rules if r.enabled or any(_turns_on(r, s) for s in config.extend_select)]
    else:
        chosen = [r for r in rules if any(_turns_on(r, s) for s in [*config.select, *config.extend_select])]
    ignored = list(config.ignore) + (config.ignores_for(path) if path else [])
    chosen = [r for r in chosen if not any(_selects(r, s) for s in ignored)]
    return [configure_rule(r, config) for r in chosen]


def configure_rule(rule: Rule, config: Config) -> Rule:
    """Apply ``[tool.postlint.rules.X]`` options to a rule, validated by the rule's own model."""
    options: dict[str, Any] = {}
    for key in (rule.code, rule.name):
        options.update(config.rules.get(key, {}))
    if not options:
        return rule
    return apply_options(rule, options, f"{config.origin}: [rules.{rule.code}]")


def apply_options(rule: Rule, options: dict[str, Any], where: str) -> Rule:
    data = rule.model_dump(by_alias=True)
    fields = type(rule).model_fields
    for key, value in options.items():
        field = key.replace("-", "_")
        if field in Rule.META or field not in fields:
            known = ", ".join(sorted(rule.options())) or "none"
            raise ConfigError(f"{where}: unknown option '{key}' for {rule.code} {rule.name} (options: {known})")
        _check_strictly(fields[field], value, f"{where}: invalid value for '{_kebab(field)}'")
        data[_kebab(field)] = value
    try:
        return type(rule).model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        key = ".".join(str(p) for p in err["loc"])
        raise ConfigError(f"{where}: invalid value for '{key}': {_message(err)}") from None


def _check_strictly(field: FieldInfo, value: Any, where: str) -> None:
    """Validate a config value against the option's type without lax coercion.

    Rules validate in pydantic's lax mode, which reads ``true`` as 1 and "5"
    as 5: a typo in a config would silently become a setting. TOML values
    are typed, so they are checked as JSON is in strict mode (a string may
    still name an enum member or an ISO date; a boolean is never a number).
    """
    encoded = to_json(value)
    expected = Annotated[(field.annotation, *field.metadata)] if field.metadata else field.annotation
    try:
        TypeAdapter(expected).validate_json(encoded, strict=True)
    except ValidationError as exc:
        raise ConfigError(f"{where}: {_message(exc.errors()[0])} (got {encoded.decode()})") from None
