"""Pay-transparency jurisdiction profiles (``rules/pay/jurisdictions.toml``)."""

from __future__ import annotations

import re
import tomllib
from datetime import date, datetime
from functools import lru_cache
from typing import Any, Literal, Protocol

from pydantic import BaseModel, ConfigDict

from postlint.model.posting import Posting
from postlint.resources import rules_dir

Requirement = Literal["pay", "bounded", "benefits", "no-pay-history", "range-cap", "commission-basis", "tipped-wage"]


class Jurisdiction(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    code: str
    name: str
    law: str
    effective: date
    employers: str
    requires: list[Requirement]
    source: str
    range_cap: float | None = None
    range_cap_applies_below: float | None = None
    # The law excuses a commission-paid job from stating pay once it says it is
    # commission-paid (Vermont, 21 V.S.A. § 495p(a)(2)(A)).
    commission_exempt: bool = False

    @property
    def minimum_employees(self) -> int | None:
        """The smallest employer the law covers, from ``employers`` ("25 or more employees"); None: any."""
        m = _OR_MORE.match(self.employers)
        return int(m.group(1)) if m else None

    def citation(self) -> str:
        return f"required in {self.name} since {self.effective.isoformat()} for {self.employers} ({self.law}; {self.source})"


_OR_MORE = re.compile(r"(\d+) or more employees")
# How a posting says the employer's own size ("We are a small team of 23 staff", "a charity in
# Toronto with 12 employees"); "you will join a team of 8" is the team, not the employer.
_HEADCOUNT = re.compile(
    r"(?i)\bwe(?:'re|’re| are)\s+(?:a\s+|an\s+)?(?:small\s+|tiny\s+|growing\s+|close-knit\s+)?"
    r"(?:team|company|charity|business|practice|firm|organi[sz]ation|non-?profit|studio|agency|shop|startup|start-up)"
    r"\s+of\s+(?:about\s+|around\s+|just\s+|only\s+)?(\d{1,4})\b"
    r"|\b(?:company|charity|business|practice|firm|organi[sz]ation|non-?profit|studio|agency|startup|start-up|employer)"
    r"\b[^.;\n]{0,60}?\bwith\s+(?:about\s+|around\s+|just\s+|only\s+)?(\d{1,4})\s+(?:employees|staff)\b"
)


# What every _HEADCOUNT match holds, found fast: " of 23", "12 employees".
_A_COUNT = re.compile(r"(?i) of (?:about |around |just |only )?\d|\d\s+(?:employees|staff)\b")


def stated_headcount(text: str) -> int | None:
    """The employer's size as the posting states it, if it does. The full pattern is tried only
    around a count ("of 23", "12 employees"), not at every word of the posting."""
    for hint in _A_COUNT.finditer(text):
        m = _HEADCOUNT.search(text, max(0, hint.start() - 100), hint.end() + 16)
        if m:
            return int(m.group(1) or m.group(2))
    return None


class RuleContext(Protocol):
    """What these helpers read of a rule's context (``postlint.engine.rule.Context``)."""

    @property
    def today(self) -> date: ...

    @property
    def config(self) -> Any: ...


@lru_cache(maxsize=1)
def all_jurisdictions() -> dict[str, Jurisdiction]:
    data = tomllib.loads((rules_dir() / "pay" / "jurisdictions.toml").read_text(encoding="utf-8"))
    return {j["code"]: Jurisdiction.model_validate(j) for j in data["jurisdictions"]}


def posting_date(posting: Posting, ctx: RuleContext) -> date:
    """The date a posting is judged on: its own posting date when it has one, else today."""
    for key in ("date-posted", "date_posted", "datePosted", "opens", "date"):
        value = posting.meta.get(key)
        if isinstance(value, datetime):  # TOML and YAML read "2026-11-24T09:00:00Z" as a datetime, a date's subclass
            return value.date()
        if isinstance(value, date):
            return value
        if isinstance(value, str):
            try:
                return date.fromisoformat(value[:10])
            except ValueError:
                continue
    return ctx.today


def applicable(posting: Posting, ctx: RuleContext) -> list[str]:
    """Jurisdiction codes for a posting: config's ``jurisdictions`` plus its front matter's
    (``jurisdictions: [US-CO]`` or ``jurisdiction: US-CO``), upper-cased, in order."""
    codes = [j.upper() for j in ctx.config.jurisdictions]
    meta = posting.meta.get("jurisdictions", posting.meta.get("jurisdiction", []))
    for code in [meta] if isinstance(meta, str) else (meta if isinstance(meta, list) else []):
        if str(code).upper() not in codes:
            codes.append(str(code).upper())
    return codes


def in_force(posting: Posting, ctx: RuleContext, requirement: Requirement) -> list[Jurisdiction]:
    """Applicable jurisdictions whose law requires ``requirement`` on the posting's date.

    Config codes were validated when it was loaded; an unknown code in a posting's
    front matter is ignored (it is the author's note, not a setting)."""
    known = all_jurisdictions()
    found = []
    for code in applicable(posting, ctx):
        jurisdiction = known.get(code)
        if jurisdiction is not None and requirement in jurisdiction.requires and covers(jurisdiction, posting, ctx):
            found.append(jurisdiction)
    return found


def covers(jurisdiction: Jurisdiction, posting: Posting, ctx: RuleContext) -> bool:
    """Whether the law applies to this posting: in force on its date, and its employer not smaller
    than the law's minimum ("We are a small team of 23 staff" under a law for 25 or more)."""
    if jurisdiction.effective > posting_date(posting, ctx):
        return False
    minimum = jurisdiction.minimum_employees
    return not (minimum and (size := _posting_headcount(posting)) is not None and size < minimum)


def _posting_headcount(posting: Posting) -> int | None:
    """The employer's size as the posting states it (once per posting)."""
    if "headcount" not in posting._cache:
        posting._cache["headcount"] = stated_headcount(" ".join(b.text for b in posting.body_blocks()))
    return posting._cache["headcount"]  # type: ignore[no-any-return]


def legal_note(jurisdictions: list[Jurisdiction]) -> str:
    """' — required in Colorado since 2021-01-01 (...)' for messages; empty when none apply."""
    if not jurisdictions:
        return ""
    return " — " + "; ".join(j.citation() for j in jurisdictions)
