"""Plugins through pluggy: built-in and third-party rules come from one hook.

A plugin is a module with ``@postlint.hookimpl def postlint_rules()`` that
returns a list of rules, registered under the ``postlint`` entry-point group
(as pytest and sqlfluff do). postlint's own rules are registered the same way,
by the ``builtin`` entry point, so the engine below them never imports them.
"""

from __future__ import annotations

from functools import lru_cache

import pluggy

from postlint.engine.rule import Rule
from postlint.errors import RuleError

PROJECT = "postlint"
hookspec = pluggy.HookspecMarker(PROJECT)
hookimpl = pluggy.HookimplMarker(PROJECT)


class Hooks:
    @hookspec
    def postlint_rules(self) -> list[Rule]:  # type: ignore[empty-body]
        """Return the rules this plugin provides."""


def plugin_manager() -> pluggy.PluginManager:
    from importlib.metadata import entry_points

    pm = pluggy.PluginManager(PROJECT)
    pm.add_hookspecs(Hooks)
    for ep in entry_points(group=PROJECT):
        try:
            plugin = ep.load()
        except Exception as exc:  # noqa: BLE001 - any import failure is the plugin's
            raise RuleError(f"plugin '{ep.name}' ({ep.value}) failed to load: {type(exc).__name__}: {exc}") from None
        if pm.is_registered(plugin) or pm.has_plugin(ep.name):
            continue
        try:
            pm.register(plugin, name=ep.name)
        except Exception as exc:  # noqa: BLE001
            raise RuleError(f"plugin '{ep.name}' ({ep.value}) is invalid: {exc}") from None
    # postlint's own rules come through the same entry-point group as any plugin's
    # (``builtin = "postlint.builtin"`` in pyproject.toml): the engine never imports them.
    if not pm.has_plugin("builtin"):
        raise RuleError("postlint's built-in rules are not registered (entry point 'builtin' in group 'postlint'): reinstall postlint with pip")
    return pm


@lru_cache(maxsize=1)
def all_rules() -> tuple[Rule, ...]:
    """Every registered rule, sorted by code; a duplicate code or name is an error naming both plugins."""
    pm = plugin_manager()
    seen: dict[str, str] = {}
    rules: list[Rule] = []
    for impl in pm.hook.postlint_rules.get_hookimpls():
        name = pm.get_name(impl.plugin) or repr(impl.plugin)
        try:
            provided = impl.function()
        except Exception as exc:  # noqa: BLE001
            raise RuleError(f"plugin '{name}' failed: {type(exc).__name__}: {exc}") from None
        for rule in provided or []:
            if not isinstance(rule, Rule):
                raise RuleError(f"plugin '{name}' returned {rule!r}, which is not a postlint Rule")
            for key in (rule.code, rule.name):
                if key in seen:
                    raise RuleError(f"duplicate rule {key!r}: from plugin '{seen[key]}' and plugin '{name}'")
                seen[key] = name
            rules.append(rule)
    return tuple(sorted(rules, key=lambda r: r.code))
