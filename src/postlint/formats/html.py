"""A self-contained HTML report: every posting with its metrics and its findings highlighted in the text.

One page, no external assets (a Content-Security-Policy forbids loading any),
everything taken from a posting escaped. Filters by family and severity are a
few lines of inline script; the page reads ``#severity=error&family=pay`` to
start filtered, so a link can point at one view.
"""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Sequence

from postlint._version import __version__
from postlint.engine.report import FileResult, Report
from postlint.engine.rule import FAMILIES, Rule, counted
from postlint.model.diagnostic import Diagnostic

SEVERITIES = ("error", "warning", "info")

_CSS = """
body{font:15px/1.5 system-ui,sans-serif;margin:0 auto;max-width:72rem;padding:1rem 2rem;color:#1d1d1f}
h1{font-size:1.5rem}h2{font-size:1.15rem;margin:2rem 0 .3rem;word-break:break-all}
.filters{position:sticky;top:0;background:#fff;padding:.5rem 0;border-bottom:1px solid #ddd;z-index:1}
.filters fieldset{display:inline-block;border:1px solid #ccc;margin-right:1rem}
.metrics{display:flex;gap:1.5rem;margin:.2rem 0 .6rem;color:#555}.metrics b{color:#1d1d1f}
table{border-collapse:collapse;width:100%;margin-bottom:.6rem}td,th{text-align:left;padding:.15rem .5rem;vertical-align:top}
tr.finding:nth-child(even){background:#f6f6f6}.code{font-family:ui-monospace,monospace;white-space:nowrap}
.sev{font-weight:600;text-transform:uppercase;font-size:.75rem}
.sev-error{color:#b00020}.sev-warning{color:#8a5a00}.sev-info{color:#00607a}
pre.source{white-space:pre-wrap;word-wrap:break-word;background:#fafafa;border:1px solid #e3e3e3;padding:.8rem;font:13px/1.5 ui-monospace,monospace}
mark{border-radius:2px;padding:0 1px}mark.sev-error{background:#ffd6dc}mark.sev-warning{background:#ffe9a8}
mark.sev-info{background:#d3eef6}mark.off{background:none}
[hidden]{display:none!important}.error{color:#b00020}.clean{color:#2e7d32}
"""

# Filters: a finding is shown when its family and severity are both ticked; a
# highlight stays coloured while any finding it covers is shown.
_JS = """
(function(){
  var boxes=[].slice.call(document.querySelectorAll('.filters input'));
  var params=new URLSearchParams(location.hash.slice(1));
  boxes.forEach(function(b){var want=params.getAll(b.name);if(want.length){b.checked=want.indexOf(b.value)>=0;}});
  function on(name,value){return boxes.some(function(b){return b.name===name&&b.value===value&&b.checked;});}
  function shown(key){var p=key.split(':');return on('family',p[0])&&on('severity',p[1]);}
  function apply(){
    var visible=0;
    document.querySelectorAll('tr.finding').forEach(function(r){
      var ok=shown(r.dataset.family+':'+r.dataset.severity);r.hidden=!ok;if(ok){visible++;}
    });
    document.querySelectorAll('mark').forEach(function(m){
      m.classList.toggle('off',!m.dataset.keys.split(' ').some(shown));
    });
    document.getElementById('visible').textContent=visible;
  }
  boxes.forEach(function(b){b.addEventListener('change',apply);});
  apply();
  document.body.dataset.ready='1';
})();
"""


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _family(code: str, families: dict[str, str]) -> str:
    if code in families:
        return families[code]
    prefix = code.rstrip("0123456789")
    return FAMILIES.get(prefix, "other")


def _highlight(source: str, diags: Sequence[Diagnostic], families: dict[str, str]) -> str:
    """The source with each finding's span wrapped in <mark>; overlapping spans are split at their edges."""
    cuts = sorted({0, len(source), *(min(d.start, len(source)) for d in diags), *(min(max(d.end, d.start + 1), len(source)) for d in diags)})
    out: list[str] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        covering = [(i, d) for i, d in enumerate(diags) if d.start <= a and max(d.end, d.start + 1) >= b]
        text = _e(source[a:b])
        if not covering:
            out.append(text)
            continue
        worst = min(covering, key=lambda c: SEVERITIES.index(c[1].severity))[1]
        keys = " ".join(sorted({f"{_family(d.code, families)}:{d.severity}" for _, d in covering}))
        title = "; ".join(f"{d.code} {d.message}" for _, d in covering)
        out.append(f'<mark class="sev-{worst.severity}" data-keys="{_e(keys)}" title="{_e(title)}">{text}</mark>')
    return "".join(out)


def _posting(n: int, result: FileResult, families: dict[str, str]) -> str:
    parts = [f'<section class="posting" id="p{n}"><h2>{_e(result.path)}</h2>']
    if result.error:
        parts.append(f'<p class="error">{_e(result.error)}</p></section>')
        return "".join(parts)
    posting = result.posting
    counts = Counter(d.severity for d in result.diagnostics)
    metrics = [("findings", len(result.diagnostics))] + [(s, counts[s]) for s in SEVERITIES]
    if posting is not None:
        metrics += [("title", posting.title or "—"), ("words", posting.words()), ("sections", sum(1 for _ in posting.walk()))]
    parts.append('<div class="metrics">' + "".join(f"<span>{_e(k)}: <b>{_e(v)}</b></span>" for k, v in metrics) + "</div>")
    if not result.diagnostics:
        parts.append('<p class="clean">No findings.</p>')
    else:
        parts.append("<table><thead><tr><th>where</th><th>rule</th><th>severity</th><th>message</th></tr></thead><tbody>")
        for d in result.diagnostics:
            fam = _family(d.code, families)
            rule = f"{_e(d.code)} {_e(d.name)}"
            if d.url and d.url.startswith(("https://", "http://")):
                rule = f'<a href="{_e(d.url)}" rel="noreferrer">{rule}</a>'
            help_text = f"<br><small>{_e(d.help)}</small>" if d.help else ""
            parts.append(
                f'<tr class="finding" data-family="{_e(fam)}" data-severity="{d.severity}">'
                f'<td class="code">{d.line}:{d.column}</td><td class="code">{rule}</td>'
                f'<td class="sev sev-{d.severity}">{d.severity}</td><td>{_e(d.message)}{help_text}</td></tr>'
            )
        parts.append("</tbody></table>")
    if posting is not None:
        parts.append(f'<pre class="source">{_highlight(posting.source, result.diagnostics, families)}</pre>')
    parts.append("</section>")
    return "".join(parts)


def html_report(report: Report, rules: Sequence[Rule], colour: bool = False) -> str:
    families = {r.code: r.family for r in rules}
    diags = report.diagnostics
    present = sorted({_family(d.code, families) for d in diags})
    counts = Counter(d.severity for d in diags)
    boxes = "".join(f'<label><input type="checkbox" name="family" value="{_e(f)}" checked> {_e(f)}</label> ' for f in present)
    sev_boxes = "".join(
        f'<label><input type="checkbox" name="severity" value="{s}" checked> {s} ({counts[s]})</label> ' for s in SEVERITIES
    )
    body = "".join(_posting(i, r, families) for i, r in enumerate(report.results))
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
        "script-src 'unsafe-inline'\">"
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>postlint report</title><style>{_CSS}</style></head><body>"
        f"<h1>postlint report</h1><p>{counted(len(report.results), 'posting')}, "
        f'<span id="visible">{len(diags)}</span> of {len(diags)} findings shown · postlint {_e(__version__)}</p>'
        f'<form class="filters"><fieldset><legend>family</legend>{boxes or "none"}</fieldset>'
        f"<fieldset><legend>severity</legend>{sev_boxes}</fieldset></form>"
        f"{body}<script>{_JS}</script></body></html>\n"
    )
