"""What a pull brought in, in words that name the articles: which are new, which were updated
from the site, which were kept because they were edited here too, and what went wrong."""

from __future__ import annotations

from collections.abc import Sequence

from workstation.domain.i18n import translate
from workstation.domain.text import plural
from workstation.services.publishing.pull import PullReport

NAMED = 6  # articles named per group; the rest are counted ("and 4 more")


def _names(report: PullReport, ids: Sequence[int]) -> str:
    names = [f"“{report.headlines.get(i) or f'Article {i}'}”" for i in ids[:NAMED]]
    if len(ids) > NAMED:
        names.append(translate("PullSummary", "and {value} more").format(value=len(ids) - NAMED))
    return ", ".join(names)


def pull_summary(report: PullReport) -> str:
    """Counts first ("2 new articles, 1 updated, 1 kept."), then each group by name."""
    counts = translate("PullSummary", "{plural}, {len} updated").format(
        plural=plural(len(report.created), "new article"), len=len(report.updated)
    )
    lines = [
        translate("PullSummary", "{counts}, {len} kept.").format(counts=counts, len=len(report.kept_local))
        if report.kept_local
        else f"{counts}."
    ]
    if report.created:
        lines.append(translate("PullSummary", "New: {names}").format(names=_names(report, report.created)))
    if report.updated:
        lines.append(
            translate("PullSummary", "Updated from the site: {names}").format(
                names=_names(report, report.updated)
            )
        )
    if report.kept_local:
        lines.append(
            translate(
                "PullSummary",
                "Kept because edited here: {names}. Your edits stay; publishing shows both versions.",
            ).format(names=_names(report, report.kept_local))
        )
    if report.sections_added or report.tags_mapped:
        lines.append(
            translate("PullSummary", "{plural} added, {plural2} matched with the site's.").format(
                plural=plural(report.sections_added, "section"), plural2=plural(report.tags_mapped, "tag")
            )
        )
    if report.problems:
        lines.append(f"{plural(len(report.problems), 'problem')}:")
        lines.extend(f"• {problem}" for problem in report.problems)
    else:
        lines.append(translate("PullSummary", "No problems."))
    return "\n".join(lines)
