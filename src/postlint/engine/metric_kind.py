"""The metric data-rule kind: a formula over a posting's counts, reported outside its bounds."""

from __future__ import annotations

import ast
import operator
from collections.abc import Iterator
from typing import Any, Literal

from pydantic import field_validator

from postlint.engine.rule import Context, Rule
from postlint.model.diagnostic import Diagnostic
from postlint.model.posting import Posting


def bounds_text(low: float | None, high: float | None) -> str:
    if low is not None and high is not None:
        return f"{low:g} to {high:g}"
    if low is not None:
        return f"at least {low:g}"
    return f"at most {high:g}"


_OPS: dict[type, Any] = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
    ast.USub: operator.neg,
}


def evaluate(formula: str, variables: dict[str, float]) -> float:
    """Evaluate arithmetic over named counts; anything else (calls, attributes) is refused.

    Division by zero gives 0, so a formula over an empty posting is defined.
    """

    def ev(node: ast.AST) -> float:
        if isinstance(node, ast.Expression):
            return ev(node.body)
        if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
            return float(node.value)
        if isinstance(node, ast.Name) and node.id in variables:
            return float(variables[node.id])
        if isinstance(node, ast.BinOp) and type(node.op) in _OPS:
            left, right = ev(node.left), ev(node.right)
            if isinstance(node.op, ast.Div) and right == 0:
                return 0.0
            return _OPS[type(node.op)](left, right)
        if isinstance(node, ast.UnaryOp) and type(node.op) in _OPS:
            return _OPS[type(node.op)](ev(node.operand))
        raise ValueError(f"unsupported expression {ast.unparse(node)!r} (use + - * / and {', '.join(sorted(variables))})")

    return ev(ast.parse(formula, mode="eval"))


METRIC_VARIABLES = ("words", "characters", "paragraphs", "list_items", "headings", "blocks", "sections")


def posting_counts(posting: Posting) -> dict[str, float]:
    body = list(posting.body_blocks())
    return {
        "words": float(sum(len(b.text.split()) for b in body)),
        "characters": float(sum(len(b.clean) for b in body)),
        "paragraphs": float(sum(1 for b in body if b.kind == "paragraph")),
        "list_items": float(sum(1 for b in body if b.kind == "list_item")),
        "headings": float(sum(1 for s in posting.walk() if s.heading is not None and s.heading.kind == "heading")),
        "blocks": float(len(body)),
        "sections": float(sum(1 for _ in posting.walk())),
    }


class MetricRule(Rule):
    """A formula over the posting's counts, reported when it falls outside ``min``/``max``."""

    kind: Literal["metric"] = "metric"
    formula: str
    min: float | None = None
    max: float | None = None
    message: str = "{value:.2f} is outside {bounds}."

    @field_validator("formula")
    @classmethod
    def _valid_formula(cls, value: str) -> str:
        evaluate(value, dict.fromkeys(METRIC_VARIABLES, 1.0))
        return value

    def check(self, posting: Posting, ctx: Context) -> Iterator[Diagnostic]:
        counts = posting_counts(posting)
        if not counts["blocks"]:
            return
        value = evaluate(self.formula, counts)
        if (self.min is not None and value < self.min) or (self.max is not None and value > self.max):
            message = self.message.format(value=value, bounds=bounds_text(self.min, self.max), **counts)
            yield self.at_document(posting, message)
