"""Roaming profiles, terminal servers and non-persistent virtual desktops, simulated with the
environment and registry values Windows shows there."""

from __future__ import annotations

import pytest

from indie_desktop.services.desktop.workplace import (
    HKLM,
    OWN_POLICY,
    PRODUCT_OPTIONS,
    PROFILE_LIST,
    SYSTEM_POLICIES,
    Finding,
    assess,
    recommendation_de,
)

SID = "S-1-5-21-1004336348-1177238915-682003330-1012"
OFFICE_PC = {"USERPROFILE": r"C:\Users\ayildiz", "SESSIONNAME": "Console"}


def registry(values: dict[tuple[str, str, str], object]):
    return lambda hive, key, name: values.get((hive, key, name))


def test_an_ordinary_office_pc_keeps_the_database_in_local_appdata() -> None:
    assert assess(OFFICE_PC, registry({}), "Windows", SID).findings == ()
    assert not assess(OFFICE_PC, registry({}), "Linux", SID).database_at_risk


def test_a_roaming_profile_means_a_different_database_on_every_pc() -> None:
    central = {(HKLM, rf"{PROFILE_LIST}\{SID}", "CentralProfile"): r"\\fs01\profiles$\ayildiz.V6"}
    assert assess(OFFICE_PC, registry(central), "Windows", SID).findings == (
        Finding.ROAMING_PROFILE,
    )


@pytest.mark.parametrize(
    ("env", "values"),
    [
        (OFFICE_PC, {(HKLM, SYSTEM_POLICIES, "DeleteRoamingCache"): 1}),
        ({"USERPROFILE": r"C:\Users\TEMP.BUERO.001", "SESSIONNAME": "Console"}, {}),
    ],
)
def test_a_profile_deleted_at_logoff_is_found(env: dict[str, str], values: dict) -> None:
    assert Finding.DELETED_AT_LOGOFF in assess(env, registry(values), "Windows", SID).findings


def test_a_remote_session_on_a_server_is_a_terminal_server() -> None:
    rds = {"USERPROFILE": r"C:\Users\ayildiz", "SESSIONNAME": "RDP-Tcp#12"}
    server = {(HKLM, PRODUCT_OPTIONS, "ProductType"): "ServerNT"}
    assert assess(rds, registry(server), "Windows", SID).findings == (Finding.TERMINAL_SERVER,)
    # a remote session to a desktop PC (Windows 11 Pro) is the PC's own profile
    workstation = {(HKLM, PRODUCT_OPTIONS, "ProductType"): "WinNT"}
    assert assess(rds, registry(workstation), "Windows", SID).findings == ()


def test_non_persistent_desktops_by_marker_or_by_its_own_policy() -> None:
    pvs = {(HKLM, r"SYSTEM\CurrentControlSet\Services\BNIStack\PvsAgent", ""): ""}
    assert assess(OFFICE_PC, registry(pvs), "Windows", SID).findings == (Finding.NON_PERSISTENT,)
    declared = {(HKLM, OWN_POLICY, "NonPersistent"): 1}
    assert assess(OFFICE_PC, registry(declared), "Windows", SID).findings == (
        Finding.NON_PERSISTENT,
    )
    # IT declares FSLogix containers persistent: no warning even on a terminal server
    kept = {
        (HKLM, OWN_POLICY, "NonPersistent"): 0,
        (HKLM, PRODUCT_OPTIONS, "ProductType"): "ServerNT",
    }
    rds = {"USERPROFILE": r"C:\Users\ayildiz", "SESSIONNAME": "RDP-Tcp#3"}
    assert assess(rds, registry(kept), "Windows", SID).findings == ()


def test_the_recommendation_names_the_office_server_and_a_local_data_folder() -> None:
    central = {(HKLM, rf"{PROFILE_LIST}\{SID}", "CentralProfile"): r"\\fs01\profiles$\a"}
    text = recommendation_de(assess(OFFICE_PC, registry(central), "Windows", SID))
    assert "servergespeicherten Profil" in text
    assert "Büroserver" in text and "--data-dir" in text
