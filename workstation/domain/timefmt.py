"""Times as the page and the interface show them: local time, with "Today" and "Yesterday"."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from workstation.domain.i18n import QT_TRANSLATE_NOOP, translate
from workstation.domain.page_labels import PageLabels

# The interface's month abbreviations (the page's come from its PageLabels).
_MONTHS = (
    QT_TRANSLATE_NOOP("Time", "Jan"),
    QT_TRANSLATE_NOOP("Time", "Feb"),
    QT_TRANSLATE_NOOP("Time", "Mar"),
    QT_TRANSLATE_NOOP("Time", "Apr"),
    QT_TRANSLATE_NOOP("Time", "May"),
    QT_TRANSLATE_NOOP("Time", "Jun"),
    QT_TRANSLATE_NOOP("Time", "Jul"),
    QT_TRANSLATE_NOOP("Time", "Aug"),
    QT_TRANSLATE_NOOP("Time", "Sep"),
    QT_TRANSLATE_NOOP("Time", "Oct"),
    QT_TRANSLATE_NOOP("Time", "Nov"),
    QT_TRANSLATE_NOOP("Time", "Dec"),
)


def relative_time(
    moment: datetime, now: datetime | None = None, labels: PageLabels | None = None, *, seconds: bool = False
) -> str:
    """'Today, 02:17', 'Yesterday, 23:05', '15 Nov, 02:02' or '15 Nov 2024, 02:02', in the
    local zone of `now` (the machine's zone when now is None); with `labels`, the page's words in
    their language (Swedish: 'Idag, 02:17', '15 nov, 02:02'); without, the interface language's
    (Swedish: 'Idag 02:17'); with `seconds`, 'Today, 02:17:05' (revisions saved a minute apart
    must not read alike)."""
    local = moment.astimezone(now.tzinfo if now is not None else None)
    today = (now.astimezone(local.tzinfo) if now is not None else datetime.now(local.tzinfo)).date()
    clock = f"{local.hour:02d}:{local.minute:02d}" + (f":{local.second:02d}" if seconds else "")
    if labels is None:
        return _interface_time(local.date(), today, clock)
    if local.date() == today:
        return f"{labels.today}, {clock}"
    if local.date() == today - timedelta(days=1):
        return f"{labels.yesterday}, {clock}"
    day = f"{local.day} {labels.months[local.month - 1]}"
    if local.year != today.year:
        day += f" {local.year}"
    return f"{day}, {clock}"


def _interface_time(day: date, today: date, clock: str) -> str:
    if day == today:
        return translate("Time", "Today, {time}").format(time=clock)
    if day == today - timedelta(days=1):
        return translate("Time", "Yesterday, {time}").format(time=clock)
    month = translate("Time", _MONTHS[day.month - 1])
    if day.year != today.year:
        return translate("Time", "{day} {month} {year}, {time}").format(
            day=day.day, month=month, year=day.year, time=clock
        )
    return translate("Time", "{day} {month}, {time}").format(day=day.day, month=month, time=clock)
