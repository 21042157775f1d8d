"""Where the app runs, and whether the local database survives there.

The local database lives in Local AppData (`%LOCALAPPDATA%\\indie-desktop`), which does not
roam: right for one PC, but

- with a *roaming profile* (hot-desking) every PC has its own, different database;
- on a *terminal server* (RDS) or *non-persistent VDI* (Citrix PVS/MCS, VMware Horizon instant
  clones), and wherever the profile is deleted at logoff (policy "Delete cached copies of
  roaming profiles", a temporary profile), the database is deleted at logoff.

`assess` reads environment variables and registry values through a stubbable `Registry`
function (tests simulate each case on Linux); the app shows the recommendation (the office
server, or an explicit data folder on a local disk) when the database is the local file in
the default place. IT can declare a machine non-persistent through a policy value
(BUILDING.md); an explicit `--data-dir` or a portable folder means someone chose the place.
"""

from __future__ import annotations

import logging
import os
import platform
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import PureWindowsPath
from typing import Any

log = logging.getLogger(__name__)

HKLM, HKCU = "HKEY_LOCAL_MACHINE", "HKEY_CURRENT_USER"
PROFILE_LIST = r"SOFTWARE\Microsoft\Windows NT\CurrentVersion\ProfileList"
SYSTEM_POLICIES = r"SOFTWARE\Policies\Microsoft\Windows\System"
PRODUCT_OPTIONS = r"SYSTEM\CurrentControlSet\Control\ProductOptions"
# IT's own switch (GPO): this machine forgets profiles at logoff / keeps them (0).
OWN_POLICY = r"SOFTWARE\Policies\In-Die Desktop"
# Markers of non-persistent desktops: Citrix Provisioning Services' agent, VMware Horizon's
# instant-clone agent.
NON_PERSISTENT_MARKERS = (
    (HKLM, r"SYSTEM\CurrentControlSet\Services\BNIStack\PvsAgent", ""),
    (HKLM, r"SOFTWARE\VMware, Inc.\VMware Instant Clone Agent", ""),
)

# (hive, key, value name) -> the value, or None when the key or value does not exist
Registry = Callable[[str, str, str], object | None]


class Finding(StrEnum):
    ROAMING_PROFILE = "roaming_profile"  # hot-desking: a different database on every PC
    DELETED_AT_LOGOFF = "deleted_at_logoff"  # the profile (and the database) goes at logoff
    TERMINAL_SERVER = "terminal_server"  # an RDS session host
    NON_PERSISTENT = "non_persistent"  # a non-persistent virtual desktop


@dataclass(frozen=True)
class Workplace:
    findings: tuple[Finding, ...] = field(default_factory=tuple)

    @property
    def database_at_risk(self) -> bool:
        """The local database in the profile may be lost or differ from PC to PC."""
        return bool(self.findings)


def _truthy(value: object | None) -> bool:
    if value is None:
        return False
    if isinstance(value, int):
        return value != 0
    return str(value).strip() not in ("", "0")


def assess(
    env: Mapping[str, str],
    registry: Registry,
    system: str,
    sid: str = "",
) -> Workplace:
    """What this Windows session means for a database in Local AppData (`system` as
    platform.system() names it; other systems have none of these)."""
    if system != "Windows":
        return Workplace()
    found: list[Finding] = []
    own = registry(HKLM, OWN_POLICY, "NonPersistent")
    if own is not None and not _truthy(own):
        return Workplace()  # IT says: profiles persist here (e.g. FSLogix containers)
    if sid and _truthy(registry(HKLM, rf"{PROFILE_LIST}\{sid}", "CentralProfile")):
        found.append(Finding.ROAMING_PROFILE)
    profile = PureWindowsPath(env.get("USERPROFILE", ""))
    temporary_profile = profile.name.upper().startswith("TEMP")
    if _truthy(registry(HKLM, SYSTEM_POLICIES, "DeleteRoamingCache")) or temporary_profile:
        found.append(Finding.DELETED_AT_LOGOFF)
    server = str(registry(HKLM, PRODUCT_OPTIONS, "ProductType") or "") in ("ServerNT", "LanmanNT")
    remote = env.get("SESSIONNAME", "").upper().startswith("RDP-")
    if server and remote:
        found.append(Finding.TERMINAL_SERVER)
    if _truthy(own) or any(registry(*marker) is not None for marker in NON_PERSISTENT_MARKERS):
        found.append(Finding.NON_PERSISTENT)
    return Workplace(tuple(found))


def windows_registry(hive: str, key: str, name: str) -> object | None:
    """The real registry (Windows only): a value, "" for a key's presence, None if absent."""
    import importlib

    winreg: Any = importlib.import_module("winreg")  # Windows only
    root = {HKLM: winreg.HKEY_LOCAL_MACHINE, HKCU: winreg.HKEY_CURRENT_USER}[hive]
    try:
        with winreg.OpenKey(root, key) as handle:
            if not name:
                return ""
            value, _kind = winreg.QueryValueEx(handle, name)
            return value  # type: ignore[no-any-return]
    except OSError:
        return None


def current_sid() -> str:
    """The Windows user's SID (for the ProfileList entry), "" if it cannot be read."""
    import subprocess

    try:
        out = subprocess.run(
            ["whoami", "/user", "/fo", "csv", "/nh"],
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        ).stdout
    except (OSError, subprocess.TimeoutExpired):
        return ""
    parts = [p.strip('"') for p in out.strip().split(",")]
    return parts[-1] if len(parts) >= 2 and parts[-1].startswith("S-1-") else ""


def this_workplace() -> Workplace:
    """The assessment of the running session (nothing on Linux and macOS)."""
    system = platform.system()
    if system != "Windows":
        return Workplace()
    try:
        return assess(os.environ, windows_registry, system, current_sid())
    except Exception as exc:  # a locked-down registry is no reason not to start
        log.warning("workplace not assessed: %s", exc)
        return Workplace()


def recommendation_de(workplace: Workplace) -> str:
    """What the app tells the user (German; the UI shows it as it is, like the crash texts)."""
    reasons = {
        Finding.ROAMING_PROFILE: "Sie arbeiten mit einem servergespeicherten Profil: Jeder PC "
        "hat seine eigene, andere Datenbank in „AppData\\Local“.",
        Finding.DELETED_AT_LOGOFF: "Ihr Windows-Profil wird beim Abmelden gelöscht – die "
        "Datenbank in „AppData\\Local“ damit auch.",
        Finding.TERMINAL_SERVER: "Sie arbeiten auf einem Terminalserver: Profile dort werden "
        "oft beim Abmelden gelöscht oder zwischen Servern nicht mitgenommen.",
        Finding.NON_PERSISTENT: "Dieser virtuelle Desktop wird beim Abmelden zurückgesetzt: "
        "Die Datenbank in „AppData\\Local“ ginge verloren.",
    }
    lines = [reasons[f] for f in workplace.findings]
    lines.append(
        "Empfehlung: Arbeiten Sie mit dem Büroserver (Datei → Verbindung …), oder lassen Sie "
        "die IT einen festen Datenordner auf einem lokalen Laufwerk einrichten "
        "(indie-desktop.exe --data-dir D:\\InDie-Daten)."
    )
    return "\n\n".join(lines)
