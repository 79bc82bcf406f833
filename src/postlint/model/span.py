"""A half-open range of source offsets: the one position type the model's records share."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open range of source offsets."""

    start: int
    end: int
