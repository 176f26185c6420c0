"""A site's time zone, and a scheduled time as the editor reads it here and on the site:
"07:00 here (UTC) · 08:00 on the site (Europe/Stockholm)". Embargoed copy depends on it."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_OFFSET = re.compile(r"^UTC([+-])(\d{2}):(\d{2})$")


def site_zone_name(timezone_string: object, gmt_offset: object) -> str:
    """What a WordPress site says of its zone, as one name: its IANA name ("Europe/Stockholm"),
    or for a manual offset (WordPress leaves timezone_string empty then) "UTC+05:30"; "" when
    it says neither."""
    if isinstance(timezone_string, str) and timezone_string.strip():
        return timezone_string.strip()
    try:
        hours = float(str(gmt_offset))
    except ValueError:
        return ""
    if not -14 <= hours <= 14:
        return ""
    sign = "-" if hours < 0 else "+"
    minutes = round(abs(hours) * 60)
    return f"UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def zone_for(name: str) -> tzinfo | None:
    """The zone a site_zone_name names; None when unknown (or this machine has no such zone)."""
    if not name:
        return None
    offset = _OFFSET.match(name)
    if offset:
        sign = -1 if offset.group(1) == "-" else 1
        delta = timedelta(hours=int(offset.group(2)), minutes=int(offset.group(3)))
        return timezone(sign * delta, name)
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def schedule_in_words(
    moment: datetime, site_zone: str, *, here: tzinfo | None = None, here_name: str = ""
) -> str:
    """The moment in this machine's time (`here`, default the system's) and the site's, each
    with its zone; only here's when the site's zone is unknown. The site's date is given when
    it is another day there."""
    local = moment.astimezone(here)
    local_label = here_name or local.tzname() or "local time"
    site = zone_for(site_zone)
    if site is None:
        return f"{_clock(local)} here ({local_label})"
    there = moment.astimezone(site)
    if there.utcoffset() == local.utcoffset():
        return f"{_clock(local)} here and on the site ({site_zone})"
    day = "" if there.date() == local.date() else f"{there.day} {_MONTHS[there.month - 1]} "
    return f"{_clock(local)} here ({local_label}) · {day}{_clock(there)} on the site ({site_zone})"


def _clock(moment: datetime) -> str:
    return f"{moment.hour:02d}:{moment.minute:02d}"
