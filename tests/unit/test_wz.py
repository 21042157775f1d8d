"""WZ 2008 classification as the industry picker and the validation see it."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from pathlib import Path

import pytest

from indie_desktop.domain.wz import (
    WzEntry,
    canonical_wz_code,
    is_wz_code,
    wz_entries,
    wz_section,
    wz_title,
)

PROJECT_ROOT = Path(__file__).resolve().parents[2]


def test_picker_offers_all_wz_2008_codes_on_five_levels():
    entries = wz_entries()
    assert len(entries) == 1835
    assert {e.level for e in entries} == {1, 2, 3, 4, 5}
    assert len({e.code for e in entries}) == len(entries)


def test_picker_lists_each_section_before_its_divisions_in_code_order():
    codes = [e.code for e in wz_entries()]
    assert codes[:5] == ["A", "01", "01.1", "01.11", "01.11.0"]
    assert codes.index("C") < codes.index("10") < codes.index("25.62.0") < codes.index("D")
    assert codes[-1] == "99.00.0"


def test_picker_can_be_limited_to_subclasses():
    subclasses = wz_entries(min_level=5)
    assert len(subclasses) == 839
    assert all(e.level == 5 for e in subclasses)


def test_picker_can_be_limited_to_sections_and_divisions():
    top = wz_entries(max_level=2)
    assert [e.code for e in top if e.level == 1] == [chr(c) for c in range(ord("A"), ord("U") + 1)]
    assert all(e.level <= 2 for e in top)


def test_picker_list_can_be_changed_by_the_caller_without_harming_the_cache():
    wz_entries().clear()
    assert len(wz_entries()) == 1835


def test_entry_knows_its_section_and_is_immutable():
    entry = next(e for e in wz_entries() if e.code == "25.62.0")
    assert entry == WzEntry(code="25.62.0", title="Mechanik a. n. g.", level=5, section="C")
    assert entry.label == "25.62.0 Mechanik a. n. g."
    with pytest.raises(dataclasses.FrozenInstanceError):
        entry.title = "x"  # type: ignore[misc]


def test_every_entry_has_a_section_letter():
    assert {e.section for e in wz_entries()} == {chr(c) for c in range(ord("A"), ord("U") + 1)}


def test_title_of_a_code_is_the_official_german_one():
    assert wz_title("25.62.0") == "Mechanik a. n. g."
    assert wz_title("62.01.9") == "Sonstige Softwareentwicklung"
    assert wz_title("C") == "Verarbeitendes Gewerbe"
    assert "ä" in wz_title("01.1")  # 'Anbau einjähriger Pflanzen'


def test_title_of_missing_or_unknown_code_is_none():
    assert wz_title(None) is None
    assert wz_title("") is None
    assert wz_title("25.62.9") is None


@pytest.mark.parametrize(
    ("code", "section"),
    [
        ("25.62.0", "C"),
        ("25", "C"),
        ("C", "C"),
        ("01.11.0", "A"),
        ("62.01.9", "J"),
        ("99.00.0", "U"),
    ],
)
def test_section_of_a_code(code, section):
    assert wz_section(code) == section


def test_section_of_unknown_code_is_none():
    assert wz_section("00.00") is None


def test_official_codes_are_recognised_and_others_not():
    assert is_wz_code("25.62.0")
    assert is_wz_code(" 25.62 ")
    assert is_wz_code("C")
    assert not is_wz_code("25620")
    assert not is_wz_code("c")
    assert not is_wz_code("25.62.9")
    assert not is_wz_code("")


@pytest.mark.parametrize(
    ("typed", "official"),
    [
        ("25.62.0", "25.62.0"),
        ("25 62 0", "25.62.0"),
        ("25620", "25.62.0"),
        ("2562", "25.62"),
        ("256", "25.6"),
        ("25", "25"),
        ("j", "J"),
        ("99999", None),
        ("", None),
        ("x", None),
    ],
)
def test_loosely_typed_code_is_mapped_to_the_official_spelling(typed, official):
    assert canonical_wz_code(typed) == official


def test_importing_the_module_does_not_load_the_classification():
    # App start must stay fast: the classification is loaded on first use only.
    env = {**os.environ, "PYTHONPATH": str(PROJECT_ROOT)}
    code = "import sys, indie_desktop.domain.wz; assert 'wz_code' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True, env=env, timeout=60)
