"""The instance itself: its variables, general settings, licence, logs and audit trail.

The logs are real: the emulator writes a line to ``backend.log`` and an entry to the audit
trail (``audit.log``, one JSON document per line) for each administrative change, and
``logCustomAudit`` adds its entries there. No line ever holds a secret: keys are named by
their id, users by their login, and settings are never copied into a log.
"""

from __future__ import annotations

import copy
import datetime
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from dssclient._json import is_array, is_mapping, is_object, mapping_or_empty

from ..errors import bad_request, not_found

if TYPE_CHECKING:
    from ..state import DSSState

BACKEND_LOG = "backend.log"
AUDIT_LOG = "audit.log"
YEAR_MS = 365 * 24 * 3600 * 1000


@dataclass
class LogFile:
    lines: list[str] = field(default_factory=list[str])
    last_modified: int = 0

    def text(self) -> str:
        return "".join(line + "\n" for line in self.lines)


def default_general_settings(container_confs: list[str]) -> dict[str, Any]:
    """The general settings of a fresh instance (a realistic subset of DSS's many sections)."""
    return {
        "impersonation": {"enabled": False, "userRules": [], "groupRules": []},
        "ldapSettings": {
            "enabled": False,
            "url": "",
            "bindDN": "",
            "bindPassword": "",
            "useTls": False,
            "autoImportUsers": False,
            "userFilter": "(&(objectClass=posixAccount)(uid={USERNAME}))",
            "defaultUserProfile": "DATA_SCIENTIST",
            "displayNameAttribute": "gecos",
            "emailAttribute": "mail",
            "enableGroups": True,
            "groupFilter": "(&(objectClass=posixGroup)(memberUid={USERNAME}))",
            "groupNameAttribute": "cn",
            "groupProfiles": [],
            "authorizedGroups": "",
        },
        "ssoSettings": {"enabled": False, "protocol": "SAML", "samlSPParams": {"keystorePassword": ""}},
        "azureADSettings": {"enabled": False, "credentialsClientSecret": ""},
        "containerSettings": {
            "executionConfigs": [
                {"name": name, "type": "KUBERNETES", "kubernetesNamespace": "dss", "repositoryURL": ""}
                for name in container_confs
            ],
            "defaultExecutionConfig": "",
        },
        "sparkSettings": {"executionConfigs": []},
        # The code envs that projects inheriting theirs run in; empty: the built-in envs.
        "codeEnvs": {"defaultPythonEnv": "", "defaultREnv": ""},
        "defaultDatasetCreationSettings": {"allowUploadsWithoutConnection": True},
    }


class InstanceAdminModel:
    def __init__(self, state: DSSState) -> None:
        self.state = state
        self.variables: dict[str, Any] = {}
        # Secrets in clear: answers encrypt them (models.encryption).
        self.general_settings = default_general_settings(list(state.container_confs))
        now = state.clock()
        self.license: dict[str, Any] = {
            "content": {
                "licensee": {"company": "DSS emulator"},
                "licenseKind": "ENTERPRISE",
                "expiresOn": now + 10 * YEAR_MS,
                "properties": {},
            }
        }
        self.logs: dict[str, LogFile] = {BACKEND_LOG: LogFile(last_modified=now), AUDIT_LOG: LogFile(last_modified=now)}
        # Browser sessions seen through webapp backends, by login: lastSuccessfulLogin, lastSessionActivity.
        self.activity: dict[str, dict[str, int]] = {}
        self._write(BACKEND_LOG, now, f"[INFO] [dku.main] - DSS {state.dss_version} started (emulated)")

    # -- logs and audit -----------------------------------------------------

    def log(self, logger: str, message: str, level: str = "INFO") -> None:
        """A line in backend.log. Never pass a secret in ``message``."""
        self._write(BACKEND_LOG, self.state.clock(), f"[{level}] [{logger}] - {message}")

    def audit(self, login: str, auth_source: str, msg_type: str, params: Mapping[str, Any]) -> None:
        """An entry of the audit trail (audit.log). Never pass a secret in ``params``."""
        when = self.state.clock()
        entry = {
            "timestamp": _iso(when),
            "severity": "INFO",
            "logger": "dku.audit.generic",
            "message": {"callDate": when, "msgType": msg_type, "authUser": login, "authSource": auth_source}
            | dict(params),
        }
        self._append(AUDIT_LOG, when, json.dumps(entry, ensure_ascii=False, sort_keys=False))

    def audit_entries(self) -> list[dict[str, Any]]:
        entries: list[dict[str, Any]] = [json.loads(line) for line in self.logs[AUDIT_LOG].lines]
        return entries

    def log_summaries(self) -> list[dict[str, Any]]:
        return [
            {"name": name, "totalSize": len(log.text().encode("utf-8")), "lastModified": log.last_modified}
            for name, log in self.logs.items()
        ]

    def log_text(self, name: str) -> str:
        log = self.logs.get(name)
        if log is None:
            raise not_found(f"Log file does not exist: {name}")
        return log.text()

    def _write(self, name: str, when: int, text: str) -> None:
        self._append(name, when, f"[{_iso(when, separator=' ')}] [emulator] {text}")

    def _append(self, name: str, when: int, line: str) -> None:
        log = self.logs[name]
        log.lines.append(line)
        log.last_modified = when

    def user_activity(self, login: str, enabled: bool) -> dict[str, Any]:
        seen = self.activity.get(login, {})
        return {
            "login": login,
            "enabled": enabled,
            "lastSuccessfulLogin": seen.get("lastSuccessfulLogin", 0),
            "lastFailedLogin": seen.get("lastFailedLogin", 0),
            "lastSessionActivity": seen.get("lastSessionActivity", 0),
        }

    def saw_session(self, login: str, *, logged_in: bool) -> None:
        """A browser session of ``login`` was used (and, with ``logged_in``, opened)."""
        now = self.state.clock()
        seen = self.activity.setdefault(login, {})
        seen["lastSessionActivity"] = now
        if logged_in:
            seen["lastSuccessfulLogin"] = now

    # -- licence ------------------------------------------------------------

    def set_license(self, body: Mapping[str, Any]) -> None:
        content = body.get("content", body)
        if not is_mapping(content) or not content:
            raise bad_request("Invalid license: expected a JSON object with the license's content")
        expires_on = _license_expiry(content.get("expiresOn"))
        stored = copy.deepcopy(dict(body))
        stored["content"] = copy.deepcopy(dict(content)) | {"expiresOn": expires_on}
        self.license = stored

    def licensing_status(self) -> dict[str, Any]:
        content = self.license["content"]
        expires_on = int(content["expiresOn"])
        expired = 0 < expires_on <= self.state.clock()
        limits = mapping_or_empty(content.get("profileLimits"))
        in_use: dict[str, int] = {}
        for user in self.state.users.values():
            if user.enabled:
                in_use[user.profile] = in_use.get(user.profile, 0) + 1
        return {
            "valid": not expired,
            "expired": expired,
            "communityEdition": content.get("licenseKind") == "COMMUNITY",
            "base": {
                "expiresOn": expires_on,
                "licenseContent": copy.deepcopy({k: v for k, v in content.items() if k != "profileLimits"}),
                "profileLimits": {
                    profile: {"licensed": {"profile": profile, "licensedLimit": limit}}
                    for profile, limit in limits.items()
                    if isinstance(limit, int)
                },
            },
            "userProfiles": in_use,
        }

    def profile_limits(self) -> dict[str, int]:
        limits = self.license["content"].get("profileLimits")
        return {k: v for k, v in limits.items() if isinstance(v, int)} if is_mapping(limits) else {}

    def license_expired(self) -> bool:
        expires_on = int(self.license["content"]["expiresOn"])
        return 0 < expires_on <= self.state.clock()

    # -- general settings ---------------------------------------------------

    def container_exec_configs(self, kind: str | None = None) -> list[dict[str, Any]]:
        container = self.general_settings.get("containerSettings")
        configs = container.get("executionConfigs") if is_mapping(container) else None
        return [
            c
            for c in (configs if is_array(configs) else [])
            if is_object(c) and isinstance(c.get("name"), str) and (kind is None or c.get("type", kind) == kind)
        ]

    def spark_exec_configs(self) -> list[dict[str, Any]]:
        spark = self.general_settings.get("sparkSettings")
        configs = spark.get("executionConfigs") if is_mapping(spark) else None
        return [c for c in (configs if is_array(configs) else []) if is_object(c)]


def _iso(when_ms: int, separator: str = "T") -> str:
    moment = datetime.datetime.fromtimestamp(when_ms / 1000, tz=datetime.UTC)
    return moment.strftime(f"%Y-%m-%d{separator}%H:%M:%S,") + f"{when_ms % 1000:03d}"


def _license_expiry(value: Any) -> int:
    """A licence's expiry in epoch ms, from epoch ms or a yyyy-MM-dd / yyyyMMdd date; 0: never."""
    if value is None:
        return 0
    if isinstance(value, bool):
        raise bad_request("Invalid license: expiresOn is not a date")
    if isinstance(value, int):
        return value
    if isinstance(value, str):
        for pattern in ("%Y-%m-%d", "%Y%m%d"):
            try:
                day = datetime.datetime.strptime(value, pattern).replace(tzinfo=datetime.UTC)
            except ValueError:
                continue
            return int(day.timestamp() * 1000)
    raise bad_request(f"Invalid license: expiresOn {value!r} is not a date")
