"""The pay a posting's fields state: front matter's or a plain-text header's salary keys (``salary_min``,
``salary_max``, ``currency``, ``period``, a ``salary`` line or object), read into a :class:`Salary` with the
offsets of the lines that hold them. Finding pay in the text is :mod:`postlint.pay.salary`."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from postlint.model.salary import Salary
from postlint.pay import patterns as P
from postlint.pay.amounts import infer_period, scan

if TYPE_CHECKING:  # pragma: no cover
    from postlint.model.posting import Posting


# -- front matter ----------------------------------------------------------
def meta_lines(posting: Posting) -> dict[str, tuple[int, int]]:
    """Source span of the value of each front-matter pay key (first occurrence)."""
    # A reader that found metadata in the body says where; front matter is searched for the rest.
    found = {P.meta_key(k): span for k, span in posting.meta_spans.items() if P.meta_key(k) in P.META_KEYS}
    keys = {P.meta_key(k) for k in posting.meta} - found.keys()
    if not keys & (P.META_KEYS | set(P.META_CURRENCY_KEYS) | set(P.META_PERIOD_KEYS)):
        return found
    first = next(posting.blocks(), None)
    limit = first.start if first is not None else len(posting.source)
    spans: dict[str, tuple[int, int]] = {}
    for m in P.META_LINE.finditer(posting.source, 0, limit):
        key = P.meta_key(m.group("key"))
        if key in P.META_KEYS and key not in spans:  # a nested mapping has no value on its line
            spans[key] = (m.start("value"), P.value_end(m)) if m.group("value").strip(" \t") else m.span("key")
    return {**spans, **found}


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        try:
            number = float(value)
        except OverflowError:  # a 400-digit integer
            return None
        return number if math.isfinite(number) else None  # TOML's inf and nan are no pay
    if isinstance(value, str) and (hit := P.PAY.search(value)) and hit.group("n1"):
        return P.amount(hit.group("n1"), hit.group("m1"))
    return None


def from_meta(posting: Posting) -> Salary | None:
    meta = {P.meta_key(k): v for k, v in posting.meta.items()}
    if not meta:
        return None
    spans = meta_lines(posting)
    source = posting.source
    currency = next((meta[k] for k in P.META_CURRENCY_KEYS if isinstance(meta.get(k), str)), None)
    period = next((P.period_of(meta[k]) for k in P.META_PERIOD_KEYS if isinstance(meta.get(k), str)), None)

    def finish(found: Salary) -> Salary:
        update: dict[str, Any] = {}
        if found.currency is None and currency and (code := P.currency_of(currency)):
            update.update(currency=code[0], currency_inferred=code[1])
        if found.period_inferred and period:
            update.update(period=period, period_inferred=False)
        return found.model_copy(update=update) if update else found

    for key in P.META_TEXT_KEYS:
        if key not in meta:
            continue
        value = meta[key]
        span = spans.get(key, (0, 0))
        if isinstance(value, str):
            hit = next(scan(source[span[0] : span[1]], "meta"), None) if span[1] > span[0] else None
            if hit is not None:
                return finish(hit.model_copy(update={"start": hit.start + span[0], "end": hit.end + span[0]}))
            hit = next(scan(value, "meta"), None)
            if hit is not None:
                return finish(hit.model_copy(update={"start": span[0], "end": span[1]}))
            continue
        built = _structured(value, span, source)
        if built is not None:
            return finish(built)
    low = _first_number(meta, P.META_MIN_KEYS)
    high = _first_number(meta, P.META_MAX_KEYS)
    if low is None and high is None:
        return None
    key = next(k for k in P.META_MIN_KEYS + P.META_MAX_KEYS if _number(meta.get(k)) is not None)
    return finish(_make(low, high, None, None, spans.get(key, (0, 0)), source))


def _structured(value: Any, span: tuple[int, int], source: str) -> Salary | None:
    """A number, [min, max], or a mapping such as schema.org's MonetaryAmount."""
    if (n := _number(value)) is not None and not isinstance(value, str):
        return _make(n, n, None, None, span, source)
    if isinstance(value, list | tuple) and 1 <= len(value) <= 2:
        nums = [_number(v) for v in value]
        if all(n is not None for n in nums):
            return _make(nums[0], nums[-1], None, None, span, source)
        return None
    if not isinstance(value, dict):
        return None
    d = {P.meta_key(k): v for k, v in value.items()}
    inner = d.get("value")
    if isinstance(inner, dict):  # MonetaryAmount.value is a QuantitativeValue
        d = {**{P.meta_key(k): v for k, v in inner.items()}, **{k: v for k, v in d.items() if k != "value"}}
    low = _first_number(d, ("min", "minimum", "minvalue", "min_value", "from", "low"))
    high = _first_number(d, ("max", "maximum", "maxvalue", "max_value", "to", "high"))
    if low is None and high is None:
        low = high = _first_number(d, ("value", "amount"))
    if low is None:
        return None if high is None else _make(None, high, None, None, span, source)
    currency = next((d[k] for k in ("currency", "salarycurrency", "salary_currency") if isinstance(d.get(k), str)), "")
    unit = next((d[k] for k in ("unittext", "unit_text", "unit", "period", "per") if isinstance(d.get(k), str)), "")
    return _make(low, high, currency, P.period_of(unit) if unit else None, span, source)


def _first_number(d: dict[str, Any], keys: tuple[str, ...]) -> float | None:
    return next((n for k in keys if (n := _number(d.get(k))) is not None), None)


def _make(low: float | None, high: float | None, currency: str | None, period: str | None,
          span: tuple[int, int], source: str) -> Salary:
    code = P.currency_of(currency) if currency else None
    return Salary(
        min=low, max=high, currency=code[0] if code else None, currency_inferred=bool(code and code[1]),
        period=period or infer_period(high if high is not None else low or 0.0, code[0] if code else None), period_inferred=period is None,
        open_ended=None if low is not None and high is not None else ("up-to" if low is None else "from"),
        start=span[0], end=span[1], raw=source[span[0] : span[1]],
    )
