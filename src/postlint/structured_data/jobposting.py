"""schema.org JobPosting as Google for Jobs reads it: pydantic models and the value sets.

Facts from Google's JobPosting structured-data documentation
(https://developers.google.com/search/docs/appearance/structured-data/job-posting):
required and recommended properties, the case-sensitive ``employmentType`` and
``unitText`` values, and the education credential categories (beta).
The models build documents (``postlint jsonld``); the SD rules check parsed
JSON directly so each finding keeps its position, with the small readers below.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

CONTEXT = "https://schema.org"
REQUIRED = ("title", "description", "datePosted", "hiringOrganization", "jobLocation")
RECOMMENDED = ("baseSalary", "employmentType", "identifier", "directApply", "validThrough")
EMPLOYMENT_TYPES = ("FULL_TIME", "PART_TIME", "CONTRACTOR", "TEMPORARY", "INTERN", "VOLUNTEER", "PER_DIEM", "OTHER")
UNIT_TEXTS = ("HOUR", "DAY", "WEEK", "MONTH", "YEAR")
CREDENTIAL_CATEGORIES = (
    "high school",
    "associate degree",
    "bachelor degree",
    "professional certificate",
    "postgraduate degree",
)
TELECOMMUTE = "TELECOMMUTE"

# How authors write employment types -> Google's value.
_EMPLOYMENT_ALIASES = {
    "fulltime": "FULL_TIME",
    "permanent": "FULL_TIME",
    "parttime": "PART_TIME",
    "contract": "CONTRACTOR",
    "contractor": "CONTRACTOR",
    "freelance": "CONTRACTOR",
    "temporary": "TEMPORARY",
    "temp": "TEMPORARY",
    "intern": "INTERN",
    "internship": "INTERN",
    "volunteer": "VOLUNTEER",
    "perdiem": "PER_DIEM",
    "other": "OTHER",
}


def employment_type(value: str) -> str | None:
    """Google's value for "Full-time", "full_time", "Contract"…, or ``None``."""
    key = "".join(ch for ch in value.lower() if ch.isalnum())
    for known in EMPLOYMENT_TYPES:
        if key == known.replace("_", "").lower():
            return known
    return _EMPLOYMENT_ALIASES.get(key)


def parse_iso(value: Any) -> date | None:
    """An ISO 8601 date or date-time (``2017-01-24``, ``2017-01-24T19:33:17+00:00``) as a date, else ``None``."""
    if not isinstance(value, str):
        return None
    text = value.strip()
    try:
        if len(text) == 10:
            return date.fromisoformat(text)
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        return None


# -- reading parsed JSON-LD (the SD rules and SEO's location lookup) --------------


def number(value: Any) -> float | None:
    """A JSON number as a float; ``None`` for anything else (``true`` is not a number)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    return None


def places(obj: dict[str, Any]) -> list[tuple[Any, Any, Any]]:
    """(container, key, place) for each jobLocation of a JobPosting object."""
    loc = obj.get("jobLocation")
    if isinstance(loc, list):
        return [(loc, i, p) for i, p in enumerate(loc)]
    return [(obj, "jobLocation", loc)] if loc not in (None, "", {}) else []


def address(place: Any) -> dict[str, Any] | None:
    """A Place's ``address`` object, or ``None`` when it has none."""
    found = place.get("address") if isinstance(place, dict) else None
    return found if isinstance(found, dict) else None


class _Model(BaseModel):
    model_config = ConfigDict(populate_by_name=True, extra="forbid")


class Organization(_Model):
    type_: Literal["Organization"] = Field(default="Organization", alias="@type")
    name: str
    same_as: str | None = Field(default=None, alias="sameAs")
    logo: str | None = None


class PostalAddress(_Model):
    type_: Literal["PostalAddress"] = Field(default="PostalAddress", alias="@type")
    street_address: str | None = Field(default=None, alias="streetAddress")
    address_locality: str | None = Field(default=None, alias="addressLocality")
    address_region: str | None = Field(default=None, alias="addressRegion")
    postal_code: str | None = Field(default=None, alias="postalCode")
    address_country: str | None = Field(default=None, alias="addressCountry")


class Place(_Model):
    type_: Literal["Place"] = Field(default="Place", alias="@type")
    address: PostalAddress


class AdministrativeArea(_Model):
    type_: Literal["Country", "State", "AdministrativeArea"] = Field(default="Country", alias="@type")
    name: str


class QuantitativeValue(_Model):
    type_: Literal["QuantitativeValue"] = Field(default="QuantitativeValue", alias="@type")
    value: int | float | None = None
    min_value: int | float | None = Field(default=None, alias="minValue")
    max_value: int | float | None = Field(default=None, alias="maxValue")
    unit_text: Literal["HOUR", "DAY", "WEEK", "MONTH", "YEAR"] = Field(alias="unitText")


class MonetaryAmount(_Model):
    type_: Literal["MonetaryAmount"] = Field(default="MonetaryAmount", alias="@type")
    currency: str = Field(pattern=r"^[A-Z]{3}$")
    value: QuantitativeValue


class PropertyValue(_Model):
    type_: Literal["PropertyValue"] = Field(default="PropertyValue", alias="@type")
    name: str
    value: str


class JobPosting(_Model):
    """A JobPosting document; dump with :meth:`document`."""

    context: str = Field(default=CONTEXT, alias="@context")
    type_: Literal["JobPosting"] = Field(default="JobPosting", alias="@type")
    title: str | None = None
    description: str | None = None
    date_posted: str | None = Field(default=None, alias="datePosted")
    valid_through: str | None = Field(default=None, alias="validThrough")
    hiring_organization: Organization | None = Field(default=None, alias="hiringOrganization")
    job_location: Place | list[Place] | None = Field(default=None, alias="jobLocation")
    job_location_type: Literal["TELECOMMUTE"] | None = Field(default=None, alias="jobLocationType")
    applicant_location_requirements: AdministrativeArea | list[AdministrativeArea] | None = Field(
        default=None, alias="applicantLocationRequirements"
    )
    employment_type: str | list[str] | None = Field(default=None, alias="employmentType")
    base_salary: MonetaryAmount | None = Field(default=None, alias="baseSalary")
    identifier: PropertyValue | None = None
    direct_apply: bool | None = Field(default=None, alias="directApply")

    def document(self) -> dict[str, Any]:
        """The JSON-LD object: schema.org property names, unset properties left out."""
        return self.model_dump(by_alias=True, exclude_none=True)

    def missing(self) -> list[str]:
        """Required properties this document lacks (remote jobs may replace jobLocation)."""
        doc = self.document()
        out = [p for p in REQUIRED if p not in doc]
        if (
            "jobLocation" in out
            and doc.get("jobLocationType") == TELECOMMUTE
            and "applicantLocationRequirements" in doc
        ):
            out.remove("jobLocation")
        return out
