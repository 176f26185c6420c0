"""Times as the page shows them, in the reader's zone: 'Today, 02:17', 'Yesterday, ...'."""

from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from workstation.domain.timefmt import relative_time

STOCKHOLM = ZoneInfo("Europe/Stockholm")
NEW_YORK = ZoneInfo("America/New_York")


def utc(year: int, month: int, day: int, hour: int, minute: int) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


def test_today_in_the_zone_of_now():
    now = datetime(2024, 11, 15, 9, 30, tzinfo=STOCKHOLM)
    # 01:17 UTC is 02:17 in Stockholm (CET, UTC+1): the reference page's "Updated: Today, 02:17".
    assert relative_time(utc(2024, 11, 15, 1, 17), now) == "Today, 02:17"
    assert relative_time(utc(2024, 11, 15, 1, 2), now) == "Today, 02:02"


def test_with_seconds_two_saves_a_few_seconds_apart_read_apart():
    now = datetime(2024, 11, 15, 9, 30, tzinfo=STOCKHOLM)
    first = datetime(2024, 11, 15, 1, 17, 5, tzinfo=UTC)
    assert relative_time(first, now, seconds=True) == "Today, 02:17:05"
    assert relative_time(first + timedelta(seconds=20), now, seconds=True) == "Today, 02:17:25"
    assert relative_time(first - timedelta(days=1), now, seconds=True) == "Yesterday, 02:17:05"


def test_a_utc_day_boundary_is_not_the_local_one():
    now = datetime(2024, 11, 15, 12, 0, tzinfo=STOCKHOLM)
    # 23:30 UTC on the 14th is already 00:30 on the 15th in Stockholm.
    assert relative_time(utc(2024, 11, 14, 23, 30), now) == "Today, 00:30"
    # ... and 22:59 UTC on the 14th is still 23:59 on the 14th there.
    assert relative_time(utc(2024, 11, 14, 22, 59), now) == "Yesterday, 23:59"


def test_same_moment_is_today_in_one_zone_and_yesterday_in_another():
    moment = utc(2024, 11, 15, 3, 0)
    assert relative_time(moment, datetime(2024, 11, 15, 20, 0, tzinfo=STOCKHOLM)) == "Today, 04:00"
    # In New York that moment is 22:00 on the 14th.
    assert relative_time(moment, datetime(2024, 11, 15, 20, 0, tzinfo=NEW_YORK)) == "Yesterday, 22:00"


def test_fixed_offset_zone():
    plus_five_thirty = timezone(timedelta(hours=5, minutes=30))
    now = datetime(2024, 3, 1, 8, 0, tzinfo=plus_five_thirty)
    assert relative_time(utc(2024, 2, 29, 20, 0), now) == "Today, 01:30"
    assert relative_time(utc(2024, 2, 29, 10, 0), now) == "Yesterday, 15:30"


def test_yesterday_across_a_month_and_a_year_boundary():
    now = datetime(2025, 1, 1, 10, 0, tzinfo=STOCKHOLM)
    assert relative_time(datetime(2024, 12, 31, 18, 5, tzinfo=STOCKHOLM), now) == "Yesterday, 18:05"


@pytest.mark.parametrize(
    ("moment", "shown"),
    [
        (datetime(2024, 11, 13, 23, 59, tzinfo=STOCKHOLM), "13 Nov, 23:59"),
        (datetime(2024, 1, 2, 7, 5, tzinfo=STOCKHOLM), "2 Jan, 07:05"),
        (datetime(2023, 11, 15, 2, 2, tzinfo=STOCKHOLM), "15 Nov 2023, 02:02"),
        (datetime(2024, 12, 24, 15, 0, tzinfo=STOCKHOLM), "24 Dec, 15:00"),  # in the future
    ],
)
def test_older_days_show_the_date_and_the_year_only_when_it_differs(moment, shown):
    now = datetime(2024, 11, 15, 12, 0, tzinfo=STOCKHOLM)
    assert relative_time(moment, now) == shown


def test_summer_time_is_applied():
    now = datetime(2024, 7, 1, 12, 0, tzinfo=STOCKHOLM)
    assert relative_time(utc(2024, 7, 1, 0, 15), now) == "Today, 02:15"  # CEST, UTC+2


def test_without_now_it_uses_the_machines_zone_and_clock():
    moment = datetime.now(UTC) - timedelta(seconds=1)
    local = moment.astimezone()
    expected = f"{local.hour:02d}:{local.minute:02d}"
    shown = relative_time(moment)
    # Right at local midnight the second before may be yesterday.
    assert shown in (f"Today, {expected}", f"Yesterday, {expected}")
