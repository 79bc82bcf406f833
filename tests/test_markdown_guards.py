"""The guards in front of markdown-it's block rules must not change a single token."""

from __future__ import annotations

import random
from pathlib import Path

from markdown_it import MarkdownIt

from postlint.readers.markdown_guards import add_guards

ROOT = Path(__file__).resolve().parents[1]

# Line openings that reach every block rule, alone and combined with nesting.
_OPENINGS = [
    "", "- ", "* ", "+ ", "-", "1. ", "2) ", "10. ", "1234567890. ", "9) ", *(f"{n}. " for n in range(10)), "> ", ">", "# ", "###### ", "####### ", "#",
    "```", "~~~", "``", "---", "***", "___", "- - -", "===", "[a]: /url", "[a]", "<div>", "</div>", "<!-- ",
    "<p>", "<x-y>", "| a | b |", "|---|:-:|", "a | b", "- [ ] ", "\t", "    ", "  ", "\\", "**", "text ",
]
_NESTING = ["", "", "", "  ", "   ", "    ", "- ", "1. ", "> ", ">  - ", "\t", "  > "]
_WORDS = ["word", "**bold**", "`code`", "-->", "```", "#", "|", ":", "x", "[a]", "</div>", ""]


def _generated(rnd: random.Random) -> str:
    lines = []
    for _ in range(rnd.randint(1, 12)):
        line = rnd.choice(_NESTING) + rnd.choice(_OPENINGS) + " ".join(rnd.choices(_WORDS, k=rnd.randint(0, 3)))
        lines.append(line)
    return "\n".join(lines) + rnd.choice(["", "\n", "\n\n", "\n  ", "   "])


def _tokens(md: MarkdownIt, text: str) -> list[tuple]:
    return [
        (t.type, t.tag, t.nesting, t.level, t.map, t.content, t.markup, t.info, t.hidden, t.block, t.meta, dict(t.attrs or {}))
        for t in md.parse(text, {})
    ]


def _parsers() -> tuple[MarkdownIt, MarkdownIt]:
    plain = MarkdownIt("commonmark", {"html": True}).enable("table").disable("inline")
    guarded = MarkdownIt("commonmark", {"html": True}).enable("table").disable("inline")
    assert add_guards(guarded), "markdown-it's block rules changed: update postlint/readers/markdown_guards.py"
    return plain, guarded


def test_guards_keep_the_token_stream():
    plain, guarded = _parsers()
    rnd = random.Random(11)
    samples = [_generated(rnd) for _ in range(3000)]
    samples += [p.read_text(encoding="utf-8") for p in sorted(ROOT.glob("examples/**/*.md"))]
    for text in samples:
        assert _tokens(guarded, text) == _tokens(plain, text), repr(text)


def test_guards_keep_rule_order_and_chains():
    plain, guarded = _parsers()
    for chain in ("", "paragraph", "reference", "blockquote", "list"):
        assert len(guarded.block.ruler.getRules(chain)) == len(plain.block.ruler.getRules(chain))
    assert guarded.block.ruler.get_active_rules() == plain.block.ruler.get_active_rules()
