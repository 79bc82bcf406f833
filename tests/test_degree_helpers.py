"""The degree rule's helpers, where a loop replaced a pattern (hostile input)."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from postlint.builtin.structure.degree import _ends_in_or


@given(st.text(alphabet=st.sampled_from(list("orORx ;:,.\t\n-é")), max_size=20))
def test_reading_or_from_the_end_agrees_with_the_pattern(text: str) -> None:
    # The loop that replaced r"(?i)[,;]?\s*\bor\s*[:;,.]?\s*$" (quadratic on a long run of blanks).
    assert _ends_in_or(text) == (re.search(r"(?i)[,;]?\s*\bor\s*[:;,.]?\s*$", text) is not None)


def test_an_item_ending_in_or_after_a_long_run_of_blanks() -> None:
    assert _ends_in_or("A bachelor's degree in statistics; or" + " " * 200_000)
    assert not _ends_in_or("A bachelor's degree" + " " * 200_000 + "x")
    assert not _ends_in_or("A degree in a related field: editor")
