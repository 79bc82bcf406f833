"""READ005: a paragraph, or a list item past the error bound, too long to skim."""

from __future__ import annotations

from collections.abc import Iterator

from postlint.builtin.readability.prose import YOAST, ReadRule, band_of
from postlint.engine.rule import Context, Rule
from postlint.model.diagnostic import Diagnostic
from postlint.model.posting import Block, Posting


def _words(block: Block) -> int:
    from postlint.language import nlp

    return len(nlp.words(block.text))


class ParagraphLength(ReadRule):
    code: str = "READ005"
    name: str = "paragraph-length"
    summary: str = "A paragraph is longer than 150 words."
    why: str = "Walls of text lose skimming readers; Yoast warns above 150 words and fails above 200."
    notes: str = (
        "A list item is no paragraph, but a numbered or bulleted clause of one paragraph over the error bound (200 "
        "words: '(i) The determination of eligibility…', as government notices number theirs) is a wall of text "
        "whatever stands before it, and is reported as an error."
    )
    source: str = f"{YOAST}/ParagraphTooLongAssessment.js"
    example: str = "# Role\n\n" + " ".join(["We build tools for teams."] * 31)
    passing: str = "# Role\n\n" + " ".join(["We build tools for teams."] * 29)
    max_words: int = 150
    error_words: int | None = 200

    def check(self, posting: Posting, ctx: Context) -> Iterator[Diagnostic]:
        for block in posting.body_blocks():
            # n words take at least 2n - 1 characters: a shorter paragraph cannot be too long.
            if block.kind == "list_item":
                # Only past the error bound: an item is set apart and skimmed by its first words (its later
                # paragraphs are blocks of their own).
                if self.error_words is None or len(block.text) < 2 * self.error_words:
                    continue
                if (n := _words(block)) > self.error_words:
                    yield self.at_block(
                        posting, block, 0, len(block.text),
                        f"List item of {n} words; split it into items or paragraphs (at most {self.error_words}).",
                        severity="error",
                    )
                continue
            if block.kind != "paragraph" or len(block.text) < 2 * self.max_words:
                continue
            n = _words(block)
            band = band_of(n, self.max_words, self.error_words, below=False)
            if band:
                yield self.at_block(
                    posting, block, 0, len(block.text),
                    f"Paragraph of {n} words; split it or use a list (at most {self.max_words}).",
                    severity="error" if band == "error" else None,
                )


RULES: list[Rule] = [ParagraphLength.default()]
