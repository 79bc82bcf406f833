"""`postlint rule CODE` documents the rules of issue 17: why, source, licence, examples, exceptions."""

from __future__ import annotations

import pytest

from postlint.cli.main import main

NEW_RULES = ["INC016", "INC017", "INC018", "INC019", "INC020", "TECH001", "TECH002"]
EXTENDED = ["INC001", "INC002", "INC003", "INC006", "INC010", "INC011", "INC015"]


@pytest.mark.parametrize("code", NEW_RULES + EXTENDED)
def test_rule_docs_say_why_where_from_and_what_is_never_reported(code, capsys):
    assert main(["rule", code]) == 0
    out = capsys.readouterr().out
    assert out.startswith(code)
    for heading in ("\nWhy\n", "\nTriggers on\n", "\nPasses\n", "\nExceptions and differences\n", "\nSource: "):
        assert heading in out, f"{code}: no {heading.strip()!r}"
    if code != "INC003":  # a pronoun rule has no word list of its own to license
        assert "\nLicence: " in out


def test_data_rule_docs_list_their_exception_phrases(capsys):
    main(["rule", "INC017"])
    out = capsys.readouterr().out
    assert "Never reported (exceptions)" in out and "'beard nets'" in out


def test_gender_coding_docs_list_the_deliberate_differences_from_gender_decoder(capsys):
    main(["rule", "INC015"])
    out = " ".join(capsys.readouterr().out.split())
    for difference in ("'kind of'", "'kindergarten'", "'technical support'", "'lead paint'", "'analyst'"):
        assert difference in out
    assert "gender-decoder" in out and "MIT" in out


def test_data_rule_docs_give_each_terms_own_severity(capsys):
    # Precision sample 5353: INC004 reported errors, warnings and infos while its docs named only 'warning'.
    main(["rule", "INC004"])
    out = capsys.readouterr().out
    section = out.split("Severity by term (the rule's own for the rest)\n", 1)[1].split("\n\n", 1)[0]
    joined = " ".join(section.splitlines())
    parts = {level: joined.split(f"{level}: ", 1)[1] for level in ("error", "warning", "info")}
    assert joined.index("error: ") < joined.index("warning: ") < joined.index("info: ")
    assert "'young'" in parts["error"].split("warning: ")[0]
    assert "'digital native'" in parts["warning"].split("info: ")[0] and "'energetic'" in parts["info"]


def test_data_rule_docs_list_every_term_of_a_severity(capsys):
    # Precision sample 3636: INC011's docs listed six of its 23 error terms, so 'bullshit' read as a warning.
    main(["rule", "INC011"])
    out = capsys.readouterr().out
    section = out.split("Severity by term (the rule's own for the rest)\n", 1)[1].split("\n\n", 1)[0]
    assert "'bullshit'" in section and "'arseholes'" in section


def test_rule_docs_say_what_each_described_option_means(capsys):
    # Blind sets S108, S110, S111: three writers could not tell from INC008's doc whether it fires without a profile.
    main(["rule", "INC008"])
    out = capsys.readouterr().out
    line = next(ln for ln in out.splitlines() if ln.lstrip().startswith("strict-profiles = "))
    assert line == (
        '    strict-profiles = ["us-federal-contractor", "inclusive"]   # a missing statement is info on every posting,'
        " a warning when the config's `profiles` names one of these"
    )
    main(["rule", "INC001"])
    assert "    min-words = 25   # postings with less prose than this are not judged\n" in capsys.readouterr().out
