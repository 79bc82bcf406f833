"""The e-mail around a posting: a job alert's or a forwarded message's header, the alert's own
lines and its card of the job, when the posting itself follows in full (blind set S25).

Recruiters paste postings out of their mail: "From:", "To:" and "Subject:" over the text, a
board's "1 new job matches your alert" and a summary card that repeats the posting's title,
then an unsubscribe notice. None of it is the posting; the plain-text reader treats these lines
as blank, as it does a web page's chrome.
"""

from __future__ import annotations

import re

from postlint.readers.text_shapes import normalized

# A message's header fields, as mail clients copy them.
_HEADER = re.compile(r"(?i)[ \t]*(?:from|to|cc|bcc|date|sent|subject|reply-to)[ \t]*:[ \t]*\S")
_SENDER = re.compile(r"(?i)[ \t]*(?:from|subject)[ \t]*:")
# A job alert's lines about itself: "Your job alert: payroll administrator", "1 new job matches your alert",
# "View job: https://…", "Jobs based on your alert settings. Edit alert | Unsubscribe", "You are receiving this because…".
_ALERT = re.compile(
    r"(?i)\W*(?:your (?:job )?alert\s*:|\d+ new jobs? (?:match(?:es)? your|for you\b|near you\b)|view job\s*:\s*https?://|"
    r"jobs based on your (?:alert|search|profile)|you(?:['’]re| are) receiving this\b|if you no longer wish to receive\b|"
    r"edit (?:this )?alert\b|manage (?:your )?(?:job )?alerts\b|unsubscribe\b"
    # The sender's registration under the mail: "Totaljobs Group Ltd, registered in England and Wales no. 3120287, …".
    r"|[^.\n]{0,80}\bregistered in (?:england(?: (?:and|&) wales)?|scotland|(?:northern )?ireland)\b)"
)


def email_lines(texts: list[str], blank: list[bool]) -> set[int]:
    """The lines of the e-mail around the posting: none unless the paste opens with a message's header."""
    first = next((n for n, b in enumerate(blank) if not b), None)
    if first is None:
        return set()
    end = first
    while end < len(texts) and _HEADER.match(texts[end]):
        end += 1
    if end - first < 2 or not any(_SENDER.match(texts[n]) for n in range(first, end)):
        return set()
    out = set(range(first, end))
    out.update(n for n in range(end, len(texts)) if not blank[n] and _ALERT.match(texts[n]))
    return out | _card_lines(texts, blank, out, end)


def _card_lines(texts: list[str], blank: list[bool], taken: set[int], start: int) -> set[int]:
    """A digest's card of the job over the posting in full: everything from the header to the line
    where the card's title comes again ("Payroll Administrator" over its company and pay, then the
    posting under the same title). Nothing when no short line comes twice."""
    lines = [n for n in range(start, len(texts)) if not blank[n] and n not in taken]
    for k, n in enumerate(lines):
        title = normalized(texts[n])
        if not title or len(title.split()) > 8:
            continue
        again = next((m for m in lines[k + 1 :] if normalized(texts[m]) == title), None)
        if again is not None:
            return set(range(start, again))
        if k >= 8:
            break  # a card is a few lines long; the posting's own repeats are no card
    return set()
