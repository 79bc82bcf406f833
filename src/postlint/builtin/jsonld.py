"""SD rules: schema.org JobPosting structured data, as Google for Jobs reads it.

They check the JSON-LD of HTML pages (``<script type="application/ld+json">``)
and of ``.json``/``.jsonld`` files. Every finding points at the key or value
it is about, inside the page. Sources: Google's JobPosting documentation
(research §1.3, §2) and its 2018 guideline update.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from postlint import jobposting as jp
from postlint.diagnostic import Diagnostic, Fix
from postlint.posting import Posting
from postlint.readers.jsonld import Script, each_posting, scripts
from postlint.rule import Context, Rule

GOOGLE = "https://developers.google.com/search/docs/appearance/structured-data/job-posting"
GUIDELINES_2018 = "https://developers.google.com/search/blog/2018/04/we-updated-our-job-posting-guidelines"


class SDRule(Rule):
    """Shared position helpers: findings at a key or a value of the JSON."""

    source: str = GOOGLE
    example_format = "jsonld"

    def at_key(self, posting: Posting, script: Script, container: Any, key: Any, message: str, **kw: Any) -> Diagnostic:
        assert script.located is not None
        start = script.start + script.located.key_at(container, key)
        return self.diagnostic(posting, start, start + 1, message, **kw)

    def at_value(
        self, posting: Posting, script: Script, container: Any, key: Any, message: str, **kw: Any
    ) -> Diagnostic:
        assert script.located is not None
        s, e = script.located.value_span(container, key)
        return self.diagnostic(posting, script.start + s, script.start + e, message, **kw)


_MIN = '{"@context": "https://schema.org", "@type": "JobPosting"'


class InvalidJsonLd(SDRule):
    code: str = "SD000"
    name: str = "invalid-json-ld"
    summary: str = "JSON-LD that does not parse is ignored by search engines."
    why: str = "A single stray comma hides the whole JobPosting from Google for Jobs, with no error shown on the page."
    example: str = _MIN + ', "title": "Data Engineer",}\n'
    passing: str = _MIN + ', "title": "Data Engineer"}\n'
    severity: str = "error"

    def check(self, posting: Posting, ctx: Context) -> Iterator[Diagnostic]:
        for script in scripts(posting):
            if script.error is not None:
                at = script.start + script.error.pos
                yield self.diagnostic(posting, at, at + 1, f"JSON-LD does not parse: {script.error}.")
        found = scripts(posting)
        if posting.format == "jsonld" and all(s.error is None for s in found) and not any(s.postings for s in found):
            yield self.diagnostic(posting, 0, 1, 'No object with "@type": "JobPosting" in this JSON-LD file.')


class Required(SDRule):
    code: str = "SD001"
    name: str = "sd-required"
    summary: str = "A JobPosting needs title, description, datePosted, hiringOrganization and jobLocation."
    why: str = "Google shows no job result without its required properties; a 100 % remote job may replace jobLocation with jobLocationType TELECOMMUTE and applicantLocationRequirements."
    example: str = _MIN + ', "title": "Data Engineer"}\n'
    passing: str = (
        _MIN + ', "title": "Data Engineer", "description": "<p>Build pipelines.</p>", "datePosted": "2025-01-06",\n'
        ' "hiringOrganization": {"@type": "Organization", "name": "Acme"},\n'
        ' "jobLocation": {"@type": "Place", "address": {"@type": "PostalAddress", "addressCountry": "US"}}}\n'
    )
    severity: str = "error"

    def check(self, posting: Posting, ctx: Context) -> Iterator[Diagnostic]:
        for script, obj in each_posting(posting):
            remote = obj.get("jobLocationType") == jp.TELECOMMUTE and obj.get("applicantLocationRequirements")
            missing = []
            for prop in jp.REQUIRED:
                value = obj.get(prop)
                if prop == "jobLocation" and remote:
                    continue
                if prop not in obj:
                    missing.append(prop)
                elif value in (None, "", [], {}):
                    yield self.at_key(
                        posting, script, obj, prop, f"JobPosting property `{prop}` is empty (required by Google)."
                    )
                elif prop == "hiringOrganization" and isinstance(value, dict) and not value.get("name"):
                    yield self.at_key(posting, script, obj, prop, "`hiringOrganization` needs the company's `name`.")
            if missing:
                names = ", ".join(f"`{p}`" for p in missing)
                yield self.at_key(posting, script, obj, "@type", f"JobPosting lacks required properties: {names}.")


class DatesIso8601(SDRule):
    code: str = "SD002"
    name: str = "sd-dates-iso8601"
    summary: str = "datePosted and validThrough must be ISO 8601 dates."
    why: str = (
        'Google reads dates only as ISO 8601, e.g. "2017-01-24" or "2017-01-24T19:33:17+00:00"; others are dropped.'
    )
    example: str = _MIN + ', "datePosted": "January 6, 2025"}\n'
    passing: str = _MIN + ', "datePosted": "2025-01-06"}\n'
    severity: str = "error"

    def check(self, posting: Posting, ctx: Context) -> Iterator[Diagnostic]:
        for script, obj in each_posting(posting):
            for prop in ("datePosted", "validThrough"):
                if prop in obj and jp.parse_iso(obj[prop]) is None:
                    yield self.at_value(
                        posting,
                        script,
                        obj,
                        prop,
                        f'`{prop}` {obj[prop]!r} is not an ISO 8601 date (use e.g. "2025-01-31").',
                    )


class Expired(SDRule):
    code: str = "SD003"
    name: str = "sd-expired"
    summary: str = "validThrough lies in the past, or before datePosted."
    why: str = "Google asks that expired jobs lose their markup or carry a past validThrough; a live page with stale dates risks a manual action."
    example: str = _MIN + ', "datePosted": "2020-01-06", "validThrough": "2020-03-01"}\n'
    passing: str = _MIN + ', "datePosted": "2020-01-06", "validThrough": "2999-03-01"}\n'
    severity: str = "error"

    def check(self, posting: Posting, ctx: Context) -> Iterator[Diagnostic]:
        for script, obj in each_posting(posting):
            until = jp.parse_iso(obj.get("validThrough"))
            if until is None:
                continue
            posted = jp.parse_iso(obj.get("datePosted"))
            if posted is not None and until < posted:
                yield self.at_value(
                    posting, script, obj, "validThrough", f"`validThrough` {until} is before `datePosted` {posted}."
                )
            elif until < ctx.today:
                yield self.at_value(
                    posting,
                    script,
                    obj,
                    "validThrough",
                    f"The posting expired on {until}: remove the page or its JobPosting markup if the job is filled.",
                )


class EmploymentTypeEnum(SDRule):
    code: str = "SD004"
    name: str = "sd-employment-type-enum"
    summary: str = "employmentType must be one of Google's case-sensitive values (FULL_TIME, PART_TIME, …)."
    why: str = "Google's job filters read only FULL_TIME, PART_TIME, CONTRACTOR, TEMPORARY, INTERN, VOLUNTEER, PER_DIEM and OTHER."
    example: str = _MIN + ', "employmentType": "Full-time"}\n'
    passing: str = _MIN + ', "employmentType": "FULL_TIME"}\n'
    severity: str = "error"

    def check(self, posting: Posting, ctx: Context) -> Iterator[Diagnostic]:
        for script, obj in each_posting(posting):
            if "employmentType" not in obj:
                continue
            value = obj["employmentType"]
            items = (
                [(value, obj, "employmentType")]
                if not isinstance(value, list)
                else [(v, value, i) for i, v in enumerate(value)]
            )
            for item, container, key in items:
                if isinstance(item, str) and item in jp.EMPLOYMENT_TYPES:
                    continue
                known = jp.employment_type(item) if isinstance(item, str) else None
                fix = None
                if known:
                    s, e = script.located.value_span(container, key)  # type: ignore[union-attr]
                    fix = Fix(start=script.start + s, end=script.start + e, replacement=f'"{known}"')
                hint = f" (use {known})" if known else f" (one of {', '.join(jp.EMPLOYMENT_TYPES)})"
                yield self.at_value(
                    posting, script, container, key, f"`employmentType` {item!r} is not a Google value{hint}.", fix=fix
                )


_CURRENCY = re.compile(r"^[A-Z]{3}$")


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    return None


class SalaryShape(SDRule):
    code: str = "SD005"
    name: str = "sd-salary-shape"
    summary: str = "baseSalary must be a MonetaryAmount with a currency and a QuantitativeValue with unitText."
    why: str = "Google reads pay only in this shape: currency (ISO 4217), value.unitText HOUR/DAY/WEEK/MONTH/YEAR, and minValue/maxValue for a range."
    example: str = _MIN + ', "baseSalary": "$160,000 - $350,000"}\n'
    passing: str = (
        _MIN + ', "baseSalary": {"@type": "MonetaryAmount", "currency": "USD",\n'
        ' "value": {"@type": "QuantitativeValue", "minValue": 160000, "maxValue": 350000, "unitText": "YEAR"}}}\n'
    )
    severity: str = "error"

    def check(self, posting: Posting, ctx: Context) -> Iterator[Diagnostic]:
        for script, obj in each_posting(posting):
            if "baseSalary" not in obj:
                continue
            pay = obj["baseSalary"]
            if not isinstance(pay, dict) or pay.get("@type") != "MonetaryAmount":
                yield self.at_value(
                    posting, script, obj, "baseSalary", '`baseSalary` must be an object with "@type": "MonetaryAmount".'
                )
                continue
            if not isinstance(pay.get("currency"), str) or not _CURRENCY.match(pay["currency"]):
                key = "currency" if "currency" in pay else "@type"
                yield self.at_key(
                    posting, script, pay, key, "`baseSalary.currency` must be an ISO 4217 code such as USD."
                )
            value = pay.get("value")
            if not isinstance(value, dict) or value.get("@type") != "QuantitativeValue":
                key = "value" if "value" in pay else "@type"
                yield self.at_key(
                    posting, script, pay, key, '`baseSalary.value` must be an object with "@type": "QuantitativeValue".'
                )
                continue
            if value.get("unitText") not in jp.UNIT_TEXTS:
                key = "unitText" if "unitText" in value else "@type"
                yield self.at_key(
                    posting,
                    script,
                    value,
                    key,
                    f"`unitText` must be one of {', '.join(jp.UNIT_TEXTS)} (case-sensitive).",
                )
            low, high = _number(value.get("minValue")), _number(value.get("maxValue"))
            if not any(k in value for k in ("minValue", "maxValue", "value")):
                yield self.at_key(
                    posting,
                    script,
                    value,
                    "@type",
                    "The salary needs `value`, or `minValue` and `maxValue` for a range.",
                )
            for key in ("minValue", "maxValue", "value"):
                if key in value and _number(value[key]) is None:
                    yield self.at_value(posting, script, value, key, f"`{key}` must be a number, not {value[key]!r}.")
            if low is not None and high is not None and low > high:
                yield self.at_value(
                    posting, script, value, "minValue", f"`minValue` {low:g} is above `maxValue` {high:g}."
                )


def _places(obj: dict[str, Any]) -> list[tuple[Any, Any, Any]]:
    """(container, key, place) for each jobLocation."""
    loc = obj.get("jobLocation")
    if isinstance(loc, list):
        return [(loc, i, p) for i, p in enumerate(loc)]
    return [(obj, "jobLocation", loc)] if loc not in (None, "", {}) else []


class AddressCountry(SDRule):
    code: str = "SD006"
    name: str = "sd-address-country"
    summary: str = "Every jobLocation needs a PostalAddress with addressCountry."
    why: str = 'Google: "Note that you must include the addressCountry property" (ISO 3166-1 alpha-2 accepted).'
    example: str = (
        _MIN
        + ', "jobLocation": {"@type": "Place", "address": {"@type": "PostalAddress", "addressLocality": "Denver"}}}\n'
    )
    passing: str = (
        _MIN
        + ', "jobLocation": {"@type": "Place", "address": {"@type": "PostalAddress", "addressLocality": "Denver", "addressCountry": "US"}}}\n'
    )
    severity: str = "error"

    def check(self, posting: Posting, ctx: Context) -> Iterator[Diagnostic]:
        for script, obj in each_posting(posting):
            for container, key, place in _places(obj):
                address = place.get("address") if isinstance(place, dict) else None
                if not isinstance(address, dict):
                    yield self.at_value(
                        posting,
                        script,
                        container,
                        key,
                        "`jobLocation` needs an `address` object (PostalAddress) with `addressCountry`.",
                    )
                elif not address.get("addressCountry"):
                    yield self.at_key(
                        posting,
                        script,
                        place,
                        "address",
                        "The job location's address has no `addressCountry` (required by Google).",
                    )


_HYBRID = re.compile(r"\bhybrid\b|\bon[- ]site\b|\bin[- ]office\b|\bdays? (?:a|per) week in\b", re.IGNORECASE)
_REMOTE = re.compile(r"\bremote\b|\bwork from home\b|\btelecommut", re.IGNORECASE)


class Remote(SDRule):
    code: str = "SD007"
    name: str = "sd-remote"
    summary: str = (
        "TELECOMMUTE is for 100 % remote jobs that the text calls remote, with applicantLocationRequirements."
    )
    why: str = "Google: mark only fully remote jobs TELECOMMUTE, say so in the description, and name where applicants may live."
    example: str = _MIN + ', "jobLocationType": "TELECOMMUTE", "description": "<p>Fully remote role.</p>"}\n'
    passing: str = (
        _MIN + ', "jobLocationType": "TELECOMMUTE", "description": "<p>Fully remote role.</p>",\n'
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
    example: str = _MIN + ', "title": "Data Engineer", "description": "Data Engineer"}\n'
    passing: str = (
        _MIN + ', "title": "Data Engineer", "description": "<p>Build pipelines.</p><ul><li>Python</li></ul>"}\n'
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


class VisibleMatch(SDRule):
    code: str = "SD009"
    name: str = "sd-visible-match"
    summary: str = "The structured data must match the visible posting: title, salary, location."
    why: str = "Google's guidelines: the JobPosting data must always match what is on the job posting page; mismatches can cost rich results."
    source: str = GUIDELINES_2018
    example: str = (
        '<h1>Data Engineer</h1>\n<p>Build pipelines in Denver.</p>\n<script type="application/ld+json">\n'
        + _MIN
        + ', "title": "Senior Data Scientist"}\n</script>\n'
    )
    passing: str = (
        '<h1>Data Engineer</h1>\n<p>Build pipelines in Denver.</p>\n<script type="application/ld+json">\n'
        + _MIN
        + ', "title": "Data Engineer"}\n</script>\n'
    )
    severity: str = "error"
    example_format = "html"

    def check(self, posting: Posting, ctx: Context) -> Iterator[Diagnostic]:
        if posting.format != "html":
            return  # a .jsonld file has no page to compare with
        visible = _norm(posting.text + " " + str(posting.meta.get("html_title") or ""))
        for script, obj in each_posting(posting):
            title = obj.get("title")
            if isinstance(title, str) and _norm(title) and f" {_norm(title)} " not in f" {visible} ":
                yield self.at_value(posting, script, obj, "title", f"`title` {title!r} does not appear on the page.")
            for container, key, place in _places(obj):
                address = place.get("address") if isinstance(place, dict) else None
                city = address.get("addressLocality") if isinstance(address, dict) else None
                if isinstance(city, str) and _norm(city) and f" {_norm(city)} " not in f" {visible} ":
                    yield self.at_key(
                        posting,
                        script,
                        address,
                        "addressLocality",
                        f"The location {city!r} does not appear on the page.",
                    )
            yield from self._salary(posting, script, obj)

    def _salary(self, posting: Posting, script: Script, obj: dict[str, Any]) -> Iterator[Diagnostic]:
        pay = obj.get("baseSalary")
        value = pay.get("value") if isinstance(pay, dict) else None
        if not isinstance(value, dict):
            return
        shown = _visible_salary(posting)
        if shown is None:
            return
        low = _number(value.get("minValue", value.get("value")))
        high = _number(value.get("maxValue", value.get("value")))
        s_low, s_high = getattr(shown, "min", None), getattr(shown, "max", None)
        pairs = [(low, s_low), (high, s_high if s_high is not None else s_low)]
        if any(a is not None and b is not None and abs(float(a) - float(b)) > 0.5 for a, b in pairs):
            yield self.at_key(
                posting,
                script,
                pay,
                "value",
                f"`baseSalary` ({low:g}–{high:g}) differs from the pay on the page ({s_low}–{s_high}).",
            )


class Recommended(SDRule):
    code: str = "SD010"
    name: str = "sd-recommended"
    summary: str = (
        "Recommended JobPosting properties: baseSalary, employmentType, identifier, directApply, validThrough."
    )
    why: str = "Google ranks and filters on them; pay and employment type are what job seekers filter by first."
    example: str = _MIN + ', "title": "Data Engineer"}\n'
    passing: str = (
        _MIN
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


class EducationExperience(SDRule):
    code: str = "SD011"
    name: str = "sd-education-experience"
    summary: str = "educationRequirements and experienceRequirements must use Google's shapes and values."
    why: str = "Google (beta): credentialCategory is one of five values; monthsOfExperience is a number; experienceInPlaceOfEducation needs both requirements."
    example: str = (
        _MIN
        + ', "educationRequirements": {"@type": "EducationalOccupationalCredential", "credentialCategory": "BSc"}}\n'
    )
    passing: str = (
        _MIN
        + ', "educationRequirements": {"@type": "EducationalOccupationalCredential", "credentialCategory": "bachelor degree"}}\n'
    )
    severity: str = "warning"

    def check(self, posting: Posting, ctx: Context) -> Iterator[Diagnostic]:
        for script, obj in each_posting(posting):
            edu = obj.get("educationRequirements")
            if (
                isinstance(edu, dict)
                and "credentialCategory" in edu
                and edu["credentialCategory"] not in jp.CREDENTIAL_CATEGORIES
            ):
                yield self.at_value(
                    posting,
                    script,
                    edu,
                    "credentialCategory",
                    f"`credentialCategory` {edu['credentialCategory']!r} is not one of: {', '.join(jp.CREDENTIAL_CATEGORIES)}.",
                )
            exp = obj.get("experienceRequirements")
            if isinstance(exp, dict):
                if exp.get("@type") != "OccupationalExperienceRequirements":
                    yield self.at_value(
                        posting,
                        script,
                        obj,
                        "experienceRequirements",
                        '`experienceRequirements` should have "@type": "OccupationalExperienceRequirements".',
                    )
                elif "monthsOfExperience" in exp and _number(exp["monthsOfExperience"]) is None:
                    yield self.at_value(
                        posting, script, exp, "monthsOfExperience", "`monthsOfExperience` must be a number of months."
                    )
            if obj.get("experienceInPlaceOfEducation") is True and not (edu and exp):
                yield self.at_key(
                    posting,
                    script,
                    obj,
                    "experienceInPlaceOfEducation",
                    "`experienceInPlaceOfEducation` needs both educationRequirements and experienceRequirements.",
                )


class SingleJob(SDRule):
    code: str = "SD012"
    name: str = "sd-single-job"
    summary: str = "One JobPosting per page."
    why: str = (
        "Google: mark up only the most detailed leaf page of a single job; never add JobPosting data to a list of jobs."
    )
    source: str = GUIDELINES_2018
    example: str = "[" + _MIN + ', "title": "Data Engineer"},\n ' + _MIN + ', "title": "Data Analyst"}]\n'
    passing: str = "[" + _MIN + ', "title": "Data Engineer"}]\n'
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
    InvalidJsonLd(),
    Required(),
    DatesIso8601(),
    Expired(),
    EmploymentTypeEnum(),
    SalaryShape(),
    AddressCountry(),
    Remote(),
    DescriptionHtml(),
    VisibleMatch(),
    Recommended(),
    EducationExperience(),
    SingleJob(),
]
