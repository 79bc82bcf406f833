"""Diagnostics: what a rule reports, and the wire format of ``--format json``.

Plain frozen dataclasses, checked on construction: a run whose postings are all
cached builds thousands of them from JSON and must not import pydantic to do it
(importing it and building its models was about 40 % of such a run). pydantic
still gives their JSON schema (:meth:`Diagnostic.model_json_schema`), and the
``model_*`` methods keep the API the models had.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any, Literal

Severity = Literal["error", "warning", "info"]
SEVERITY_RANK: dict[str, int] = {"info": 0, "warning": 1, "error": 2}

# What each field means, for the JSON schema (and the reader of this file).
_DESCRIPTIONS = {
    "start": "source offset where the replaced text starts",
    "end": "source offset just after the replaced text",
    "code": "rule code, e.g. INC002",
    "name": "rule name, e.g. gendered-terms",
    "column": "1-based column of the first character (columns count characters)",
    "end_column": "column just after the last character",
    "section": "kind of the innermost section, e.g. responsibilities",
    "url": "where the rule's basis is documented",
}
_FIX_DESCRIPTIONS = {"start": _DESCRIPTIONS["start"], "end": _DESCRIPTIONS["end"]}
_DIAGNOSTIC_DESCRIPTIONS = {
    **{k: v for k, v in _DESCRIPTIONS.items() if k not in ("start", "end")},
    "start": "source offset of the first character",
    "end": "source offset just after the last character",
}


def _require(ok: bool, what: str) -> None:
    if not ok:
        raise ValueError(what)


def _is_int(value: object, least: int) -> bool:
    return type(value) is int and value >= least  # not bool, not a float


def _is_text(value: object, optional: bool = False) -> bool:
    return isinstance(value, str) or (optional and value is None)


class _Model:
    """The pydantic-model methods callers used before these were dataclasses."""

    __slots__ = ()

    def model_dump(self, *, mode: str = "python", by_alias: bool = False, exclude_none: bool = False) -> dict[str, Any]:
        """The fields as a dict (nested objects as dicts); every value is already JSON-ready."""
        data = {name: getattr(self, name) for name in self.__slots__}
        fix = data.get("fix")
        if fix is not None:
            data["fix"] = fix.model_dump()
        return {k: v for k, v in data.items() if v is not None} if exclude_none else data

    def model_dump_json(self) -> str:
        """The fields as compact JSON (what pydantic's ``model_dump_json`` wrote)."""
        import json

        return json.dumps(self.model_dump(), ensure_ascii=False, separators=(",", ":"))

    def model_copy(self, *, update: dict[str, Any] | None = None) -> Any:
        return dataclasses.replace(self, **(update or {}))  # type: ignore[type-var]

    @classmethod
    def model_json_schema(cls) -> dict[str, Any]:
        """The JSON schema, from pydantic (imported here, not on a cached run)."""
        from pydantic import TypeAdapter

        schema: dict[str, Any] = TypeAdapter(cls).json_schema()
        for name, part in [(cls.__name__, schema), *schema.get("$defs", {}).items()]:
            notes = _FIX_DESCRIPTIONS if name == "Fix" else _DIAGNOSTIC_DESCRIPTIONS
            for field, spec in part.get("properties", {}).items():
                if field in notes:
                    spec["description"] = notes[field]
                if field in _LEAST.get(name, {}):
                    spec["minimum"] = _LEAST[name][field]
        return schema


@dataclass(frozen=True, slots=True, kw_only=True)
class Fix(_Model):
    """One replacement of ``source[start:end]``; only rules that know it is always right attach one."""

    start: int
    end: int
    replacement: str

    def __post_init__(self) -> None:
        _require(_is_int(self.start, 0) and _is_int(self.end, 0), "a fix's start and end are offsets (int >= 0)")
        _require(_is_text(self.replacement), "a fix's replacement is a str")

    @classmethod
    def model_validate(cls, data: Any) -> Fix:
        if isinstance(data, Fix):
            return data
        _require(isinstance(data, dict), "a fix is an object")
        return cls(**data)


@dataclass(frozen=True, slots=True, kw_only=True)
class Diagnostic(_Model):
    """One finding, located by 1-based line and column (columns count characters)."""

    code: str
    name: str
    severity: Severity
    message: str
    path: str = "-"
    line: int
    column: int
    end_line: int
    end_column: int
    start: int
    end: int
    section: str | None = None
    help: str | None = None
    url: str | None = None
    fix: Fix | None = None

    def __post_init__(self) -> None:
        # One expression, no calls but the builtins: thousands are checked on a cached run.
        line, column, end_line, end_column, start, end = self.line, self.column, self.end_line, self.end_column, self.start, self.end
        section, help_, url = self.section, self.help, self.url
        if (
            isinstance(self.code, str)
            and isinstance(self.name, str)
            and isinstance(self.message, str)
            and isinstance(self.path, str)
            and self.severity in SEVERITY_RANK
            and type(line) is int
            and type(column) is int
            and type(end_line) is int
            and type(end_column) is int
            and type(start) is int
            and type(end) is int
            and min(line, column, end_line, end_column) >= 1
            and min(start, end) >= 0
            and (section is None or isinstance(section, str))
            and (help_ is None or isinstance(help_, str))
            and (url is None or isinstance(url, str))
            and (self.fix is None or type(self.fix) is Fix)
        ):
            return
        self._explain()

    def _explain(self) -> None:
        """Raise ``ValueError`` saying which check failed."""
        _require(
            _is_text(self.code) and _is_text(self.name) and _is_text(self.message) and _is_text(self.path),
            "a diagnostic's code, name, message and path are str",
        )
        _require(self.severity in SEVERITY_RANK, f"unknown severity {self.severity!r}")
        _require(
            _is_int(self.line, 1) and _is_int(self.column, 1) and _is_int(self.end_line, 1) and _is_int(self.end_column, 1),
            "a diagnostic's lines and columns are 1-based ints",
        )
        _require(_is_int(self.start, 0) and _is_int(self.end, 0), "a diagnostic's start and end are offsets (int >= 0)")
        _require(
            _is_text(self.section, True) and _is_text(self.help, True) and _is_text(self.url, True),
            "a diagnostic's section, help and url are str or null",
        )
        _require(self.fix is None or type(self.fix) is Fix, "a diagnostic's fix is a Fix or null")
        raise AssertionError("unreachable: __post_init__ found a fault _explain does not")  # pragma: no cover

    @classmethod
    def model_validate(cls, data: Any) -> Diagnostic:
        """A diagnostic from its dict (``model_dump``'s, or JSON read back); ``ValueError`` or
        ``TypeError`` when it is not one."""
        if isinstance(data, Diagnostic):
            return data
        _require(isinstance(data, dict), "a diagnostic is an object")
        fix = data.get("fix")
        if fix is not None:
            data = {**data, "fix": Fix.model_validate(fix)}
        return cls(**data)

    @property
    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.path, self.start, self.end, self.code)

    def as_row(self) -> list[Any]:
        """The fields' values in declaration order, the fix as ``[start, end, replacement]``: the
        cache stores rows (JSON reads a list of them about three times faster than of objects)."""
        row = [getattr(self, name) for name in self.__slots__]
        if self.fix is not None:
            row[-1] = [self.fix.start, self.fix.end, self.fix.replacement]
        return row

    @classmethod
    def from_row(cls, row: Any) -> Diagnostic:
        """The diagnostic :meth:`as_row` gave, checked as the constructor checks; ``ValueError``
        when it is not one. Slots are set directly: a third of the keyword constructor's time."""
        _require(type(row) is list and len(row) == len(_ROW_SETTERS), "a diagnostic row lists every field")
        diagnostic = object.__new__(cls)
        for set_field, value in zip(_ROW_SETTERS, row):
            set_field(diagnostic, value)
        fix = row[-1]
        if fix is not None:
            _require(type(fix) is list and len(fix) == 3, "a fix row is [start, end, replacement]")
            _ROW_SETTERS[-1](diagnostic, Fix(start=fix[0], end=fix[1], replacement=fix[2]))
        diagnostic.__post_init__()
        return diagnostic


# Each field's slot setter, in declaration order (from_row fills a frozen instance through them).
_ROW_SETTERS = [getattr(Diagnostic, name).__set__ for name in Diagnostic.__slots__]


# The least value of each bounded field, for the JSON schema (the checks above enforce them).
_LEAST = {
    "Fix": {"start": 0, "end": 0},
    "Diagnostic": {"line": 1, "column": 1, "end_line": 1, "end_column": 1, "start": 0, "end": 0},
}
