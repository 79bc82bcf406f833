"""A third-party plugin written against the README's "Writing a rule" section, as a user would lay it out.

It imports only what the README documents (``postlint.Rule``, ``hookimpl``,
``load_rules``, ``postlint.nlp.docs``), so it shows that moving postlint's
modules into layers left the public surface as it was.
"""

from __future__ import annotations

import importlib.metadata as md
import sys
import textwrap

import pytest

import postlint
from postlint.cli.main import main
from postlint.engine import plugins

BUZZWORDS = textwrap.dedent(
    """\
    kind = "substitution"
    code = "ACME001"
    name = "acme-buzzwords"
    summary = "Buzzwords our style guide replaces."
    why = "Candidates skim past them."
    source = "https://example.com/style-guide"
    severity = "warning"
    scope = "prose"
    example = "# Engineer\\n\\nWe value synergy."
    passing = "# Engineer\\n\\nWe value teamwork."
    [[terms]]
    match = ["synergy", "synergies"]
    suggest = ["teamwork"]
    fix = true
    exceptions = ["Synergy Labs"]
    """
)

RULES_MODULE = textwrap.dedent(
    '''\
    from pathlib import Path

    import postlint.nlp
    from postlint import Rule, hookimpl, load_rules

    class NoEmoji(Rule):
        code: str = "ACME002"
        name: str = "no-emoji-headings"
        summary: str = "Headings without emoji."
        example: str = "# Engineer\\n\\n## 🚀 Perks\\n\\nText."
        passing: str = "# Engineer\\n\\n## Perks\\n\\nText."
        max_emoji: int = 0

        def check(self, posting, ctx):
            for section in posting.walk():
                h = section.heading
                if h is not None and sum(ord(c) > 0x2600 for c in h.text) > self.max_emoji:
                    yield self.diagnostic(posting, h.start, h.end, "Emoji in a heading.")

    class LongBlocks(Rule):
        code: str = "ACME003"
        name: str = "long-blocks"
        summary: str = "Blocks of more than max-tokens tokens."
        max_tokens: int = 12

        def check(self, posting, ctx):
            for block, doc in postlint.nlp.docs(posting):
                if len(doc) > self.max_tokens:
                    yield self.diagnostic(posting, block.start, block.end, f"{len(doc)} tokens.")

    @hookimpl
    def postlint_rules():
        return [NoEmoji(), LongBlocks(), *load_rules(Path(__file__).parent / "my_rules")]
    '''
)

POSTING = "# Data Engineer\n\n## 🚀 Perks\n\nWe value synergy at Synergy Labs and we ship data pipelines every single day.\n"


class EntryPoint:
    def __init__(self, name: str, value: str) -> None:
        self.name, self.value = name, value

    def load(self):
        import importlib

        return importlib.import_module(self.value)


@pytest.fixture()
def acme_plugin(tmp_path, monkeypatch):
    package = tmp_path / "acme_postlint"
    (package / "my_rules" / "culture").mkdir(parents=True)
    (package / "__init__.py").write_text("", encoding="utf-8")
    (package / "rules.py").write_text(RULES_MODULE, encoding="utf-8")
    (package / "my_rules" / "culture" / "buzzwords.toml").write_text(BUZZWORDS, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    real = md.entry_points

    def entry_points(**kw):
        if kw.get("group") != "postlint":
            return real(**kw)
        # What `[project.entry-points.postlint] acme = "acme_postlint.rules"` installs.
        return [*real(**kw), EntryPoint("acme", "acme_postlint.rules")]

    monkeypatch.setattr(md, "entry_points", entry_points)
    plugins.all_rules.cache_clear()
    yield
    plugins.all_rules.cache_clear()
    for name in [m for m in sys.modules if m.startswith("acme_postlint")]:
        del sys.modules[name]


def test_readme_plugin_rules_report_through_the_api(acme_plugin):
    found = [(d.code, d.line, d.column, d.end_column) for d in postlint.lint(POSTING) if d.code.startswith("ACME")]
    assert found == [("ACME002", 3, 4, 11), ("ACME003", 5, 1, 78), ("ACME001", 5, 10, 17)]


def test_readme_plugin_options_and_fix(acme_plugin):
    rules = {r.code: r for r in postlint.rules() if r.code.startswith("ACME")}
    assert set(rules) == {"ACME001", "ACME002", "ACME003"}
    assert rules["ACME003"].options()["max-tokens"] == 12
    fixed = postlint.fix(POSTING)
    assert "We value teamwork at Synergy Labs" in fixed


def test_readme_plugin_rules_in_the_cli(acme_plugin, tmp_path, capsys):
    job = tmp_path / "job.md"
    job.write_text(POSTING, encoding="utf-8")
    assert main(["check", "--no-cache", "--select", "ACME", "--format", "concise", str(job)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert [line.split(" ", 2)[1] for line in out if line.startswith(str(job))] == ["ACME002", "ACME003", "ACME001"]
    assert main(["rule", "ACME002"]) == 0
    assert capsys.readouterr().out.startswith("ACME002 no-emoji-headings")
