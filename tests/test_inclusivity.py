"""Unit tests for the gender-coding data and the context rules shared by the INC family."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import postlint
from postlint.builtin.inclusivity.coded_stems import alternatives, find_coded, stems
from postlint.builtin.inclusivity.coded_words import coded_in_posting
from postlint.builtin.inclusivity.context import in_statement, name_like
from postlint.engine.linter import Linter
from postlint.language.sentence_split import sentence_around
from postlint.testing import run_rule


def test_paper_stem_counts():
    table = stems()
    masculine = [s for s, g in table.prefixes if g == "masculine"] + [w for w, (g, _) in table.exact.items() if g == "masculine"]
    feminine = [s for s, g in table.prefixes if g == "feminine"] + [w for w, (g, _) in table.exact.items() if g == "feminine"]
    # gender-decoder's published English list (MIT): Gaucher, Friesen & Kay's (2011) Appendix A
    # stems plus its own additions and hyphen/no-hyphen spellings, 52 masculine and 50 feminine.
    assert (len(masculine), len(feminine)) == (52, 50)


def test_prefix_exact_and_hyphenated_words():
    found = [(c.word, c.gender, c.stem) for c in find_coded("An assertive, self-reliant lead; decision-making; active; activity.")]
    assert found == [
        ("assertive", "masculine", "assert*"),
        ("self-reliant", "masculine", "self-relian*"),
        ("lead", "masculine", "lead*"),
        ("decision", "masculine", "decision*"),  # split at its hyphen, as gender-decoder splits it
        ("active", "masculine", "active*"),
    ]


def test_exceptions_are_whole_phrases():
    text = "An individual contributor commits code? No: you commit code, use SharePoint and give support."
    assert [c.word for c in find_coded(text)] == ["commits", "support"]


def test_a_leading_journal_is_no_trait_but_leading_a_group_is():
    # Blind set S24: "publications in leading journals" describes the journals.
    text = "Publications in leading journals. You will be leading a research group."
    assert [c.word for c in find_coded(text)] == ["leading"]
    assert find_coded(text)[0].start == text.index("leading a")


def test_aggressive_things_are_no_trait():
    # Blind sets S26, S27: chemicals and pumped media, as INC010 already read them.
    text = "Handle aggressive chemicals and dose aggressive media. Be aggressive with prospects."
    assert [(c.word, c.start) for c in find_coded(text)] == [("aggressive", text.index("aggressive with"))]


def test_an_aggressive_schedule_is_no_trait():
    # Blind set S115: INC010 let "an aggressive schedule" pass while INC001's balance counted it.
    text = "We hold an aggressive schedule on this tower. We are an aggressive builder."
    assert [(c.word, c.start) for c in find_coded(text)] == [("aggressive", text.index("aggressive builder"))]


def test_inc001_and_inc010_pass_the_same_aggressive_phrases():
    """The balance (INC001) and the cliché rule (INC010) read 'aggressive' alike: a phrase one lets pass, the other does too."""
    import tomllib

    from postlint.resources import rules_dir

    coded = tomllib.loads((rules_dir() / "inclusivity" / "gender-coded-words.toml").read_text(encoding="utf-8"))
    cliches = tomllib.loads((rules_dir() / "inclusivity" / "culture-cliches.toml").read_text(encoding="utf-8"))
    ours = {e for e in coded["exceptions"] if e.startswith("aggressive")}
    theirs = {e for t in cliches["terms"] if "aggressive" in t["match"] for e in t.get("exceptions", []) if e.startswith("aggressive")}
    assert ours == theirs


def test_a_competitive_examination_is_no_trait():
    # Blind set S29: the civil service's merit-based selection, as 'competitive service' is.
    text = "This is a competitive examination. We want a competitive negotiator."
    assert [(c.word, c.start) for c in find_coded(text)] == [("competitive", text.index("competitive negotiator"))]


def test_alternatives_are_data():
    assert alternatives("Aggressive") == ["bold", "proactive"]
    assert alternatives("lead") == []


def test_sentence_around_and_names():
    text = "We build tools. Ask the Tech Lead about it! Lead the team."
    assert sentence_around(text, 24, 28) == " Ask the Tech Lead about it!"
    assert name_like(text, text.index("Lead"), text.index("Lead") + 4)
    assert not name_like(text, text.rindex("Lead"), text.rindex("Lead") + 4)


def test_statement_context():
    posting = Linter().parse("# Job\n\nWe encourage women and people of colour to apply. He or she will code.\n")
    block = next(posting.body_blocks())
    assert in_statement(posting, block, block.text.index("women"), block.text.index("women") + 5)
    assert not in_statement(posting, block, block.text.index("He"), block.text.index("He") + 2)


def test_balance_counts_prose_only():
    posting = Linter().parse("# Lead Analyst\n\n## Leadership\n\nYou will support the team.\n\n> \"aggressive\" is a word we avoid.\n")
    found, words = coded_in_posting(posting)
    assert [c.word for _, c in found] == ["support"]
    assert words == 11


def test_leaders_the_candidate_works_with_are_not_a_trait():
    # Precision sample 9393: "with peers and leaders" names other people; "doers and leaders" asks for a trait.
    posting = Linter().parse(
        "# Engineer\n\nShare lessons learned with peers and leaders. Brief leaders and stakeholders weekly. "
        "Report to leaders monthly. We want doers and leaders.\n"
    )
    found, _ = coded_in_posting(posting)
    text = next(posting.body_blocks()).text
    assert [(c.word, c.start) for _, c in found] == [("Share", 0), ("leaders", text.rindex("leaders"))]


def test_balance_is_normalised_by_length():
    # The same six masculine-coded words: reported in a short posting, not in one ten times longer.
    coded = "You are decisive, assertive and independent, an outspoken, headstrong and stubborn engineer. "
    filler = "You will write clear documentation for the platform team and review pull requests with care every week. "
    short = run_rule("INC001", "# Engineer\n\n" + coded + filler * 2)
    long = run_rule("INC001", "# Engineer\n\n" + coded + filler * 80)
    assert [d.severity for d in short] == ["warning"]
    assert long == []


def test_fix_replaces_only_always_right_terms():
    found = run_rule("INC002", "The chairman and the salesman met.\n")
    assert [(d.line, d.column, d.fix.replacement if d.fix else None) for d in found] == [(1, 5, "chair"), (1, 22, None)]


CORPUS = Path(os.environ.get("POSTLINT_CORPUS", Path(__file__).resolve().parents[2] / "shared" / "corpus"))


@pytest.mark.skipif(not (CORPUS / "markdown").is_dir(), reason="corpus not available")
def test_corpus_has_no_term_false_alarms():
    """Real postings (CDS, TTS) use ordinary vocabulary: no profanity, ableism, clichés or national-origin hits."""
    from postlint.engine.config import parse_config

    linter = Linter(parse_config({"select": ["INC006", "INC010", "INC011", "INC012"]}))
    files = sorted((CORPUS / "markdown").glob("*.md"))[:20]
    found = [d for f in files for d in linter.lint_text(f.read_text(encoding="utf-8"), path=str(f))]
    assert found == []


@pytest.mark.parametrize(
    "sentence, code, message",
    [
        ("Illegal aliens need not apply.", "INC019", "Use 'undocumented immigrant' instead of 'Illegal aliens'."),
        ("We blacklist slow vendors.", "INC019", "Use 'denylist' or 'blocklist' instead of 'blacklist'."),
        ("No sexual preference rules here.", "INC019", "Use 'sexual orientation' instead of 'sexual preference'."),
        ("Sometimes you must man up.", "INC016", "Use 'step up' or 'show courage' instead of 'man up'."),
        ("Do not be bossy.", "INC016", "Use 'direct' or 'blunt' or 'unkind' instead of 'bossy'."),
        # Blind set S23: each job its own word, not one list for all of them.
        ("Our cleaning ladies start at six.", "INC002", "Use 'cleaner' or 'cleaning staff' instead of 'cleaning ladies'."),
        ("Ask the lollipop lady.", "INC002", "Use 'crossing guard' or 'school crossing patrol' instead of 'lollipop lady'."),
        # A British Columbia posting too: the message must not say the Ontario law binds it.
        ("Canadian experience required.", "INC012", "Use 'experience with Canadian regulations' or 'relevant experience' instead of "
         "'Canadian experience'. It screens out newcomers who can do the job, and Ontario bars it"),
    ],
)
def test_each_term_suggests_words_that_fit_it(sentence, code, message):
    found = [d for d in postlint.lint(f"# Designer\n\n{sentence}\n", path="job.md") if d.code == code]
    assert len(found) == 1 and found[0].message.startswith(message), [d.message for d in found]


def test_accessible_services_are_a_duty_not_a_statement():
    # "build accessible services" is the work, not an equal-opportunity statement: its "support" counts.
    from postlint import lint

    text = (
        "# Design Researcher\n\nYou will lead research, lead workshops and lead planning for the team. You will make "
        "decisions and champion research across the whole organisation every week.\n\nYou will support teams to build accessible services.\n"
    )
    found = [d.message for d in lint(text, path="x.md") if d.code == "INC001"]
    assert found and found[0].startswith("Wording is strongly masculine-coded: 5 masculine- vs 1 feminine-coded words")


def test_each_gendered_role_gets_its_own_word():
    # Blind set S14: 'waitresses' was offered 'server' or 'flight attendant'.
    found = run_rule("INC002", "# Manager\n\nYou will coach waitresses, and brief the stewardess on board.\n")
    assert [d.message.split(".")[0] for d in found] == ["Use 'server' instead of 'waitresses'", "Use 'flight attendant' or 'cabin crew' or 'steward' instead of 'stewardess'"]


def test_a_native_speaker_of_any_language_is_asked_to_be_fluent_in_it_not_in_english():
    # Blind set S55: "a native speaker of Dagbani" had been told to ask for "fluent English".
    text = "# Officer\n\n- You are a native speaker of Dagbani\n- Native English speaker\n- You are an English native speaker\n"
    found = [(d.line, d.message.split(" instead of ")[0]) for d in Linter().lint_text(text) if d.code == "INC012"]
    assert found == [
        (3, "Use 'fluent speaker' or 'professional working proficiency'"),
        (4, "Use 'fluent English' or 'professional working proficiency in English'"),
        (5, "Use 'fluent English' or 'professional working proficiency in English'"),
    ]


def test_long_lead_parts_and_aggressive_mine_water_are_no_traits():
    # Blind set S63 re-score: INC001's most frequent words named procurement's "long-lead" and corrosive water.
    from postlint.builtin.inclusivity.coded_words import coded_in_posting
    from postlint.readers import parse

    text = "# Planner\n\nYou will order long-lead parts and plan pumps for aggressive mine water. You are confident and decisive.\n"
    found = coded_in_posting(parse(text, "markdown"))[0]
    assert [(block.text[c.start : c.end], c.stem) for block, c in found] == [("confident", "confident*"), ("decisive", "decisive*")]


def test_a_name_and_its_verb_before_a_relative_clause_is_a_person() -> None:
    # Review of the session's change: the plural-subject reading took "Samuel works with residents whose needs are…"
    # for a thing, so a later "He" lost Samuel as its antecedent.
    from postlint.builtin.inclusivity.pronouns import specific_subject

    assert specific_subject("Samuel works with residents whose needs are complex.")
    assert specific_subject("Samuel works with residents and families are welcome to visit.")
    assert not specific_subject("Native modules in Swift or Kotlin are a plus.")


def test_a_min_max_field_over_a_long_run_of_blanks_is_linear() -> None:
    # Review: "min\s*[:]?\s*" split a run of blanks every way it could (4,000 blanks took 2.6 s, 50,000 over 300 s).
    from postlint.builtin.inclusivity.experience_caps import _FIELD_MIN_MAX, _LABELLED

    assert _LABELLED.search("Years of experience: min" + " " * 20_000 + "x") is None
    assert _FIELD_MIN_MAX.search("min" + " " * 20_000 + "x") is None
    assert _LABELLED.search("Years of Experience: Min: 10 Max: 15").group("mh") == "15"


def test_the_licence_clause_is_cut_from_its_start_to_the_clause_end_after_its_last_licence() -> None:
    # The own-vehicle check reads a requirement without its licence clause; found from the licences
    # outward (the spanning pattern searched again from every blank: 20,000 blanks took 8 s).
    from postlint.builtin.inclusivity.requirements import _without_licence_sentences as cut

    assert cut("Lift 50 lbs; a driver's licence and own car. Own vehicle a plus.") == "Lift 50 lbs; . Own vehicle a plus."
    assert cut("Driving licence and\nown car. Driver's licence, again") == " \nown car. "  # a line ends the clause
    assert cut("a driving\nlicence\nand a car") == " \nand a car"  # the licence spans a line; its clause ends at the next
    assert cut("Lift 50 lbs" + " " * 20_000 + "x") == "Lift 50 lbs" + " " * 20_000 + "x"
    assert cut("A forklift licence and own car.") == "A forklift licence and own car."  # no driving licence


def test_a_sentences_physical_demands_are_one_finding() -> None:
    # One accommodation covers a sentence's demands: one finding from the first to the last, naming each.
    found = run_rule("INC007", "# Mover\n\nMust be able to lift 50 lbs and stand for long periods. You will climb ladders daily.\n")
    assert [(d.line, d.column, d.end_line, d.end_column) for d in found] == [(3, 1, 3, 55), (3, 66, 3, 79)]
    assert found[0].message.startswith("'Must be able to lift', 'stand for long periods' without 'with or without reasonable accommodation'")
    assert found[1].message.startswith("'climb ladders' without")


def test_thick_skin_has_its_own_note_not_drama_free():
    # Blind set S127: "thick skin" was told "Saying there is no drama suggests there is." (drama-free's note).
    found = run_rule("INC010", "# Agent\n\nYou need a thick skin for this desk. Our office is drama-free.\n")
    assert [d.message.split(" instead of ")[1] for d in found] == [
        "'thick skin'. Asking for a thick skin warns of rude or hostile treatment; say how the team supports staff through hard calls.",
        "'drama-free'. Saying there is no drama suggests there is.",
    ]
