"""What a pull brought in, in words that name the articles: which are new, which were updated
from the site, which were kept because they were edited here too, and what went wrong."""

from __future__ import annotations

from collections.abc import Sequence

from workstation.domain.text import plural
from workstation.services.publishing.pull import PullReport

NAMED = 6  # articles named per group; the rest are counted ("and 4 more")


def _names(report: PullReport, ids: Sequence[int]) -> str:
    names = [f"“{report.headlines.get(i) or f'Article {i}'}”" for i in ids[:NAMED]]
    if len(ids) > NAMED:
        names.append(f"and {len(ids) - NAMED} more")
    return ", ".join(names)


def pull_summary(report: PullReport) -> str:
    """Counts first ("2 new articles, 1 updated, 1 kept."), then each group by name."""
    counts = f"{plural(len(report.created), 'new article')}, {len(report.updated)} updated"
    lines = [f"{counts}, {len(report.kept_local)} kept." if report.kept_local else f"{counts}."]
    if report.created:
        lines.append(f"New: {_names(report, report.created)}")
    if report.updated:
        lines.append(f"Updated from the site: {_names(report, report.updated)}")
    if report.kept_local:
        lines.append(
            f"Kept because edited here: {_names(report, report.kept_local)}. Your edits stay; "
            "publishing shows both versions."
        )
    if report.sections_added or report.tags_mapped:
        lines.append(
            f"{plural(report.sections_added, 'section')} added, "
            f"{plural(report.tags_mapped, 'tag')} matched with the site's."
        )
    if report.problems:
        lines.append(f"{plural(len(report.problems), 'problem')}:")
        lines.extend(f"• {problem}" for problem in report.problems)
    else:
        lines.append("No problems.")
    return "\n".join(lines)
