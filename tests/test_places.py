"""The place a title line ends with: what STR002, STR010 and PAY004 read from it."""

from __future__ import annotations

import pytest

from postlint.language.places import title_place


@pytest.mark.parametrize(
    ("title", "place"),
    [
        ("Line cook - Toronto", "Toronto"),
        ("Line Cook - Queen St W, Toronto", "Queen St W, Toronto"),
        ("Line Cook – Nonna Rosa Trattoria, Toronto", "Nonna Rosa Trattoria, Toronto"),
        ("Driver | Joliet, IL", "Joliet, IL"),
        ("Nurse - Texas", "Texas"),
        # Not places: a team, a firm, a way of working, no separator.
        ("Designer - Growth", None),
        ("Engineer - Georgia Tech", None),
        ("Data Engineer - Remote", None),
        ("Software Engineer, Toronto", None),
        ("Engineer-Toronto", None),
    ],
)
def test_title_place(title, place):
    assert title_place(title) == place


@pytest.mark.parametrize(
    ("location", "city"),
    [
        ("London SE1, UK", "London"),
        ("Leeds LS1 4AP", "Leeds"),
        ("Toronto M5V 2T6, ON", "Toronto"),
        ("Portland 97205", "Portland"),
        ("Denver, CO, US", "Denver"),
        ("SE1", "SE1"),  # a postcode alone stays what it is
    ],
)
def test_city_of_drops_the_postcode(location: str, city: str) -> None:
    from postlint.language.places import city_of

    assert city_of(location) == city


def test_city_of_a_long_run_of_blanks_is_linear() -> None:
    # Review: "\s+…$" re-scanned a long run of blanks from every blank (20,000 took 7.5 s in a front-matter location).
    from postlint.language.places import city_of

    assert city_of("London" + " " * 20_000 + "SE1") == "London"


def test_alternation_matches_every_name_and_prefers_the_longer():
    import re

    from postlint.language.places import _CITY_LIST, CITIES, alternation

    whole = re.compile(rf"(?:{CITIES})")
    assert all(whole.fullmatch(name) for name in _CITY_LIST.split("|"))
    assert re.match(alternation(["Porto", "Porto Alegre", "Port Louis"]), "Porto Alegre").group(0) == "Porto Alegre"
    assert re.fullmatch(alternation(["Xi'an", "St Louis"]), "St Louis")


def test_major_cities_and_countries_are_places():
    from postlint.language.places import CITY_NAMES, PLACE_NAMES

    # Blind set S98: "in Moscow, Russia".
    assert {"moscow", "saint petersburg", "tehran", "kinshasa", "luanda", "antofagasta"} <= CITY_NAMES
    assert {"russia", "belarus", "iran", "angola", "cuba"} <= PLACE_NAMES
    assert not {"jordan", "chad", "jersey", "salvador", "sofia"} & PLACE_NAMES
