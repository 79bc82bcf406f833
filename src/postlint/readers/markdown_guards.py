"""Cheap first-character checks in front of markdown-it's block rules.

markdown-it tries its block rules in turn on every line, and inside a paragraph
it tries the rules that may end one on every following line. Each rule logs a
debug message and makes a few checks before finding that its marker is not
there, which added up to a fifth of the block parse. A guard answers "no" at
once when the line's first non-blank character cannot open the construct: the
very case in which the rule itself returns False without touching the parser
state, so the token stream is unchanged (tests/test_markdown_guards.py compares
it with and without guards on generated Markdown).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

# Block rule -> the characters its construct starts with, after indentation.
_FIRST_CHARS = {
    "fence": "`~",
    "blockquote": ">",
    "hr": "*-_",
    "list": "*+-0123456789",
    "reference": "[",
    "html_block": "<",
    "heading": "#",
}

BlockRule = Callable[[Any, int, int, bool], bool]


def _first_char_guard(rule: BlockRule, chars: str) -> BlockRule:
    def guarded(state: Any, start_line: int, end_line: int, silent: bool) -> bool:
        pos = state.bMarks[start_line] + state.tShift[start_line]
        # At the very end of the input the slice is "", which is "in" any
        # string: the rule itself decides.
        if state.src[pos : pos + 1] not in chars:
            return False
        return rule(state, start_line, end_line, silent)

    return guarded


def _indented_code_guard(rule: BlockRule) -> BlockRule:
    def guarded(state: Any, start_line: int, end_line: int, silent: bool) -> bool:
        # An indented code block needs 4+ columns past the enclosing block's indent.
        if state.sCount[start_line] - state.blkIndent < 4:
            return False
        return rule(state, start_line, end_line, silent)

    return guarded


def add_guards(md: Any) -> bool:
    """Put the guards in front of ``md``'s block rules (a MarkdownIt).

    Returns False, leaving ``md`` as it was, when its rule table is not the
    one expected (a markdown-it version that keeps its rules elsewhere).
    """
    ruler = md.block.ruler
    rules = {rule.name: rule for rule in getattr(ruler, "__rules__", ())}
    if not {"code", *_FIRST_CHARS} <= rules.keys():
        return False
    for name, rule in rules.items():
        if name == "code":
            guarded = _indented_code_guard(rule.fn)
        elif name in _FIRST_CHARS:
            guarded = _first_char_guard(rule.fn, _FIRST_CHARS[name])
        else:
            continue
        # Ruler.at swaps the function in place: order, alt chains and enabled state stay.
        ruler.at(name, guarded, {"alt": list(rule.alt)})
    return True
