"""A scheduled time read here and on the site, each with its zone; a site's zone from what
WordPress says (a zone name, or a manual offset)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from workstation.domain.site_time import schedule_in_words, site_zone_name, zone_for

MORNING = datetime(2026, 12, 2, 7, 0, tzinfo=UTC)


def test_local_time_and_the_sites_with_their_zones():
    assert schedule_in_words(MORNING, "Europe/Stockholm", here=UTC, here_name="UTC") == (
        "07:00 here (UTC) · 08:00 on the site (Europe/Stockholm)"
    )


def test_an_unknown_zone_says_only_local_time():
    assert schedule_in_words(MORNING, "", here=UTC, here_name="UTC") == "07:00 here (UTC)"
    assert schedule_in_words(MORNING, "Mars/Olympus_Mons", here=UTC, here_name="UTC") == "07:00 here (UTC)"


def test_the_same_time_here_and_there_is_said_once():
    stockholm = zone_for("Europe/Stockholm")
    assert schedule_in_words(MORNING, "Europe/Stockholm", here=stockholm, here_name="Europe/Stockholm") == (
        "08:00 here and on the site (Europe/Stockholm)"
    )


def test_another_day_on_the_site_gives_its_date():
    late = datetime(2026, 12, 2, 23, 30, tzinfo=UTC)
    assert schedule_in_words(late, "Europe/Stockholm", here=UTC, here_name="UTC") == (
        "23:30 here (UTC) · 3 Dec 00:30 on the site (Europe/Stockholm)"
    )


def test_summer_time_is_the_sites_on_that_day():
    june = datetime(2027, 6, 1, 7, 0, tzinfo=UTC)
    assert schedule_in_words(june, "Europe/Stockholm", here=UTC, here_name="UTC").endswith(
        "09:00 on the site (Europe/Stockholm)"
    )


def test_a_sites_zone_from_its_name_or_its_manual_offset():
    assert site_zone_name("Europe/Stockholm", 1) == "Europe/Stockholm"
    assert site_zone_name("", 5.5) == "UTC+05:30"
    assert site_zone_name("", "-3") == "UTC-03:00"
    assert site_zone_name("", 0) == "UTC+00:00"
    assert site_zone_name(None, None) == ""
    assert site_zone_name("", "abc") == ""
    india = zone_for("UTC+05:30")
    assert india is not None
    assert MORNING.astimezone(india).utcoffset() == timedelta(hours=5, minutes=30)
    assert schedule_in_words(MORNING, "UTC-03:00", here=UTC, here_name="UTC") == (
        "07:00 here (UTC) · 04:00 on the site (UTC-03:00)"
    )
    assert zone_for("") is None
