"""JUnit XML — what CI test tabs read (GitLab, Jenkins, Azure, the JUnit GitHub actions).

One ``testsuite`` per language, one ``testcase`` per check that ran; a case fails when the check
found something unsuppressed in that language (the failure's text lists the findings in the text
format). Findings of project-wide checks that name no language go to a suite named ``project``.
Suppressed findings are listed in the case's ``system-out`` with their reasons.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping

from lxml import etree

from ..model import Finding
from .common import Rule, ordered, rules_for

PROJECT_SUITE = "project"
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_text(text: str) -> str:
    """``text`` with the characters XML 1.0 cannot carry (control characters) as U+FFFD."""
    return _NOT_XML.sub("\ufffd", text)


def _finding_line(finding: Finding) -> str:
    where = f"{finding.path}:{finding.line}" if finding.line else finding.path
    text = f"{where}: {finding.severity}: {finding.message} [{finding.code}]"
    if finding.hint:
        text += f"\n  hint: {finding.hint}"
    return text


def junit_tree(result, rules: Mapping[str, Rule]) -> etree._Element:
    rule_list = rules_for(result.findings, result.checks, rules)
    grouped: dict[tuple[str, str], list[Finding]] = defaultdict(list)
    for finding in ordered(result.findings):
        grouped[(finding.language or PROJECT_SUITE, finding.code)].append(finding)
    languages = {c.language for c in result.catalogs if c.language} | {f.language for f in result.findings if f.language}
    suites = sorted(languages) + ([PROJECT_SUITE] if any(k[0] == PROJECT_SUITE for k in grouped) else [])

    root = etree.Element("testsuites", name="yzi18n check")
    total_tests = total_failures = 0
    for suite_name in suites:
        suite = etree.SubElement(root, "testsuite", name=suite_name)
        tests = failures = 0
        for rule in rule_list:
            found = grouped.get((suite_name, rule.code), [])
            if suite_name == PROJECT_SUITE and not found:
                continue
            tests += 1
            case = etree.SubElement(suite, "testcase", classname=f"yzi18n.{suite_name}", name=rule.code)
            active = [f for f in found if not f.suppressed]
            silenced = [f for f in found if f.suppressed]
            if active:
                failures += 1
                worst = max(f.severity for f in active)
                noun = "finding" if len(active) == 1 else "findings"
                failure = etree.SubElement(case, "failure", message=xml_text(f"{len(active)} {noun}: {rule.summary}"),
                                           type=str(worst))
                failure.text = xml_text("\n".join(_finding_line(f) for f in active) + "\n")
            if silenced:
                out = etree.SubElement(case, "system-out")
                out.text = xml_text("\n".join(f"suppressed ({f.suppressed}): {_finding_line(f)}" for f in silenced) + "\n")
        suite.set("tests", str(tests))
        suite.set("failures", str(failures))
        suite.set("errors", "0")
        suite.set("skipped", "0")
        total_tests += tests
        total_failures += failures
    root.set("tests", str(total_tests))
    root.set("failures", str(total_failures))
    root.set("errors", "0")
    return root


def render_junit(result, rules: Mapping[str, Rule]) -> str:
    tree = junit_tree(result, rules)
    etree.indent(tree, space="  ")
    return etree.tostring(tree, encoding="UTF-8", xml_declaration=True).decode("utf-8") + "\n"
