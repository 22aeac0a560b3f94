"""What DSS keeps about users, groups and API keys, as pure functions over their JSON.

The model itself (users, groups, keys, and who a request acts as) lives in ``state.py``;
this module holds the shapes DSS answers and the rules for the values it never answers
(passwords, the values of secrets, credentials' passwords and refresh tokens).
"""

from __future__ import annotations

import copy
import hashlib
import hmac
import secrets
from collections.abc import Iterable, Mapping
from typing import Any

from dssclient._json import array_or_empty, is_object

ADMIN_GROUP = "administrators"
DATA_SCIENTIST_GROUP = "data_scientists"
READER_GROUP = "readers"

# The permissions a group (or a global API key) can give, besides `admin`.
GROUP_PERMISSIONS = (
    "mayCreateProjects",
    "mayCreateProjectsFromMacros",
    "mayCreateProjectsFromTemplates",
    "mayCreateProjectsFromDataikuApps",
    "mayWriteSafeCode",
    "mayWriteUnsafeCode",
    "mayWriteInRootProjectFolder",
    "mayCreateActiveWebContent",
    "mayCreateCodeEnvs",
    "mayManageCodeEnvs",
    "mayCreateClusters",
    "mayManageClusters",
    "mayCreateCodeStudioTemplates",
    "mayManageCodeStudioTemplates",
    "mayCreateAuthenticatedConnections",
    "mayViewIndexedHiveConnections",
    "mayDevelopPlugins",
    "mayEditLibFolders",
    "mayManageUDM",
    "mayCreatePublishedAPIServices",
    "mayCreatePublishedProjects",
    "mayManageFeatureStore",
    "mayCreateWorkspaces",
    "mayShareToWorkspaces",
    "mayCreateDataCollections",
    "mayPublishToDataCollections",
)
# Profiles whose users only read: their groups' creation rights do not apply to them.
READ_ONLY_PROFILES = frozenset({"READER", "AI_CONSUMER", "AI_ACCESS_USER", "NONE"})

USER_SOURCE_TYPES = ("LOCAL", "LDAP", "LOCAL_NO_AUTH", "SAAS", "AZURE_AD", "CUSTOM")
# Sources whose users DSS reads again from elsewhere (resync).
EXTERNAL_SOURCE_TYPES = frozenset({"LDAP", "SAAS", "AZURE_AD", "CUSTOM"})

PREFERENCE_DEFAULTS: dict[str, Any] = {
    "uiLanguage": "en",
    "mentionEmails": True,
    "discussionEmails": True,
    "accessRequestEmails": True,
    "grantedAccessEmails": True,
    "grantedPluginRequestEmails": True,
    "pluginRequestEmails": True,
    "instanceAccessRequestsEmails": True,
    "profileUpgradeRequestsEmails": True,
    "codeEnvCreationRequestEmails": True,
    "grantedCodeEnvCreationRequestEmails": True,
    "dailyDigestsEmails": True,
    "offlineActivityEmails": False,
    "rememberPositionFlow": True,
    "loginLogoutNotifications": False,
    "watchedObjectsEditionsNotifications": True,
    "objectOnCurrentProjectCreatedDeletedNotifications": True,
    "anyObjectOnCurrentProjectEditedNotifications": False,
    "watchStarOnCurrentProjectNotifications": True,
    "otherUsersJobsTasksNotifications": False,
    "requestAccessNotifications": True,
    "scenarioRunNotifications": True,
}
# Settings a user may not change on its own profile (getOwnUserSettings / saveOwnUserSettings).
ADMIN_ONLY_USER_FIELDS = ("login", "groups", "userProfile", "sourceType", "enabled")
# Credential fields DSS never answers.
HIDDEN_CREDENTIAL_FIELDS = ("password", "refreshToken")


def default_groups() -> list[dict[str, Any]]:
    """The groups of a fresh instance."""
    everything = dict.fromkeys(GROUP_PERMISSIONS, True)
    return [
        new_group(ADMIN_GROUP, "DSS administrators", "LOCAL") | {"admin": True} | everything,
        new_group(DATA_SCIENTIST_GROUP, "Data scientists", "LOCAL")
        | {
            "mayCreateProjects": True,
            "mayWriteUnsafeCode": True,
            "mayCreateCodeEnvs": True,
            "mayCreateCodeStudioTemplates": True,
            "mayCreatePublishedAPIServices": True,
        },
        new_group(READER_GROUP, "Read-only users", "LOCAL")
        | {"mayWriteSafeCode": False, "mayWriteInRootProjectFolder": False, "mayCreateActiveWebContent": False},
    ]


def new_group(name: str, description: str | None, source_type: str) -> dict[str, Any]:
    """A group as `createGroup` leaves it: no permissions but DSS's defaults for a new group."""
    group: dict[str, Any] = {
        "name": name,
        "description": description if description is not None else "",
        "sourceType": source_type,
        "admin": False,
        "ldapGroupNames": "",
        "ssoGroupNames": "",
        "azureADGroupNames": "",
        "customGroupNames": "",
        "canObtainAPITicketFromCookiesForGroupsRegex": "",
    }
    group.update(dict.fromkeys(GROUP_PERMISSIONS, False))
    # What DSS's UI ticks for a new group.
    group.update({"mayWriteSafeCode": True, "mayWriteInRootProjectFolder": True, "mayCreateActiveWebContent": True})
    return group


def new_user_settings(
    login: str,
    *,
    display_name: str,
    email: str,
    groups: Iterable[str],
    profile: str,
    source_type: str,
    created: int,
) -> dict[str, Any]:
    return {
        "login": login,
        "displayName": display_name,
        "email": email,
        "groups": list(groups),
        "userProfile": profile,
        "sourceType": source_type,
        "enabled": True,
        "creationDate": created,
        "adminProperties": {},
        "userProperties": {},
        "secrets": [],
        "credentials": {},
        "preferences": dict(PREFERENCE_DEFAULTS),
        "trialStatus": {"exists": False, "expired": False, "valid": False},
    }


def visible_user_settings(settings: Mapping[str, Any], *, for_owner: bool = False) -> dict[str, Any]:
    """The settings as DSS answers them: no password, no secret value, no credential password."""
    shown = copy.deepcopy(dict(settings))
    shown.pop("password", None)
    if for_owner:
        shown.pop("adminProperties", None)
    for secret in array_or_empty(shown.get("secrets")):
        if is_object(secret):
            secret.pop("value", None)
            secret["secret"] = True
    credentials = shown.get("credentials")
    if is_object(credentials):
        for credential in credentials.values():
            if is_object(credential):
                for hidden in HIDDEN_CREDENTIAL_FIELDS:
                    credential.pop(hidden, None)
    return shown


def merge_hidden_user_values(stored: Mapping[str, Any], incoming: dict[str, Any], when: int) -> dict[str, Any]:
    """``incoming`` (a modified copy of what was answered) with the hidden values it could not send back.

    A secret or credential sent without its value keeps the stored one; one sent with a
    value takes it (a credential then records when it changed).
    """
    merged = copy.deepcopy(incoming)
    merged.pop("password", None)
    stored_secrets = {s.get("name"): s for s in array_or_empty(stored.get("secrets")) if is_object(s)}
    for secret in array_or_empty(merged.get("secrets")):
        if is_object(secret) and secret.get("value") is None:
            previous = stored_secrets.get(secret.get("name"))
            if previous is not None and previous.get("value") is not None:
                secret["value"] = previous["value"]
    found = stored.get("credentials")
    stored_credentials: dict[str, Any] = found if is_object(found) else {}
    credentials = merged.get("credentials")
    if is_object(credentials):
        for name, credential in credentials.items():
            if not is_object(credential):
                continue
            previous = stored_credentials.get(name) if is_object(stored_credentials) else None
            previous = previous if is_object(previous) else {}
            changed = any(credential.get(field) is not None for field in HIDDEN_CREDENTIAL_FIELDS)
            for field in HIDDEN_CREDENTIAL_FIELDS:
                if credential.get(field) is None and previous.get(field) is not None:
                    credential[field] = previous[field]
            if changed or credential.get("user") != previous.get("user") or "lastUpdate" not in credential:
                credential["lastUpdate"] = when
    return merged


def hash_password(password: str) -> str:
    salt = secrets.token_hex(8)
    return salt + "$" + hashlib.sha256((salt + password).encode("utf-8")).hexdigest()


def check_password(password: str, stored: str | None) -> bool:
    if not stored or "$" not in stored:
        return False
    salt, digest = stored.split("$", 1)
    return hmac.compare_digest(digest, hashlib.sha256((salt + password).encode("utf-8")).hexdigest())


def new_secret() -> str:
    """An API key or ticket secret: 32 random URL-safe characters."""
    return secrets.token_urlsafe(24)
