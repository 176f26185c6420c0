"""Times as the page shows them: local time, with "Today" and "Yesterday"."""

from __future__ import annotations

from datetime import datetime, timedelta

from workstation.domain.page_labels import ENGLISH, PageLabels


def relative_time(
    moment: datetime, now: datetime | None = None, labels: PageLabels = ENGLISH, *, seconds: bool = False
) -> str:
    """'Today, 02:17', 'Yesterday, 23:05', '15 Nov, 02:02' or '15 Nov 2024, 02:02', in the
    local zone of `now` (the machine's zone when now is None); with `labels`, in their language
    (Swedish: 'Idag, 02:17', '15 nov, 02:02'); with `seconds`, 'Today, 02:17:05' (revisions
    saved a minute apart must not read alike)."""
    local = moment.astimezone(now.tzinfo if now is not None else None)
    today = (now.astimezone(local.tzinfo) if now is not None else datetime.now(local.tzinfo)).date()
    clock = f"{local.hour:02d}:{local.minute:02d}" + (f":{local.second:02d}" if seconds else "")
    if local.date() == today:
        return f"{labels.today}, {clock}"
    if local.date() == today - timedelta(days=1):
        return f"{labels.yesterday}, {clock}"
    day = f"{local.day} {labels.months[local.month - 1]}"
    if local.year != today.year:
        day += f" {local.year}"
    return f"{day}, {clock}"
