from __future__ import annotations

import textstat
from hypothesis import given, settings
from hypothesis import strategies as st

from postlint import parse
from postlint.language import nlp, phrases, syllables

WORDS = ["responsibilities", "hello", "engineering", "scalability", "the", "cybersecurity", "Kubernetes", "don't", "high-performance", "AI"]


def test_syllables_match_textstat_on_ascii_words():
    assert [syllables.count(w) for w in WORDS] == [max(1, textstat.syllable_count(w)) for w in WORDS]


def test_typographic_apostrophe_is_an_apostrophe():
    assert syllables.count("Canada’s") == syllables.count("Canada's") == 3


def test_sentences_are_split_per_block_and_skip_keyword_declaration():
    posting = parse("# T\n\nWe build. You lead.\n\nKeywords: a, b, c.\n\n- Item without stop\n")
    assert [s.text for s in nlp.sentences(posting)] == ["We build.", "You lead.", "Item without stop"]


def test_lemma_matching_is_case_insensitive():
    posting = parse("# T\n\nScaling systems matters.\n")
    found = phrases.match_phrases(posting, [["scale"]], attr="LEMMA")
    assert [(b.text[s:e]) for b, _, s, e in found] == ["Scaling"]


def test_spacy_loaded_without_its_cli_still_offers_the_cli_afterwards():
    # A fresh interpreter: postlint imports spaCy without spacy.cli, and a user's
    # later "import spacy.cli" / spacy.info must still get the real ones.
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from postlint.language import nlp\n"
        "nlp.pipeline()\n"
        "assert 'weasel' not in sys.modules, 'spacy.cli was imported'\n"
        "import spacy, spacy.cli\n"
        "from spacy.cli.info import info as real\n"
        "assert callable(spacy.cli.download)\n"
        "print(type(spacy.info()).__name__, spacy.info.__module__)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["dict", "postlint.language.spacy_loading"]


def test_lemma_table_is_spacys_lookup_table():
    from postlint.language import nlp

    assert [t.lemma_ for t in nlp.pipeline()("Teams were Scaling hires.")] == ["team", "be", "scale", "hire", "."]


def test_sentence_spans_from_arrays_equal_spacys_sents():
    pipeline = nlp.pipeline()
    for text in ["Hi!! There?! ok", "a. . b", "  Lead with space. And  trail  ", "One sentence", "Wait... what? Yes."]:
        doc = pipeline(text)
        assert nlp.sentence_spans(doc) == [(s.start_char, s.end_char) for s in doc.sents]
        doc.user_data.clear()  # a Doc the annotator did not make: read from its arrays
        assert nlp.sentence_spans(doc) == [(s.start_char, s.end_char) for s in doc.sents]
    assert nlp.sentence_spans(pipeline("Hi!! There?! ok")) == [(0, 4), (5, 12), (13, 15)]


def test_new_words_get_the_lexical_attributes_postlint_reads():
    # Relies on spaCy's Vocab.lex_attr_getters: a spaCy that computes a new word's
    # attributes differently must fail here, not silently change findings.
    import spacy
    from spacy.attrs import IDS

    vocab = nlp.pipeline().vocab
    assert set(vocab.lex_attr_getters) == {IDS[name] for name in nlp.READ_LEXEME_ATTRS}
    assert vocab.lang == "en"
    reference = spacy.blank("en")
    text = "Zyxwq-Blorf ZORPS!! \u00bf \u2014 \n\t q\u00fcuxel \u201cfoo\u201d"
    ours, theirs = nlp.pipeline()(text), reference(text)
    assert [(t.text, t.lower_, t.is_punct, t.is_space) for t in ours] == [
        (t.text, t.lower_, t.is_punct, t.is_space) for t in theirs
    ]


def test_a_phrase_with_an_abbreviation_matches_it_as_the_tokenizer_keeps_it_whole():
    # Blind set S86: spaCy keeps "Ph.D." one token but splits the term list's "ph.d.".
    posting = parse("# T\n\nThis suits recent Ph.D. graduates, not a recent Ph.D graduate.\n")
    for cache in (True, False):
        found = phrases.match_phrases(posting, [["recent ph.d. graduates"]], attr="LOWER", cache=cache)
        assert [b.text[s:e] for b, _, s, e in found] == ["recent Ph.D. graduates"]


def test_ampersand_lemma_is_and():
    posting = parse("# T\n\nData & Reporting and R&D.\n")
    found = phrases.match_phrases(posting, [["data and reporting"]], attr="LEMMA")
    assert [b.text[s:e] for b, _, s, e in found] == ["Data & Reporting"]


def test_changing_the_pipeline_drops_matchers_built_on_the_old_one():
    # The matched group's id is a string in the matcher's vocabulary ("41"): a matcher
    # kept from the old pipeline cannot name it in the new one (spaCy's E018).
    groups = [[f"unused phrase {i}"] for i in range(41)] + [["scale"]]
    posting = parse("# T\n\nScaling systems matters.\n")
    assert [g for _, g, _, _ in phrases.match_phrases(posting, groups, attr="LEMMA")] == [41]
    try:
        nlp.configure("postlint_no_such_pipeline")  # as a config with a missing nlp-model does
    finally:
        nlp.configure(None)  # a new blank pipeline, with a new vocabulary
    fresh = parse("# T\n\nScaling systems matters.\n")
    assert [(g, b.text[s:e]) for b, g, s, e in phrases.match_phrases(fresh, groups, attr="LEMMA")] == [(41, "Scaling")]


def test_amounts_are_one_word_each() -> None:
    from postlint.language import nlp

    assert nlp.words("We pay $250,000 a year or $22.57 an hour.") == ["We", "pay", "250,000", "a", "year", "or", "22.57", "an", "hour"]
    assert nlp.words("Steps 1,2,3 and 10,00") == ["Steps", "1", "2", "3", "and", "10", "00"]  # not thousands groups


def test_a_bold_lead_in_line_is_a_label_not_part_of_the_sentence():
    from postlint.language import nlp

    posting = parse(
        "# T\n\n- **Objective 1: Set standards**\nThe director will work with teams.\n\n"
        "**Travel requirement:**\nOccasional travel.\n\n"
        "**A bold paragraph that wraps**\n**over two lines**\n\n"
        "Text with **bold words**\nacross a wrap.\n"
    )
    assert [s.text for s in nlp.sentences(posting)] == [
        "The director will work with teams.",
        "Occasional travel.",
        "A bold paragraph that wraps  \n  over two lines",
        "Text with   bold words  \nacross a wrap.",
    ]
    # Plain text has no markup to tell a label by: its lines are left as they are.
    plain = parse("Analyst\n\nObjective one set standards\nthe director will work with teams.\n", "text")
    assert [len(s.words) for s in nlp.sentences(plain)] == [10]


def _after_abbreviation(doc, j: int) -> bool:
    """Token ``j`` is a word in lower case after punctuation whose only sentence-final mark is one '.'."""
    from spacy.pipeline import Sentencizer

    from postlint.language.annotator import _LOWER_CASE_OPENERS

    word = doc[j].text
    if not j or not (word[:1].isalpha() and word[:1].islower() and word == word.lower()):
        return False
    if word in _LOWER_CASE_OPENERS:
        return False  # "…city centre. we roast…": text written in lower case opens its sentences so
    marks, k = [], j - 1
    while k >= 0 and (doc[k].is_punct or doc[k].text in Sentencizer.default_punct_chars):
        if doc[k].text in Sentencizer.default_punct_chars:
            marks.append(doc[k].text)
        k -= 1
    return marks == ["."]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["Hi", "there", "ok", ".", "!", "?", "...", '"', ")", "(", "-", " ", "  ", "\n", "。"]), max_size=30))
def test_sentence_starts_follow_spacys_sentencizer_rule(pieces):
    # The annotator re-implements the Sentencizer rule over token arrays; spaCy's own
    # component on the same tokens is the reference.
    from spacy.pipeline import Sentencizer

    text = "".join(pieces)
    ours = nlp.pipeline()(text)
    theirs = Sentencizer()(nlp.pipeline().make_doc(text))
    # The one documented difference: a lone full stop (then only brackets or quotes) before a
    # word in lower case ends an abbreviation, not a sentence ("etc.) to meet"), unless the word
    # is a pronoun that opens sentences written in lower case ("there", "we").
    expected = [bool(t.is_sent_start) and not _after_abbreviation(theirs, t.i) for t in theirs]
    assert [t.is_sent_start for t in ours] == expected


def test_a_postings_own_phrases_match_as_a_phrase_matcher_matches():
    posting = parse(
        "# Data Engineers\n\nOur data engineer builds DATA ENGINEERING tools; data  engineers pair.\n\n"
        "- Data engineers own pipelines\n- A data-engineer mentors\n"
    )
    groups = [["data engineer"], ["data engineering", "pipeline"], ["engineer"]]
    for attr in ("LEMMA", "LOWER"):
        scanned = phrases.match_phrases(posting, groups, attr=attr, cache=False)
        matched = phrases.match_phrases(posting, groups, attr=attr)  # a PhraseMatcher
        assert scanned == matched
    # The lookup table's lemma of "engineering" is "engineer": groups 0 and 1 match the
    # same words. Two spaces do not break a phrase (a reader sees one phrase); a hyphen
    # leaves "engineer" a word of its own.
    hits = phrases.match_phrases(posting, groups, attr="LEMMA", cache=False)
    assert [(block.text[s:e], gid) for block, gid, s, e in hits] == [
        ("Data Engineers", 0), ("Data Engineers", 1), ("Engineers", 2), ("data engineer", 0), ("data engineer", 1),
        ("engineer", 2), ("DATA ENGINEERING", 0), ("DATA ENGINEERING", 1), ("ENGINEERING", 2),
        ("data  engineers", 0), ("data  engineers", 1), ("engineers", 2),
        ("Data engineers", 0), ("Data engineers", 1), ("engineers", 2), ("pipelines", 1), ("engineer", 2),
    ]
    hits = phrases.match_phrases(posting, groups, attr="LOWER", cache=False)
    assert [(block.text[s:e], gid) for block, gid, s, e in hits] == [
        ("data engineer", 0), ("engineer", 2), ("DATA ENGINEERING", 1), ("engineer", 2),
    ]


def test_a_sentence_ends_after_a_time_abbreviation_before_a_pronoun():
    # spaCy keeps the full stop inside "p.m.": the Sentencizer alone ran the two sentences together.
    from postlint.language import nlp

    posting = parse("# T\n\nShifts run from 7 a.m. to 3 p.m. We review applications weekly. Call at 9 a.m. Monday. Acme Inc. is hiring.\n")
    assert [s.text for s in nlp.sentences(posting)] == [
        "Shifts run from 7 a.m. to 3 p.m.",
        "We review applications weekly.",
        "Call at 9 a.m. Monday.",
        "Acme Inc. is hiring.",
    ]
    # A capital and its stop: a round of funding before a new sentence, an initial inside a name (blind set S18).
    posting = parse("# T\n\nWe are growing after our Series A. We are hiring. Ask John F. Kennedy about it.\n")
    assert [s.text for s in nlp.sentences(posting)] == ["We are growing after our Series A.", "We are hiring.", "Ask John F. Kennedy about it."]
    # An instruction after the time (blind set S31: one 34-word "sentence").
    posting = parse("# T\n\nApply in person, 8 a.m. to 3 p.m. Bring your diploma and $35 for the fee.\n")
    assert [s.text for s in nlp.sentences(posting)] == ["Apply in person, 8 a.m. to 3 p.m.", "Bring your diploma and $35 for the fee."]
    # Any word in Title Case after the time but a day, a month or a time zone (blind set S47: a 35-word "sentence").
    posting = parse("# T\n\nRuns end at 5:00 p.m. Many routes carry preschoolers. Calls close at 4 p.m. Eastern on Fridays.\n")
    assert [s.text for s in nlp.sentences(posting)] == ["Runs end at 5:00 p.m.", "Many routes carry preschoolers.", "Calls close at 4 p.m. Eastern on Fridays."]
    # A city's time after the clock goes on the sentence (review): "5 p.m. Singapore time".
    posting = parse("# T\n\nThe desk is open from 9 a.m. to 5 p.m. Singapore time on weekdays.\n")
    assert [s.text for s in nlp.sentences(posting)] == ["The desk is open from 9 a.m. to 5 p.m. Singapore time on weekdays."]


def test_a_phrase_is_matched_across_blanks_that_make_a_whitespace_token():
    # A wrapped list item's indent, a double space, a tab: the hit spans the phrase's own words.
    posting = parse("# T\n\n- Plan the rota in order\n   to cover nights.\n\nThen  plan, prior\tto the audit.\n")
    groups = [["in order to"], ["prior to"], ["then plan"]]
    found = [(g, b.text[s:e]) for b, g, s, e in phrases.match_phrases(posting, groups, attr="LOWER")]
    assert found == [(0, "in order\n   to"), (2, "Then  plan"), (1, "prior\tto")]
    scanned = [(g, b.text[s:e]) for b, g, s, e in phrases.match_phrases(posting, groups, attr="LEMMA", cache=False)]
    assert scanned == found


def test_a_block_without_blank_runs_is_matched_as_it_is():
    posting = parse("# T\n\nPlan the rota in order to cover nights.\n")
    (block, doc), = [(b, d) for b, d in nlp.docs(posting) if b.kind == "paragraph"]
    assert phrases.without_blank_tokens(doc, block.text) is None
    wrapped = parse("# T\n\n- Plan in order\n  to cover.\n")
    (block, doc), = [(b, d) for b, d in nlp.docs(wrapped) if b.kind == "list_item"]
    compact, kept = phrases.without_blank_tokens(doc, block.text)
    assert [t.text for t in compact] == ["Plan", "in", "order", "to", "cover", "."]
    assert [doc[i].text for i in kept] == ["Plan", "in", "order", "to", "cover", "."]


def test_text_written_in_lower_case_opens_sentences_at_its_pronouns():
    # Blind set S15: a cafe's text-message posting; abbreviations before other words still continue.
    posting = parse("# T\n\nwe are a small cafe in the city centre. we roast our own beans. it costs approx. ten euro, etc. to run.\n")
    assert [s.text for s in nlp.sentences(posting)] == [
        "we are a small cafe in the city centre.", "we roast our own beans.", "it costs approx. ten euro, etc. to run.",
    ]


def test_a_figure_with_slashes_is_one_word():
    # Blind set S16: READ004 counted "24/7" as two words, as textstat (which splits at spaces) does not.
    assert nlp.words("Cover 24/7 support from 12/05/2025, and/or weekends.") == ["Cover", "24/7", "support", "from", "12/05/2025", "and", "or", "weekends"]


def test_a_clock_time_is_one_word():
    # Precision sample 3535: "8:00pm" counted as two words made a 20-word line long enough for READ003.
    from postlint.language.nlp import words

    assert words("closes Monday, July 15, 2019 to 8:00pm at 10:30 and 9:00 pm") == [
        "closes", "Monday", "July", "15", "2019", "to", "8:00pm", "at", "10:30", "and", "9:00", "pm",
    ]


def test_a_code_holding_its_full_stop_ends_a_sentence():
    # Blind set S91: spaCy keeps the stop inside "C2C." (and "R&D.", "5G."), so two sentences were read as one.
    posting = parse("# T\n\nThe rate is $80 on C2C. We offer pay. We sell B2B. Sales grow. It runs on 5G. to stay fast. We do R&D. we ship.\n")
    assert [s.text for s in nlp.sentences(posting)] == [
        "The rate is $80 on C2C.", "We offer pay.", "We sell B2B.", "Sales grow.", "It runs on 5G. to stay fast.", "We do R&D.", "we ship.",
    ]
    # An abbreviation the tokenizer keeps whole is not such a code: "U.S. Bank" goes on.
    posting = parse("# T\n\nWe bank with U.S. Bank in Ohio.\n")
    assert [s.text for s in nlp.sentences(posting)] == ["We bank with U.S. Bank in Ohio."]


def test_a_figure_in_millions_ends_a_sentence_before_a_capital():
    # Blind set S117: spaCy keeps the stop inside "m." of "£90m.", so 11 and 20 words were read as one sentence.
    posting = parse("# T\n\nTurnover is around £90m. Due to growth we hire. It is €2.5 m. We grow. It made $4m. in May.\n")
    assert [s.text for s in nlp.sentences(posting)] == [
        "Turnover is around £90m.", "Due to growth we hire.", "It is €2.5 m.", "We grow.", "It made $4m. in May.",
    ]


def test_a_chats_line_breaks_end_sentences_and_a_wraps_do_not() -> None:
    # Blind set S102: a Discord post's lines without full stops were one sentence of 140 words.
    from postlint.language.line_breaks import chat_breaks

    chat = "we're HIRING!!! 🎉🎉\nlooking for a 3D environment artist for Ashen Hollow (the cozy dungeon crawler some of you playtested)\nwe need an environment art rockstar 🎸\nsomeone who can make dungeon tilesets with Blender and make them feel lived in\nstuff you'd be making: tiles and props"
    assert [chat[at:].split()[0] for at in chat_breaks(chat)] == ["looking", "we", "someone", "stuff"]
    # Near-misses: hard-wrapped prose, a short sign-off line under it, and two lines.
    wrapped = "you will join a small team that builds the ledger and the payment runs for\nrestaurant groups across the country and you will own the invoice inbox and\nthe approval flows from the first commit to the day they run for customers\nwith our founders\nthanks"
    assert chat_breaks(wrapped) == []
    assert chat_breaks("hey all\nwe are hiring a designer") == []
    # (Review: wrapped prose with one long line among lines of the wrap's width is still a wrap.)
    one_long = (
        "We are hiring an operations coordinator for our Leeds office, and\nthe person in this role will schedule the engineers who visit\n"
        "customers across Yorkshire, keep the parts stock and the van stock up to date for every engineer, answer\n"
        "calls from customers who want to move or cancel a visit, and prepare\nthe weekly report that the operations manager sends to the board."
    )
    assert chat_breaks(one_long) == []


def test_an_emoji_between_a_word_and_a_capital_ends_a_sentence() -> None:
    # Blind set S110: a caption's "…first week 🙌 Guy and the team…" was one 37-word sentence.
    posting = parse("# T\n\nShe will train you in your first week 🙌 Guy and the team make coffee 👩\u200d🍳✨  We pay well.\n")
    assert [s.text for s in nlp.sentences(posting)] == [
        "She will train you in your first week 🙌", "Guy and the team make coffee 👩\u200d🍳✨", "We pay well.",
    ]
    # After an article, preposition or conjunction, or before a word in lower case, the sentence goes on.
    posting = parse("# T\n\nCome work at ☕ Bluegum and Co with our 🍕 Friday lunches, we love it 🙌 and you will too.\n")
    assert len(nlp.sentences(posting)) == 1


def test_a_degree_holding_its_full_stop_ends_a_sentence():
    # Blind set S123: spaCy keeps the stop inside "PhD." and "Ph.D.", so two sentences were read as one.
    posting = parse(
        "# T\n\nPay rises with your years since the PhD. The post includes cover. You hold a Ph.D. We pay well."
        " Acme GmbH. Our team grows. You hold a B.Sc. The post is new.\n"
    )
    assert [s.text for s in nlp.sentences(posting)] == [
        "Pay rises with your years since the PhD.", "The post includes cover.", "You hold a Ph.D.", "We pay well.",
        "Acme GmbH.", "Our team grows.", "You hold a B.Sc.", "The post is new.",
    ]
    # Near-misses: a title, "e.g.", a saint and a dotted name before a word that opens no sentence go on.
    posting = parse(
        "# T\n\nAsk Dr. Smith about it. Use a language, e.g. Python or e.g. The Guardian's style. We are in St. Louis today."
        " You join a Ph.D. Program in Oslo. A PhD. candidate may apply. The U.S. Army hires.\n"
    )
    assert [s.text for s in nlp.sentences(posting)] == [
        "Ask Dr. Smith about it.", "Use a language, e.g. Python or e.g. The Guardian's style.", "We are in St. Louis today.",
        "You join a Ph.D. Program in Oslo.", "A PhD. candidate may apply.", "The U.S. Army hires.",
    ]
