"""Diagnostics: what a rule reports, and the wire format of ``--format json``.

Plain frozen dataclasses: a run whose postings are all cached builds thousands
of them from JSON and must not import pydantic to do it (importing it and
building its models was about 40 % of such a run). A diagnostic whose fields
already have the right types is checked by one expression; anything else goes
to a pydantic twin of the class, built from its fields on first use, which
coerces and raises exactly as the pydantic models these once were
(``"3"`` is 3, a dict is a Fix, a bad value is a ``ValidationError``). The
twin also gives the JSON schema and ``model_validate``; the other ``model_*``
methods keep the models' API.
"""

from __future__ import annotations

import copy
import dataclasses
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Literal

Severity = Literal["error", "warning", "info"]
SEVERITY_RANK: dict[str, int] = {"info": 0, "warning": 1, "error": 2}


def _spec(**check: Any) -> Any:
    """A required field; ``check`` holds the pydantic ``Field`` arguments of its twin."""
    return field(metadata=check)


class _Model:
    """The pydantic-model methods callers used before these were dataclasses."""

    __slots__ = ()

    def model_dump(self, *, mode: str = "python", by_alias: bool = False, exclude_none: bool = False) -> dict[str, Any]:
        """The fields as a dict (a fix as a dict too); every value is already JSON-ready."""
        data = {name: getattr(self, name) for name in self.__slots__}
        fix = data.get("fix")
        if fix is not None:
            data["fix"] = fix.model_dump()
        return {k: v for k, v in data.items() if v is not None} if exclude_none else data

    def model_dump_json(self) -> str:
        """The fields as compact JSON (what pydantic's ``model_dump_json`` wrote)."""
        import json

        return json.dumps(self.model_dump(), ensure_ascii=False, separators=(",", ":"))

    def model_copy(self, *, update: dict[str, Any] | None = None, deep: bool = False) -> Any:
        copied = dataclasses.replace(self, **(update or {}))  # type: ignore[type-var]
        return copy.deepcopy(copied) if deep else copied

    @classmethod
    def model_validate(cls, data: Any) -> Any:
        """An instance from a dict (or an instance), validated and coerced by the pydantic twin."""
        if isinstance(data, cls):
            return data
        if isinstance(data, dict) and isinstance(data.get("fix"), Fix):
            data = {**data, "fix": data["fix"].model_dump()}  # the twin knows a fix as a dict
        return _from_twin(cls, _twin(cls).model_validate(data))

    @classmethod
    def model_json_schema(cls) -> dict[str, Any]:
        """The JSON schema, from the pydantic twin (imported here, never on a cached run)."""
        schema: dict[str, Any] = _twin(cls).model_json_schema()
        return schema

    def _coerce(self) -> None:
        """Validate and coerce the fields through the pydantic twin (raises its ``ValidationError``)."""
        values = {name: getattr(self, name) for name in self.__slots__}
        if isinstance(values.get("fix"), Fix):
            values["fix"] = values["fix"].model_dump()  # the twin knows a fix as a dict
        checked = _twin(type(self)).model_validate(values)
        for name, value in _fields_of(type(self), checked).items():
            object.__setattr__(self, name, value)


@dataclass(frozen=True, slots=True, kw_only=True)
class Fix(_Model):
    """One replacement of ``source[start:end]``; only rules that know it is always right attach one."""

    start: int = _spec(ge=0, description="source offset where the replaced text starts")
    end: int = _spec(ge=0, description="source offset just after the replaced text")
    replacement: str

    def __post_init__(self) -> None:
        start, end = self.start, self.end
        if not (type(start) is int and type(end) is int and min(start, end) >= 0 and type(self.replacement) is str):
            self._coerce()


@dataclass(frozen=True, slots=True, kw_only=True)
class Diagnostic(_Model):
    """One finding, located by 1-based line and column (columns count characters)."""

    code: str = _spec(description="rule code, e.g. INC002")
    name: str = _spec(description="rule name, e.g. gendered-terms")
    severity: Severity
    message: str
    path: str = "-"
    line: int = _spec(ge=1)
    column: int = _spec(ge=1)
    end_line: int = _spec(ge=1)
    end_column: int = _spec(ge=1, description="column just after the last character")
    start: int = _spec(ge=0, description="source offset of the first character")
    end: int = _spec(ge=0, description="source offset just after the last character")
    section: str | None = field(default=None, metadata={"description": "kind of the innermost section, e.g. responsibilities"})
    help: str | None = None
    url: str | None = field(default=None, metadata={"description": "where the rule's basis is documented"})
    fix: Fix | None = None

    def __post_init__(self) -> None:
        if not self._well_typed():
            self._coerce()

    def _well_typed(self) -> bool:
        """Whether every field already has its type and bounds: one expression of builtins,
        since thousands are checked on a cached run."""
        line, column, end_line, end_column, start, end = self.line, self.column, self.end_line, self.end_column, self.start, self.end
        section, help_, url = self.section, self.help, self.url
        return (
            type(self.code) is str
            and type(self.name) is str
            and type(self.message) is str
            and type(self.path) is str
            and type(self.severity) is str
            and self.severity in SEVERITY_RANK
            and type(line) is int
            and type(column) is int
            and type(end_line) is int
            and type(end_column) is int
            and type(start) is int
            and type(end) is int
            and min(line, column, end_line, end_column) >= 1
            and min(start, end) >= 0
            and (section is None or type(section) is str)
            and (help_ is None or type(help_) is str)
            and (url is None or type(url) is str)
            and (self.fix is None or type(self.fix) is Fix)
        )

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
        """The diagnostic :meth:`as_row` gave, or ``ValueError``: strict, with no coercion (a row
        the cache did not write as it is is damaged). Slots are set directly: a third of the
        keyword constructor's time."""
        if not (type(row) is list and len(row) == len(_ROW_SETTERS)):
            raise ValueError("a diagnostic row lists every field")
        diagnostic = object.__new__(cls)
        for set_field, value in zip(_ROW_SETTERS, row):
            set_field(diagnostic, value)
        fix = row[-1]
        if fix is not None:
            if not (type(fix) is list and len(fix) == 3 and type(fix[0]) is int and type(fix[1]) is int):
                raise ValueError("a fix row is [start, end, replacement]")
            _ROW_SETTERS[-1](diagnostic, Fix(start=fix[0], end=fix[1], replacement=fix[2]))
        if not diagnostic._well_typed():
            raise ValueError("a diagnostic row holds a value of the wrong type or out of bounds")
        return diagnostic


# Each field's slot setter, in declaration order (from_row fills a frozen instance through them).
_ROW_SETTERS = [getattr(Diagnostic, name).__set__ for name in Diagnostic.__slots__]


@lru_cache(maxsize=None)
def _twin(cls: type) -> Any:
    """The pydantic model these fields were before they became a dataclass: the same name,
    docstring, types, bounds and descriptions (so the same coercion, errors and schema)."""
    from typing import get_type_hints

    from pydantic import ConfigDict, Field, create_model

    hints = get_type_hints(cls)
    fields: dict[str, Any] = {}
    for f in dataclasses.fields(cls):
        kind = hints[f.name]
        if f.name == "fix":
            kind = _twin(Fix) | None
        default = {} if f.default is dataclasses.MISSING else {"default": f.default}
        fields[f.name] = (kind, Field(**default, **f.metadata))
    return create_model(cls.__name__, __config__=ConfigDict(frozen=True), __doc__=cls.__doc__, **fields)


def _fields_of(cls: type, checked: Any) -> dict[str, Any]:
    values = {f.name: getattr(checked, f.name) for f in dataclasses.fields(cls)}
    if values.get("fix") is not None:
        values["fix"] = _from_twin(Fix, values["fix"])
    return values


def _from_twin(cls: type, checked: Any) -> Any:
    """The dataclass instance for a validated twin (its values need no second check)."""
    instance = object.__new__(cls)
    for name, value in _fields_of(cls, checked).items():
        object.__setattr__(instance, name, value)
    return instance
