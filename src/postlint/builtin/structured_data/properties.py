"""SD rules: schema.org JobPosting structured data, as Google for Jobs reads it.

They check the JSON-LD of HTML pages (``<script type="application/ld+json">``)
and of ``.json``/``.jsonld`` files. Every finding points at the key or value
it is about, inside the page. Sources: Google's JobPosting documentation
(research §1.3, §2) and its 2018 guideline update.

This module checks that the markup is valid: JSON syntax, required
properties, dates, enum values and the shapes of salary, location and
requirements. Whether it fits the page is :mod:`postlint.builtin.structured_data.page`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from postlint.engine.rule import Context, Rule
from postlint.model.diagnostic import Diagnostic, Fix
from postlint.model.jsonld import Script, each_posting, scripts
from postlint.model.posting import Posting
from postlint.structured_data import jobposting as jp

GOOGLE = "https://developers.google.com/search/docs/appearance/structured-data/job-posting"


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


# The opening of a minimal JobPosting, for the rules' examples.
MINIMAL = '{"@context": "https://schema.org", "@type": "JobPosting"'


class InvalidJsonLd(SDRule):
    code: str = "SD000"
    name: str = "invalid-json-ld"
    summary: str = "JSON-LD that does not parse is ignored by search engines."
    why: str = "A single stray comma hides the whole JobPosting from Google for Jobs, with no error shown on the page."
    example: str = MINIMAL + ', "title": "Data Engineer",}\n'
    passing: str = MINIMAL + ', "title": "Data Engineer"}\n'
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
    notes: str = (
        'A hiringOrganization given as a link ({"@id": "…#org"}) is read as the object with that "@id" in the same '
        "JSON-LD (a @graph's Organization), as JSON-LD consumers follow it; a link to nothing there names no company."
    )
    example: str = MINIMAL + ', "title": "Data Engineer"}\n'
    passing: str = (
        MINIMAL + ', "title": "Data Engineer", "description": "<p>Build pipelines.</p>", "datePosted": "2025-01-06",\n'
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
                elif prop == "hiringOrganization" and isinstance(value := script.linked(value), dict) and not value.get("name"):
                    # A bare link ({"@id": "…#org"}) is read as the Organization it names in the same JSON-LD.
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
    example: str = MINIMAL + ', "datePosted": "January 6, 2025"}\n'
    passing: str = MINIMAL + ', "datePosted": "2025-01-06"}\n'
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
    example: str = MINIMAL + ', "datePosted": "2020-01-06", "validThrough": "2020-03-01"}\n'
    passing: str = MINIMAL + ', "datePosted": "2020-01-06", "validThrough": "2999-03-01"}\n'
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
    example: str = MINIMAL + ', "employmentType": "Full-time"}\n'
    passing: str = MINIMAL + ', "employmentType": "FULL_TIME"}\n'
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


class SalaryShape(SDRule):
    code: str = "SD005"
    name: str = "sd-salary-shape"
    summary: str = "baseSalary must be a MonetaryAmount with a currency and a QuantitativeValue with unitText."
    why: str = "Google reads pay only in this shape: currency (ISO 4217), value.unitText HOUR/DAY/WEEK/MONTH/YEAR, and minValue/maxValue for a range."
    example: str = MINIMAL + ', "baseSalary": "$160,000 - $350,000"}\n'
    passing: str = (
        MINIMAL + ', "baseSalary": {"@type": "MonetaryAmount", "currency": "USD",\n'
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
            low, high = jp.number(value.get("minValue")), jp.number(value.get("maxValue"))
            if not any(k in value for k in ("minValue", "maxValue", "value")):
                yield self.at_key(
                    posting,
                    script,
                    value,
                    "@type",
                    "The salary needs `value`, or `minValue` and `maxValue` for a range.",
                )
            for key in ("minValue", "maxValue", "value"):
                if key in value and jp.number(value[key]) is None:
                    yield self.at_value(posting, script, value, key, f"`{key}` must be a number, not {value[key]!r}.")
            if low is not None and high is not None and low > high:
                yield self.at_value(
                    posting, script, value, "minValue", f"`minValue` {low:g} is above `maxValue` {high:g}."
                )


class AddressCountry(SDRule):
    code: str = "SD006"
    name: str = "sd-address-country"
    summary: str = "Every jobLocation needs a PostalAddress with addressCountry."
    why: str = 'Google: "Note that you must include the addressCountry property" (ISO 3166-1 alpha-2 accepted).'
    example: str = (
        MINIMAL
        + ', "jobLocation": {"@type": "Place", "address": {"@type": "PostalAddress", "addressLocality": "Denver"}}}\n'
    )
    passing: str = (
        MINIMAL
        + ', "jobLocation": {"@type": "Place", "address": {"@type": "PostalAddress", "addressLocality": "Denver", "addressCountry": "US"}}}\n'
    )
    severity: str = "error"

    def check(self, posting: Posting, ctx: Context) -> Iterator[Diagnostic]:
        for script, obj in each_posting(posting):
            for container, key, place in jp.places(obj):
                address = jp.address(place)
                if address is None:
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


class EducationExperience(SDRule):
    code: str = "SD011"
    name: str = "sd-education-experience"
    summary: str = "educationRequirements and experienceRequirements must use Google's shapes and values."
    why: str = "Google (beta): credentialCategory is one of five values; monthsOfExperience is a number; experienceInPlaceOfEducation needs both requirements."
    example: str = (
        MINIMAL
        + ', "educationRequirements": {"@type": "EducationalOccupationalCredential", "credentialCategory": "BSc"}}\n'
    )
    passing: str = (
        MINIMAL
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
                elif "monthsOfExperience" in exp and jp.number(exp["monthsOfExperience"]) is None:
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


RULES: list[Rule] = [
    InvalidJsonLd.default(),
    Required.default(),
    DatesIso8601.default(),
    Expired.default(),
    EmploymentTypeEnum.default(),
    SalaryShape.default(),
    AddressCountry.default(),
    EducationExperience.default(),
]
