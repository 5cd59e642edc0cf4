"""Every setting in one place, with its type and default.

Stored as JSON in the data dir. Unknown keys are ignored and a malformed file falls back to the
defaults (logged), so a hand-edited settings file can never stop the app from starting. Values
that are local practice rather than national law (DOMAIN.md) live here so a district can change
them without a release.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

log = logging.getLogger("gridwarden.settings")


def _default_event_time_limits() -> dict[str, dict[str, int]]:
    # Work-order time limits (rules.event_lifecycle.time_limits), local 12345 practice, not
    # national law: "category/urgency" -> working days from dispatch to sign for, to handle
    # (close) and to return the order; 0 means the same day. E.g. Xuzhou: emergencies the same
    # day, requests 5 and complaints 15 working days, returns within 2 with a reason.
    handle = {
        "safety_hazard": 1,
        "group_rental": 5,
        "small_chemical": 5,
        "dispute_lead": 5,
        "other": 15,
    }
    table: dict[str, dict[str, int]] = {}
    for category, days in handle.items():
        table[f"{category}/emergency"] = {"sign": 0, "handle": 0, "return": 0}
        table[f"{category}/priority"] = {"sign": 0, "handle": min(3, days), "return": 1}
        table[f"{category}/normal"] = {"sign": 1, "handle": days, "return": 2}
    return table


@dataclass
class Settings:
    language: str = "zh_CN"
    # Who works on this device: replaced by the server's account at login (sync.adopt_account).
    user_id: str = "local-warden"
    user_name: str = "网格员"
    user_role: str = "warden"
    home_grid_id: str | None = None
    event_time_limits: dict[str, dict[str, int]] = field(default_factory=_default_event_time_limits)
    # Local overrides of the national holiday schedule (rules/calendar.py), as ISO dates: days
    # off and make-up working days (调休), e.g. next year's before the calendar package has it.
    holidays: list[str] = field(default_factory=list)
    makeup_workdays: list[str] = field(default_factory=list)
    near_deadline_days: int = 1  # "today" lists events due within this many days
    default_care_frequency_days: int = 7
    search_result_limit: int = 100_000
    # Disputes: mediation is usually concluded within one month (司法部2002规定 第三十三条, practice,
    # not national law), which ends on the corresponding day of the next month (民法典 第二百零二条);
    # the station new disputes go to; how far ahead "today" lists deadlines.
    mediation_limit_months: int = 1
    home_station_id: str | None = None
    dispute_remind_days: int = 7
    # Legal aid (DOMAIN §4). The law fixes 7/3/5 days (Arts. 43, 49); these are local practice:
    legal_aid_materials_days: int = 15  # to supply what a one-time notice names (Art. 43)
    legal_aid_forward_days: int = 3  # 通城通办: forward to the competent agency within (Art. 38)
    legal_aid_near_days: int = 2  # "today" lists legal-aid deadlines within this many days
    legal_aid_justice_bureau: str = ""  # where objections go (Art. 49), named in refusals
    # The district server (issue 5): the address last logged in to, how often to sync when all
    # is well (failures back off on their own), and after how many silent seconds a transfer is
    # cut as stalled.
    server_url: str = ""
    # A district that runs its own certificate authority: the PEM file of its root
    # certificate (the server's certificate is checked against it; never switched off).
    server_ca_bundle: str = ""
    sync_interval_s: int = 300
    sync_stall_s: int = 30
    # Protecting the laptop (issue 10; PIPL Art. 51, 等保 2.0 session timeout): lock after this
    # many idle minutes (0: never); keep the data key in the OS keyring ("remember on this
    # computer") only where the district allows it; log files kept this many days (Cybersecurity
    # Law Art. 21: at least 6 months); exported files removed after this many days; attachments
    # encrypted with "aes-256-gcm" or "sm4-gcm" (商用密码, GB/T 39786-2021).
    lock_minutes: int = 10
    allow_remember_key: bool = False
    log_retention_days: int = 183
    export_retention_days: int = 30
    file_cipher: str = "aes-256-gcm"
    # Saved filters (已存列表, issue 12): user id -> page -> list name -> the filter and sort.
    saved_lists: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)
    # The window as each user left it (issue 12): per user id, Qt's saved geometry, splitter and
    # header states (base64) per page, and the text size ("standard" / "large" / "xlarge").
    ui_state: dict[str, dict[str, str]] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path) -> Settings:
        if not path.exists():
            return cls()
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            log.warning("settings file %s unreadable (%s); using defaults", path, exc)
            return cls()
        known = {f.name: f for f in fields(cls)}
        values: dict[str, Any] = {}
        defaults = cls()
        for name, value in raw.items() if isinstance(raw, dict) else ():
            if name not in known:
                continue
            expected = type(getattr(defaults, name))
            if getattr(defaults, name) is None or isinstance(value, expected):
                values[name] = value
            else:
                log.warning("setting %s has the wrong type; keeping the default", name)
        return cls(**values)

    def user_ui(self) -> dict[str, str]:
        """This user's window state (created empty on first use)."""
        return self.ui_state.setdefault(self.user_id, {})

    def save(self, path: Path) -> None:
        """Write atomically: a crash mid-write leaves the previous file."""
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".settings-", suffix=".json")
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(asdict(self), out, ensure_ascii=False, indent=2)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
