"""STR rules: the posting's structure against the schema."""

from __future__ import annotations

from collections.abc import Iterator

from postlint.diagnostic import Diagnostic
from postlint.posting import Posting
from postlint.rule import Context, Rule


class UnreadableMetadata(Rule):
    code: str = "STR000"
    name: str = "invalid-front-matter"
    summary: str = "Front matter that does not parse is ignored; fix it so its title, salary and keywords count."
    why: str = "postlint reads the title, pay and keywords from front matter; a syntax error hides them silently elsewhere."
    example: str = "---\ntitle: [Data Engineer\n---\n\nText."
    passing: str = "---\ntitle: Data Engineer\n---\n\nText."
    severity: str = "error"

    def check(self, posting: Posting, ctx: Context) -> Iterator[Diagnostic]:
        for offset, message in posting.problems:
            yield self.diagnostic(posting, offset, offset + 3, message)


class TitlePresent(Rule):
    code: str = "STR001"
    name: str = "title-present"
    summary: str = "A posting needs a job title."
    why: str = "Google for Jobs requires `title`; candidates and job boards search by it first."
    source: str = "https://developers.google.com/search/docs/appearance/structured-data/job-posting"
    example: str = "## About the role\n\nYou will build our data platform."
    passing: str = "# Data Engineer\n\n## About the role\n\nYou will build our data platform."
    severity: str = "error"

    def check(self, posting: Posting, ctx: Context) -> Iterator[Diagnostic]:
        if not posting.title:
            yield self.at_document(
                posting,
                "No job title: start the posting with a `# Title` heading or set `title` in front matter.",
            )


RULES: list[Rule] = [UnreadableMetadata(), TitlePresent()]
