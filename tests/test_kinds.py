from __future__ import annotations

import pytest

from postlint.engine.config import Config
from postlint.engine.linter import Linter
from postlint.engine.metric_kind import evaluate
from postlint.engine.packs import load_rules
from postlint.errors import RuleError


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


PACK = {
    "culture/cliche.toml": """
kind = "existence"
code = "XYZ001"
name = "cliche"
summary = "Clichés."
message = "'{match}' is a cliché."
[[terms]]
match = ["rockstar", "work hard play hard"]
exceptions = ["Rockstar Games"]
""",
    "culture/swap.toml": """
kind = "substitution"
code = "XYZ002"
name = "swap"
summary = "Swaps."
[[terms]]
match = ["chairman"]
suggest = ["chair"]
fix = true
[[terms]]
match = ["guys"]
suggest = ["everyone", "folks"]
""",
    "counts/you.toml": """
kind = "occurrence"
code = "XYZ003"
name = "address-reader"
summary = "Say you."
scope = "prose"
patterns = ["\\\\byou\\\\b"]
min = 1
message = "Found {count}; expected {bounds}."
""",
    "counts/bullets.toml": """
kind = "metric"
code = "XYZ004"
name = "bullet-share"
summary = "Bullets."
formula = "list_items / blocks"
max = 0.5
message = "Bullet share {value:.2f} is outside {bounds}."
""",
    "data/words.toml": "words = ['not', 'a', 'rule']\n",
}


@pytest.fixture()
def pack(tmp_path):
    for name, text in PACK.items():
        write(tmp_path / name, text)
    return load_rules(tmp_path)


def run(rules, text):
    return Linter(Config(), rules=rules).lint_text(text)


def test_pack_loads_every_kind_and_skips_data_files(pack):
    assert [(r.code, r.kind) for r in pack] == [
        ("XYZ001", "existence"),
        ("XYZ002", "substitution"),
        ("XYZ003", "occurrence"),
        ("XYZ004", "metric"),
    ]


def test_existence_matches_phrases_case_insensitively_with_exceptions(pack):
    text = "# T\n\nYou are a Rockstar. We work hard play hard.\n\nWe love Rockstar Games titles, you too.\n"
    found = [(d.code, d.line, d.column, d.message) for d in run(pack, text) if d.code == "XYZ001"]
    assert found == [
        ("XYZ001", 3, 11, "'Rockstar' is a cliché."),
        ("XYZ001", 3, 24, "'work hard play hard' is a cliché."),
    ]


def test_existence_skips_quotes_and_headings(pack):
    text = '# Rockstar\n\n## Rockstar perks\n\nWe never say "rockstar" here, you see.\n'
    assert [d for d in run(pack, text) if d.code == "XYZ001"] == []


def test_substitution_fix_only_with_one_always_right_suggestion(pack):
    text = "# T\n\nThe Chairman thanks you guys.\n"
    found = [d for d in run(pack, text) if d.code == "XYZ002"]
    assert [(d.column, d.message) for d in found] == [
        (5, "Use 'chair' instead of 'Chairman'."),
        (25, "Use 'everyone' or 'folks' instead of 'guys'."),
    ]
    assert found[0].fix is not None and found[0].fix.replacement == "Chair"
    assert text[found[0].fix.start : found[0].fix.end] == "Chairman"
    assert found[1].fix is None


def test_occurrence_and_metric(pack):
    text = "# T\n\n- one\n- two\n\nWe build things.\n"
    found = {d.code: d for d in run(pack, text)}
    assert found["XYZ003"].message == "Found 0; expected at least 1."
    assert (found["XYZ003"].line, found["XYZ003"].column) == (1, 3)
    assert found["XYZ004"].message == "Bullet share 0.67 is outside at most 0.5."


def test_invalid_rule_file_names_file_and_line(tmp_path):
    write(tmp_path / "bad.toml", 'kind = "existence"\ncode = "XYZ001"\nname = "Bad Name"\nsummary = "s"\n')
    with pytest.raises(RuleError, match=r"bad\.toml:3: invalid rule field 'name'"):
        load_rules(tmp_path)


def test_unknown_kind_and_broken_toml(tmp_path):
    write(tmp_path / "a.toml", 'kind = "magic"\ncode = "XYZ001"\n')
    with pytest.raises(RuleError, match=r"a\.toml:1: unknown rule kind 'magic'"):
        load_rules(tmp_path)
    write(tmp_path / "a.toml", "kind = \n")
    with pytest.raises(RuleError, match=r"a\.toml: invalid TOML"):
        load_rules(tmp_path)


def test_catastrophic_regex_rejected_at_load(tmp_path):
    write(tmp_path / "r.toml", 'kind = "existence"\ncode = "XYZ001"\nname = "r"\nsummary = "s"\npatterns = ["(a+)+$"]\n')
    with pytest.raises(RuleError, match=r"r\.toml:5: invalid rule field 'patterns'.*unsafe regular expression"):
        load_rules(tmp_path)


def test_metric_formula_refuses_code():
    assert evaluate("words / blocks", {"words": 10, "blocks": 0}) == 0.0
    with pytest.raises(ValueError, match="unsupported expression"):
        evaluate("__import__('os')", {"words": 1})


def test_substitution_that_would_repeat_a_neighbour_asks_for_rewording():
    found = Linter(Config(select=["INC002"])).lint_text("# Planner\n\nPlan the cyberspace workforce manpower and the chairman's agenda.\n")
    assert [(d.line, d.column, d.message, d.fix is None) for d in found] == [
        (3, 31, "Reword 'manpower': 'workforce' would repeat the word beside it.", True),
        (3, 48, "Use 'chair' instead of 'chairman'.", False),
    ]


UNLESS_RULE = """
kind = "existence"
code = "XYZ009"
name = "night-shifts"
summary = "Night shifts named without their pay."
[[terms]]
match = ["night shifts"]
unless = ['night (?:shift )?(?:differential|premium)']
"""


def test_unless_drops_a_term_where_the_posting_says_what_excuses_it(tmp_path):
    write(tmp_path / "rules" / "nights.toml", UNLESS_RULE)
    rules = load_rules(tmp_path / "rules")
    linter = Linter(Config(select=["XYZ009"]), rules=rules)
    found = linter.lint_text("# Nurse\n\nYou will work night shifts.\n")
    assert [(d.code, d.line, d.column) for d in found] == [("XYZ009", 3, 15)]
    assert linter.lint_text("# Nurse\n\nYou will work night shifts.\n\nPay: a night differential of $4 an hour.\n") == []


def test_unless_rejects_a_catastrophic_pattern(tmp_path):
    write(tmp_path / "rules" / "bad.toml", UNLESS_RULE.replace("night (?:shift )?(?:differential|premium)", "(a+)+$"))
    with pytest.raises(RuleError):
        load_rules(tmp_path / "rules")


TERM_PATTERN_RULE = """
kind = "substitution"
code = "XYZ010"
name = "nights-field"
summary = "Night shifts, also as a board's field."
[[terms]]
match = ["night shifts"]
suggest = ["evening work"]
note = "Say the hours."
patterns = ['\\bshifts?:[ \\t]*+nights?\\b']
unless = ['night (?:shift )?(?:differential|premium)']
"""


def test_a_terms_own_pattern_is_reported_as_that_term(tmp_path):
    """A term's `patterns` find shapes no phrase spells, with the term's suggestion, note and `unless`."""
    write(tmp_path / "rules" / "nights.toml", TERM_PATTERN_RULE)
    linter = Linter(Config(select=["XYZ010"]), rules=load_rules(tmp_path / "rules"))
    found = linter.lint_text("# Nurse\n\nShift: Nights\n")
    assert [(d.line, d.column, d.message) for d in found] == [(3, 1, "Use 'evening work' instead of 'Shift: Nights'. Say the hours.")]
    assert linter.lint_text("# Nurse\n\nShift: Nights\n\nPay: a night differential of $4 an hour.\n") == []
    with pytest.raises(RuleError):
        write(tmp_path / "bad" / "nights.toml", TERM_PATTERN_RULE.replace("\\bshifts?", "(a+)+$"))
        load_rules(tmp_path / "bad")


def test_a_term_across_a_hard_wrap_is_found_and_quoted_on_one_line():
    """Git-kept Markdown is often wrapped at 80 columns: a phrase split over two lines is one phrase."""
    from postlint import lint
    from postlint.engine.config import Config

    text = "# Engineer\n\nWe want a\nrecent graduate. Checks are done prior\nto any offer.\n"
    found = [(d.code, d.line, d.column, d.end_line, d.message.split(";")[0]) for d in lint(text, config=Config(select=["INC004", "READ017"]))]
    assert found == [
        ("INC004", 4, 1, 4, "'recent graduate' is age-coded"),
        ("READ017", 4, 34, 5, "'prior to' is wordy: use 'before'."),
    ]
