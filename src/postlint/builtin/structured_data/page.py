"""SD rules about how JobPosting markup fits its page and Google's guidelines.

Remote work as the text describes it, an HTML description, data that matches
the visible page, recommended properties and one job per page. Validity of the
markup itself (syntax, required properties, values, shapes) is
:mod:`postlint.builtin.structured_data.properties`, which also holds the shared position helpers.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from postlint.builtin.structured_data.properties import MINIMAL, SDRule
from postlint.engine.rule import Context, Rule
from postlint.language.places import HYBRID_WORK, city_spellings
from postlint.model.diagnostic import Diagnostic
from postlint.model.jsonld import Script, each_posting
from postlint.model.posting import Posting
from postlint.structured_data import jobposting as jp

GUIDELINES_2018 = "https://developers.google.com/search/blog/2018/04/we-updated-our-job-posting-guidelines"


_HYBRID = re.compile(rf"\b{HYBRID_WORK}\b|\bon[- ]site\b|\bin[- ]office\b|\bdays? (?:a|per) week in\b", re.IGNORECASE)
_REMOTE = re.compile(r"\bremote\b|\bwork from home\b|\btelecommut", re.IGNORECASE)


class Remote(SDRule):
    code: str = "SD007"
    name: str = "sd-remote"
    summary: str = (
        "TELECOMMUTE is for 100 % remote jobs that the text calls remote, with applicantLocationRequirements."
    )
    why: str = "Google: mark only fully remote jobs TELECOMMUTE, say so in the description, and name where applicants may live."
    example: str = MINIMAL + ', "jobLocationType": "TELECOMMUTE", "description": "<p>Fully remote role.</p>"}\n'
    passing: str = (
        MINIMAL + ', "jobLocationType": "TELECOMMUTE", "description": "<p>Fully remote role.</p>",\n'
        ' "applicantLocationRequirements": {"@type": "Country", "name": "USA"}}\n'
    )
    severity: str = "warning"

    def check(self, posting: Posting, ctx: Context) -> Iterator[Diagnostic]:
        for script, obj in each_posting(posting):
            if "jobLocationType" not in obj:
                continue
            if obj["jobLocationType"] != jp.TELECOMMUTE:
                yield self.at_value(
                    posting,
                    script,
                    obj,
                    "jobLocationType",
                    "`jobLocationType` has one value: TELECOMMUTE (for 100 % remote jobs).",
                    severity="error",
                )
                continue
            text = " ".join([posting.text, str(obj.get("description") or "")])
            if _HYBRID.search(text) and not re.search(r"\b(?:100 ?%|fully|full[- ]time) remote\b", text, re.IGNORECASE):
                yield self.at_value(
                    posting,
                    script,
                    obj,
                    "jobLocationType",
                    "TELECOMMUTE marks a 100 % remote job, but the posting describes hybrid or on-site work.",
                    severity="error",
                )
            elif not _REMOTE.search(text):
                yield self.at_value(
                    posting,
                    script,
                    obj,
                    "jobLocationType",
                    "TELECOMMUTE is set but the posting's text never says the job is remote.",
                )
            if not obj.get("applicantLocationRequirements"):
                yield self.at_value(
                    posting,
                    script,
                    obj,
                    "jobLocationType",
                    "A remote job should name `applicantLocationRequirements` (e.g. a Country) where applicants may live.",
                )


_BREAKS = re.compile(r"<\s*(?:p|br|li|ul|ol)\b|\n", re.IGNORECASE)
_TAGS = re.compile(r"<[^>]*>")


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", _TAGS.sub(" ", text).lower()).split())


class DescriptionHtml(SDRule):
    code: str = "SD008"
    name: str = "sd-description-html"
    summary: str = "description must be the full job description in HTML with paragraph breaks, not the title."
    why: str = "Google shows only the description's text in its job results; it must use <p>, <ul>, <li> (or <br>, \\n) and can't equal the title."
    example: str = MINIMAL + ', "title": "Data Engineer", "description": "Data Engineer"}\n'
    passing: str = (
        MINIMAL + ', "title": "Data Engineer", "description": "<p>Build pipelines.</p><ul><li>Python</li></ul>"}\n'
    )
    severity: str = "warning"

    def check(self, posting: Posting, ctx: Context) -> Iterator[Diagnostic]:
        for script, obj in each_posting(posting):
            desc = obj.get("description")
            if not isinstance(desc, str) or not desc.strip():
                continue  # SD001 reports it
            title = obj.get("title")
            if isinstance(title, str) and _norm(desc) == _norm(title):
                yield self.at_value(
                    posting,
                    script,
                    obj,
                    "description",
                    "`description` is the same as `title`; give the full job description.",
                    severity="error",
                )
            elif not _BREAKS.search(desc):
                yield self.at_value(
                    posting,
                    script,
                    obj,
                    "description",
                    "`description` has no paragraph breaks: format it as HTML with <p>, <ul> and <li>.",
                )


def _visible_salary(posting: Posting) -> Any:
    try:
        return posting.salary
    except ImportError:  # the salary parser is optional here
        return None


def _shown_elsewhere(posting: Posting, low: Any, high: Any) -> bool:
    """Some pay figure on the page, not only its main one, has the data's ends (to 0.5, as the main one is compared)."""
    from postlint.pay.salary import find_salaries

    ends = [float(v) if v is not None else None for v in (low, high)]
    for shown in find_salaries(posting):
        page = [shown.min, shown.max if shown.max is not None else shown.min]
        compared = [(a, b) for a, b in zip(ends, page, strict=True) if a is not None and b is not None]
        if compared and all(abs(a - b) <= 0.5 for a, b in compared):
            return True
    return False


# Countries a page names in other words than the data: "USA" in the data, "United States" on the page.
_US = ("united states", "usa", "us", "u s", "u s a", "america", "united states of america")
_UK = ("united kingdom", "uk", "u k", "britain", "great britain", "england", "scotland", "wales", "northern ireland")
_COUNTRY_SPELLINGS: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(_US, _US), **dict.fromkeys(_UK, _UK),
    "germany": ("germany", "deutschland"), "netherlands": ("netherlands", "the netherlands", "holland"),
}


def _span(low: float | None, high: float | None) -> str:
    """A pay range as a message says it: "17.5–19", "from 17.5" (an open top), "up to 19" (blind set S27)."""
    if low is not None and high is not None:
        return f"{low:g}–{high:g}" if low != high else f"{low:g}"
    return f"from {low:g}" if low is not None else f"up to {high:g}" if high is not None else "none"


def _other_page_title(posting: Posting, title: str) -> str | None:
    """The page's own job title (its heading, else its <title>) when it and the data's ``title``
    share neither way round: "Nurse Manager" on the page, "Registered Nurse" in the data (blind set S25)."""
    data = f" {_norm(title)} "
    shown = [t for t in (posting.title, posting.meta.get("html_title")) if isinstance(t, str) and _norm(t)]
    # The data's words before its own suffix too: "Backend Engineer (m/w/d)" under "Senior Backend Engineer (m/w/d)" (blind set S106).
    data_head = f" {_norm(_TITLE_SUFFIX.split(title, maxsplit=1)[0])} "
    if shown and (_drops_seniority(data, shown[0]) or _drops_seniority(data_head, shown[0])):
        return shown[0]
    if not shown or any(data in f" {_norm(t)} " or f" {_norm(t)} " in data for t in shown):
        return None
    return shown[0]


# A level of the job: "Senior", "Lead", "Principal" in the page's title but not the data's is another job (blind set S79).
_SENIORITY = frozenset(
    {"senior", "sr", "junior", "jr", "lead", "principal", "staff", "chief", "head", "associate", "assistant", "trainee", "graduate", "intern"}
)
# Where a title's own words end and a team, place or board's suffix starts: "Nurse Manager - Medical/Surgical",
# "Senior CSM (Dutch-speaking)", "Senior CSM | Tulpwerk".
_TITLE_SUFFIX = re.compile(r"\s[-–—|]\s|[|(,:]")


def _drops_seniority(data: str, shown: str) -> bool:
    """The page's job title (its words before a dash or bracket) holds the data's title and a level it leaves
    out: "Senior Customer Success Manager" on the page, "Customer Success Manager" in the data."""
    head = f" {_norm(_TITLE_SUFFIX.split(shown, maxsplit=1)[0])} "
    if data == head or data not in head:
        return False
    return any(word in _SENIORITY for word in head.replace(data, " ", 1).split())


class VisibleMatch(SDRule):
    code: str = "SD009"
    name: str = "sd-visible-match"
    summary: str = "The structured data must match the visible posting: title, salary, location."
    why: str = "Google's guidelines: the JobPosting data must always match what is on the job posting page; mismatches can cost rich results."
    source: str = GUIDELINES_2018
    example: str = (
        '<h1>Data Engineer</h1>\n<p>Build pipelines in Denver.</p>\n<script type="application/ld+json">\n'
        + MINIMAL
        + ', "title": "Senior Data Scientist"}\n</script>\n'
    )
    passing: str = (
        '<h1>Data Engineer</h1>\n<p>Build pipelines in Denver.</p>\n<script type="application/ld+json">\n'
        + MINIMAL
        + ', "title": "Data Engineer"}\n</script>\n'
    )
    notes: str = (
        "The page's pay is its main salary: a shift differential or premium, or a figure under another rate's label "
        "('Per diem rate: …', 'Overtime rate: …'), gives way to the pay in the pay section or the page's header. A "
        "`title` that leaves out a level of the page's job title ('Customer Success Manager' under the heading 'Senior "
        "Customer Success Manager'; Senior, Junior, Lead, Principal, Staff, Associate…) is another title; the heading "
        "may add a team or place after a dash or in brackets ('Nurse Manager - Medical/Surgical'). A salary that differs is "
        "reported on the figure that differs (`minValue`, else `maxValue`, or a single `value`)."
    )
    severity: str = "error"
    example_format = "html"

    def check(self, posting: Posting, ctx: Context) -> Iterator[Diagnostic]:
        if posting.format != "html":
            return  # a .jsonld file has no page to compare with
        # The page's byline and fields read as metadata are on the page too ("Engineering · Stockholm · Hybrid", blind set S29).
        shown = " ".join(v for k in posting.meta_spans if isinstance(v := posting.meta.get(k), str))
        visible = _norm(posting.text + " " + str(posting.meta.get("html_title") or "") + " " + shown)
        for script, obj in each_posting(posting):
            title = obj.get("title")
            if isinstance(title, str) and _norm(title) and f" {_norm(title)} " not in f" {visible} ":
                yield self.at_value(posting, script, obj, "title", f"`title` {title!r} does not appear on the page.")
            elif isinstance(title, str) and _norm(title) and (shown := _other_page_title(posting, title)):
                # On the page, but as other words ("a Registered Nurse (RN) licence"), under another job's heading.
                yield self.at_value(posting, script, obj, "title", f"`title` {title!r} differs from the page's job title {shown!r}.")
            for container, key, place in jp.places(obj):
                address = jp.address(place)
                city = address.get("addressLocality") if address is not None else None
                region = address.get("addressRegion") if address is not None else None
                # A district named within its city, the page naming the city: "Victoria Island", region "Lagos" (blind set S59).
                region_shown = isinstance(region, str) and len(_norm(region)) >= 4 and f" {_norm(region)} " in f" {visible} "
                if isinstance(city, str) and _norm(city) and not region_shown and not any(
                    f" {_norm(name)} " in f" {visible} " for name in city_spellings(city)  # "Lisboa" on a page that says "Lisbon"
                ):
                    yield self.at_key(
                        posting,
                        script,
                        address,
                        "addressLocality",
                        f"The location {city!r} does not appear on the page.",
                    )
            yield from self._applicant_places(posting, script, obj, visible)
            yield from self._salary(posting, script, obj)

    def _applicant_places(self, posting: Posting, script: Script, obj: dict[str, Any], visible: str) -> Iterator[Diagnostic]:
        """A remote job's applicantLocationRequirements named on the page: "Canada" in the data of a page
        open to "anywhere in the United States" is a mismatch (blind set S21)."""
        areas = obj.get("applicantLocationRequirements")
        for area in areas if isinstance(areas, list) else [areas]:
            name = area.get("name") if isinstance(area, dict) else None
            if not isinstance(name, str) or not _norm(name):
                continue
            spellings = _COUNTRY_SPELLINGS.get(_norm(name), (_norm(name),))
            if not any(f" {spelling} " in f" {visible} " for spelling in spellings):
                yield self.at_key(posting, script, area, "name", f"The applicant location {name!r} does not appear on the page.")

    def _salary(self, posting: Posting, script: Script, obj: dict[str, Any]) -> Iterator[Diagnostic]:
        pay = obj.get("baseSalary")
        value = pay.get("value") if isinstance(pay, dict) else None
        if not isinstance(value, dict):
            return
        shown = _visible_salary(posting)
        if shown is None:
            return
        low = jp.number(value.get("minValue", value.get("value")))
        high = jp.number(value.get("maxValue", value.get("value")))
        s_low, s_high = getattr(shown, "min", None), getattr(shown, "max", None)
        pairs = [("minValue", low, s_low), ("maxValue", high, s_high if s_high is not None else s_low)]
        differs = [key for key, a, b in pairs if a is not None and b is not None and abs(float(a) - float(b)) > 0.5]
        if differs and len(list(each_posting(posting))) > 1 and _shown_elsewhere(posting, low, high):
            return  # one of a page's jobs, its pay shown under its own heading (blind set S126; SD012 reports the page)
        if differs:
            # At the first figure that differs ("minValue": 110000 beside "$118,000 – $132,000"), as SD findings
            # point at their key; a single "value" stands for both ends (blind set S119).
            key = differs[0] if differs[0] in value else "value"
            yield self.at_key(
                posting,
                script,
                value,
                key,
                f"`baseSalary` ({_span(low, high)}) differs from the pay on the page ({_span(s_low, s_high)}).",
            )


class Recommended(SDRule):
    code: str = "SD010"
    name: str = "sd-recommended"
    summary: str = (
        "Recommended JobPosting properties: baseSalary, employmentType, identifier, directApply, validThrough."
    )
    why: str = "Google ranks and filters on them; pay and employment type are what job seekers filter by first."
    example: str = MINIMAL + ', "title": "Data Engineer"}\n'
    passing: str = (
        MINIMAL
        + ', "title": "Data Engineer", "employmentType": "FULL_TIME", "directApply": true, "validThrough": "2999-01-01",\n'
        ' "identifier": {"@type": "PropertyValue", "name": "Acme", "value": "42"},\n'
        ' "baseSalary": {"@type": "MonetaryAmount", "currency": "USD", "value": {"@type": "QuantitativeValue", "value": 50, "unitText": "HOUR"}}}\n'
    )
    severity: str = "info"
    properties: list[str] = list(jp.RECOMMENDED)

    def check(self, posting: Posting, ctx: Context) -> Iterator[Diagnostic]:
        for script, obj in each_posting(posting):
            missing = [p for p in self.properties if p not in obj]
            if missing:
                yield self.at_key(
                    posting, script, obj, "@type", f"Recommended JobPosting properties missing: {', '.join(missing)}."
                )


class SingleJob(SDRule):
    code: str = "SD012"
    name: str = "sd-single-job"
    summary: str = "One JobPosting per page."
    why: str = (
        "Google: mark up only the most detailed leaf page of a single job; never add JobPosting data to a list of jobs."
    )
    source: str = GUIDELINES_2018
    example: str = "[" + MINIMAL + ', "title": "Data Engineer"},\n ' + MINIMAL + ', "title": "Data Analyst"}]\n'
    passing: str = "[" + MINIMAL + ', "title": "Data Engineer"}]\n'
    severity: str = "error"

    def check(self, posting: Posting, ctx: Context) -> Iterator[Diagnostic]:
        found = list(each_posting(posting))
        for script, obj in found[1:]:
            yield self.at_key(
                posting,
                script,
                obj,
                "@type",
                f"{len(found)} JobPosting objects on one page: put each job on its own page.",
            )


RULES: list[Rule] = [
    Remote.default(),
    DescriptionHtml.default(),
    VisibleMatch.default(),
    Recommended.default(),
    SingleJob.default(),
]
