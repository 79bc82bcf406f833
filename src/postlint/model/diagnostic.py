"""Diagnostics: what a rule reports, and the wire format of ``--format json``."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Severity = Literal["error", "warning", "info"]
SEVERITY_RANK: dict[str, int] = {"info": 0, "warning": 1, "error": 2}


class Fix(BaseModel):
    """One replacement of ``source[start:end]``; only rules that know it is always right attach one."""

    model_config = ConfigDict(frozen=True)
    start: int = Field(ge=0, description="source offset where the replaced text starts")
    end: int = Field(ge=0, description="source offset just after the replaced text")
    replacement: str


class Diagnostic(BaseModel):
    """One finding, located by 1-based line and column (columns count characters)."""

    model_config = ConfigDict(frozen=True)
    code: str = Field(description="rule code, e.g. INC002")
    name: str = Field(description="rule name, e.g. gendered-terms")
    severity: Severity
    message: str
    path: str = "-"
    line: int = Field(ge=1)
    column: int = Field(ge=1)
    end_line: int = Field(ge=1)
    end_column: int = Field(ge=1, description="column just after the last character")
    start: int = Field(ge=0, description="source offset of the first character")
    end: int = Field(ge=0, description="source offset just after the last character")
    section: str | None = Field(default=None, description="kind of the innermost section, e.g. responsibilities")
    help: str | None = None
    url: str | None = Field(default=None, description="where the rule's basis is documented")
    fix: Fix | None = None

    @property
    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.path, self.start, self.end, self.code)
