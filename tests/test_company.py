"""STR004's reading of the employer the opening text introduces."""

from __future__ import annotations

import time

from postlint import Config, lint


def test_a_first_name_repeated_through_a_long_posting_is_read_in_linear_time():
    # Each "Rachel runs…" once searched the whole posting for the names paired with it: 16 s at 50,000 characters.
    text = "# Dairy Farm Assistant\n\n" + "Rachel runs the farm. " * 2300 + "Hemi and Rachel own it.\n"
    start = time.perf_counter()
    found = lint(text, config=Config(select=["STR004"]))
    assert time.perf_counter() - start < 3
    assert [d.code for d in found] == ["STR004"]
