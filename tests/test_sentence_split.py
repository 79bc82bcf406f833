"""The cheap sentence split's look-ups backwards agree with a scan from the text's start."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from postlint.builtin.inclusivity.context import name_like
from postlint.builtin.inclusivity.pronouns import _SENTENCE, _SENTENCE_OR_LINE
from postlint.builtin.inclusivity.wording import _SENTENCE_STOP
from postlint.language.sentence_split import _SENTENCE_END, last_ends, sentence_start

# Words, marks and runs of blanks long enough to cross the first windows (64 and 128 characters).
_PIECES = ["She", "will", "help", "e.g", "Dr", ".", "!", "?", " ", "\t", "\n", "\n\n", " \n \n", " " * 70, "\n" * 40, "x" * 90]
_texts = st.lists(st.sampled_from(_PIECES), max_size=60).map("".join)


@settings(max_examples=300, deadline=None)
@given(_texts, st.integers(1, 3))
def test_last_ends_are_the_last_ends_of_a_full_scan(text, count):
    for pattern in (_SENTENCE, _SENTENCE_OR_LINE, _SENTENCE_STOP, _SENTENCE_END):
        assert last_ends(pattern, text, count) == [m.end() for m in pattern.finditer(text)][-count:]


@settings(max_examples=300, deadline=None)
@given(_texts, st.data())
def test_sentence_start_is_the_last_end_before_the_offset(text, data):
    offset = data.draw(st.integers(0, len(text)))
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, offset)]
    assert sentence_start(text, offset) == (ends[-1] if ends else 0)


def test_last_ends_finds_a_stop_far_back():
    text = "The candidate will lead. " + "word " * 2000
    assert last_ends(_SENTENCE, text, 2) == [24]
    assert last_ends(_SENTENCE, "no stop at all", 2) == []


def test_a_title_after_a_long_run_of_blanks_is_judged_by_the_mark_before_them():
    # Mid-sentence capitals are a name; after a full stop they open a sentence, however many blanks come between.
    assert name_like("We hired a" + " " * 5000 + "Tech Lead here", 5010, 5019) is True
    assert name_like("We hired one." + " " * 5000 + "Tech Lead here", 5013, 5022) is False
    assert name_like(" " * 40 + "Tech Lead", 40, 49) is False
