"""A self-contained HTML report for translators and reviewers.

Per language a completion bar (translated, fuzzy, untranslated); findings grouped by check, each
with the source and the translation side by side and the mismatched parts (``source_marks``,
``target_marks``) highlighted; suppressed findings with their reasons; baseline findings that went
away. One file: the stylesheet and script are inlined and allowed by hash in a Content Security
Policy that forbids everything else, so an escaping slip could not run a script or load anything.
Every piece of catalog text goes through ``html.escape``.
"""

from __future__ import annotations

import base64
import hashlib
import html
from collections import defaultdict
from collections.abc import Iterable, Mapping
from importlib import resources

from .. import __version__
from ..langtags import direction, endonym
from ..model import Finding
from .common import (Rule, CatalogCounts, accepted_by_baseline, catalog_counts, ordered, rules_for,
                     severity_counts)


def esc(text: object) -> str:
    return html.escape(str(text), quote=True)


def _asset(name: str) -> str:
    return resources.files(__package__).joinpath(name).read_text(encoding="utf-8")


def _csp_hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def _occurrences(text: str, mark: str) -> list[tuple[int, int]]:
    """Where ``mark`` occurs; a mark that starts or ends with a digit does not match inside a
    longer number ("9" not in "19") unless that is the only place it occurs."""
    plain, bounded = [], []
    start = text.find(mark)
    while start >= 0:
        end = start + len(mark)
        plain.append((start, end))
        before_ok = not (mark[0].isdigit() and start > 0 and text[start - 1].isdigit())
        after_ok = not (mark[-1].isdigit() and end < len(text) and text[end].isdigit())
        if before_ok and after_ok:
            bounded.append((start, end))
        start = text.find(mark, start + 1)
    return bounded or plain


def highlight(text: str, marks: Iterable[str]) -> str:
    """``text`` escaped, the occurrences of each mark wrapped in ``<mark>`` (longest marks first,
    no overlaps)."""
    spans: list[tuple[int, int]] = []
    for mark in sorted({m for m in marks if m}, key=len, reverse=True):
        for start, end in _occurrences(text, mark):
            if not any(s < end and start < e for s, e in spans):
                spans.append((start, end))
    spans.sort()
    out, position = [], 0
    for start, end in spans:
        out.append(esc(text[position:start]))
        out.append(f"<mark>{esc(text[start:end])}</mark>")
        position = end
    out.append(esc(text[position:]))
    return "".join(out)


def _language_attrs(language: str | None) -> str:
    if not language:
        return ""
    return f' lang="{esc(language)}" dir="{direction(language)}"'


def _bar(counts: CatalogCounts) -> str:
    """A stacked bar as inline SVG (attributes, not style, so the CSP needs no 'unsafe-inline')."""
    total = counts.total or 1
    translated = 100 * counts.translated / total
    fuzzy = 100 * counts.fuzzy / total
    label = (f"{counts.translated} of {counts.total} translated"
             + (f", {counts.fuzzy} fuzzy" if counts.fuzzy else ""))
    return (f'<svg class="bar" viewBox="0 0 100 8" preserveAspectRatio="none" role="img" aria-label="{esc(label)}">'
            f'<rect class="bar-rest" width="100" height="8"/>'
            f'<rect class="bar-translated" width="{translated:.2f}" height="8"/>'
            f'<rect class="bar-fuzzy" x="{translated:.2f}" width="{fuzzy:.2f}" height="8"/></svg>')


def _languages_section(result) -> str:
    active_by_language: dict[str | None, dict[str, int]] = defaultdict(lambda: {"error": 0, "warning": 0, "info": 0})
    for finding in result.findings:
        if not finding.suppressed:
            active_by_language[finding.language][str(finding.severity)] += 1
    rows = []
    for counts in sorted((catalog_counts(c) for c in result.catalogs if c.language),
                         key=lambda c: (c.language or "", c.path)):
        found = active_by_language.get(counts.language, {"error": 0, "warning": 0, "info": 0})
        badges = " ".join(f'<span class="badge sev-{sev}">{n} {sev}{"s" if n != 1 else ""}</span>'
                          for sev, n in found.items() if n) or '<span class="badge ok">no findings</span>'
        rows.append(
            f'<tr data-language="{esc(counts.language)}">'
            f'<th scope="row"><span{_language_attrs(counts.language)}>{esc(endonym(counts.language))}</span>'
            f' <span class="tag">({esc(counts.language)})</span>'
            f'<br><code class="path">{esc(counts.path)}</code></th>'
            f'<td class="bar-cell">{_bar(counts)}</td>'
            f'<td class="percent">{100 * counts.completion:.0f}%</td>'
            f'<td class="counts">{counts.translated}/{counts.total}'
            + (f' · {counts.fuzzy} fuzzy' if counts.fuzzy else '')
            + (f' · {counts.untranslated} untranslated' if counts.untranslated else '')
            + (f'<br>{_plural(counts.words_to_translate, "word")} to translate' if counts.words_to_translate else '')
            + f'</td><td class="found">{badges}</td></tr>')
    if not rows:
        return ""
    return ('<section id="languages"><h2>Languages</h2><table class="languages">'
            '<thead><tr><th scope="col">Language</th><th scope="col">Completion</th><th scope="col">%</th>'
            '<th scope="col">Entries</th><th scope="col">Findings</th></tr></thead><tbody>'
            + "".join(rows) + "</tbody></table></section>")


def _where(finding: Finding) -> str:
    where = f"{finding.path}:{finding.line}" if finding.line else finding.path
    return f'<code class="path">{esc(where)}</code>'


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def _finding_card(finding: Finding, *, reason: str | None = None, show_code: bool = False) -> str:
    severity = str(finding.severity)
    parts = [f'<article class="finding sev-{severity}" data-language="{esc(finding.language or "")}" '
             f'data-severity="{severity}" data-code="{esc(finding.code)}">',
             f'<header><span class="badge sev-{severity}">{severity}</span> '
             f'<span class="badge lang">{esc(finding.language or "all")}</span> {_where(finding)}'
             + (f' <code class="code">{esc(finding.code)}</code>' if show_code else "") + "</header>",
             f'<p class="message">{esc(finding.message)}</p>']
    if finding.hint:
        parts.append(f'<p class="hint"><span>hint</span> {esc(finding.hint)}</p>')
    if reason is not None:
        parts.append(f'<p class="reason"><span>reason</span> {esc(reason)}</p>')
    if finding.msgid is not None:
        context = (f'<p class="context">context <code>{esc(finding.msgctxt)}</code></p>'
                   if finding.msgctxt is not None else "")
        target = finding.msgstr or ""
        parts.append(
            '<div class="pair">'
            f'<div class="side source"><h4>Source</h4>{context}<p class="text">{highlight(finding.msgid, finding.source_marks)}</p></div>'
            f'<div class="side target"><h4>Translation</h4><p class="text"{_language_attrs(finding.language)}>'
            + (highlight(target, finding.target_marks) if target else '<em class="empty">(empty)</em>')
            + '</p></div></div>')
    if finding.source_locations:
        parts.append('<p class="source-locations">in ' + ", ".join(
            f'<code class="path">{esc(loc)}</code>' for loc in finding.source_locations) + "</p>")
    parts.append("</article>")
    return "".join(parts)


def _findings_section(active: list[Finding], rules: Mapping[str, Rule]) -> str:
    by_code: dict[str, list[Finding]] = defaultdict(list)
    for finding in active:
        by_code[finding.code].append(finding)
    if not by_code:
        return '<section id="findings"><h2>Findings</h2><p class="clean">No findings. 🎉</p></section>'
    groups = []
    order = sorted(by_code, key=lambda code: (-max(f.severity for f in by_code[code]), code))
    for code in order:
        findings = sorted(by_code[code], key=lambda f: (f.language or "", f.path, f.line or 0, f.message))
        rule = rules.get(code)
        summary = f' <span class="summary">{esc(rule.summary)}</span>' if rule and rule.summary != code else ""
        groups.append(
            f'<section class="check" id="check-{esc(code)}" data-code="{esc(code)}">'
            f'<h3><code>{esc(code)}</code>{summary} <span class="count">{len(findings)}</span></h3>'
            + "".join(_finding_card(f) for f in findings) + "</section>")
    return '<section id="findings"><h2>Findings</h2>' + "".join(groups) + "</section>"


def _suppressed_section(result, suppressed: list[Finding]) -> str:
    if not suppressed:
        return ""
    baseline = getattr(result, "baseline", None)
    in_place = [f for f in suppressed if not accepted_by_baseline(f, baseline)]
    accepted = [f for f in suppressed if accepted_by_baseline(f, baseline)]
    parts = ['<section id="suppressed"><h2>Suppressed</h2>']
    if in_place:
        parts.append(f'<details open><summary>{len(in_place)} silenced in place by a '
                     '<code># yzi18n: ignore</code> comment</summary>'
                     + "".join(_finding_card(f, reason=f.suppressed, show_code=True) for f in in_place) + "</details>")
    if accepted:
        parts.append(f'<details><summary>{len(accepted)} accepted in the baseline '
                     f'<code>{esc(baseline.path)}</code></summary>'
                     + "".join(_finding_card(f, show_code=True) for f in accepted) + "</details>")
    parts.append("</section>")
    return "".join(parts)


def _gone_section(result) -> str:
    baseline = getattr(result, "baseline", None)
    if baseline is None or not baseline.gone:
        return ""
    items = "".join(f'<li><code class="path">{esc(r.path)}</code> <code class="code">{esc(r.code)}</code> '
                    f'{esc(r.message)}</li>' for r in baseline.gone)
    verb = "occurs" if len(baseline.gone) == 1 else "occur"
    return (f'<section id="baseline-gone"><h2>Fixed since the baseline</h2><p>{_plural(len(baseline.gone), "finding")} '
            f'of <code>{esc(baseline.path)}</code> no longer {verb}; write the baseline again to shrink it.</p>'
            f'<ul>{items}</ul></section>')


def _filters(active: list[Finding]) -> str:
    languages = sorted({f.language or "" for f in active})
    if not active:
        return ""
    buttons = ['<button type="button" data-filter-language="" aria-pressed="true">all languages</button>']
    buttons += [f'<button type="button" data-filter-language="{esc(lang)}" aria-pressed="false">'
                f'{esc(lang or "project")}</button>' for lang in languages]
    severities = ['<button type="button" data-filter-severity="" aria-pressed="true">all severities</button>']
    severities += [f'<button type="button" data-filter-severity="{sev}" aria-pressed="false">{sev}</button>'
                   for sev in ("error", "warning", "info") if any(str(f.severity) == sev for f in active)]
    return ('<nav class="filters" aria-label="filter findings" hidden>'
            f'<div role="group" aria-label="language">{"".join(buttons)}</div>'
            f'<div role="group" aria-label="severity">{"".join(severities)}</div>'
            '<p class="shown" aria-live="polite"></p></nav>')


def render_html(result, rules: Mapping[str, Rule]) -> str:
    ordered_findings = ordered(result.findings)
    active = [f for f in ordered_findings if not f.suppressed]
    suppressed = [f for f in ordered_findings if f.suppressed]
    counts = severity_counts(result.findings)
    known_rules = {rule.code: rule for rule in rules_for(result.findings, result.checks, rules)}
    summary_parts = [f"{counts[s]} {s}{'s' if counts[s] != 1 else ''}" for s in ("error", "warning", "info")]
    summary = (f"{len(result.catalogs)} catalogs, {len(result.checks)} checks: " + ", ".join(summary_parts)
               + (f" ({counts['suppressed']} suppressed)" if counts["suppressed"] else ""))
    style = _asset("report.css")
    script = _asset("report.js")
    csp = (f"default-src 'none'; style-src {_csp_hash(style)}; script-src {_csp_hash(script)}; "
           "img-src data:; base-uri 'none'; form-action 'none'")
    status = "fail" if counts["error"] else ("warn" if counts["warning"] or counts["info"] else "pass")
    return "".join([
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n",
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
        f'<meta http-equiv="Content-Security-Policy" content="{esc(csp)}">\n',
        f"<title>yzi18n check — {esc(summary)}</title>\n",
        f"<style>{style}</style>\n</head>\n<body>\n",
        f'<header class="top status-{status}"><h1>Translation check</h1>'
        f'<p class="summary" id="summary">{esc(summary)}</p></header>\n<main>\n',
        _languages_section(result), "\n",
        _filters(active), "\n",
        _findings_section(active, known_rules), "\n",
        _suppressed_section(result, suppressed), "\n",
        _gone_section(result), "\n",
        f'</main>\n<footer>Generated by yzi18n {esc(__version__)}.</footer>\n',
        f"<script>{script}</script>\n</body>\n</html>\n",
    ])
