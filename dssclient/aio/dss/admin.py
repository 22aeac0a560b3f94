"""Instance administration: code studio templates; users and groups; API keys; connections; code
envs; clusters; the instance's general settings and variables."""

from __future__ import annotations

import datetime
import warnings
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, cast, overload

from dssclient_generated.api import (
    api_keys,
    clusters,
    code_envs,
    code_studio_templates,
    connections,
    groups,
    instance_admin,
    users,
)

from dssclient._json import is_array, is_object
from dssclient.dss.admin_common import (
    ContainerConfsHelpers,
    DSSAuthorizationMatrix,
    DSSAutomationCodeEnvVersionSettings,
    DSSClusterStatus,
    DSSCodeEnvContainerConfsBearer,
    DSSCodeEnvPackageListBearer,
    DSSConnectionDetailsReadability,
    DSSConnectionInfo,
    DSSGlobalUsageSummary,
    DSSGroupImpersonationRule,
    DSSUserActivity,
    DSSUserImpersonationRule,
    DSSUserInfo,
    DSSUserPreferences,
    DSSUserSettingsBase,
)
from dssclient.dss.utils import (
    DSSListItem,
    DSSRawSettings,
    DSSSecretHoldingListItem,
    nested_dict,
    timestamp_to_datetime,
)
from dssclient.errors import OperationFailedError, UnexpectedResponseError

from .._requester import json_body
from .future import AsyncDSSFuture

# Shared with the other variant; importable from here as from the official client's module.
__all__ = [
    "DSSAuthorizationMatrix",
    "DSSAutomationCodeEnvVersionSettings",
    "DSSClusterStatus",
    "DSSConnectionDetailsReadability",
    "DSSConnectionInfo",
    "DSSGlobalUsageSummary",
    "DSSGroupImpersonationRule",
    "DSSUserActivity",
    "DSSUserImpersonationRule",
    "DSSUserInfo",
    "DSSUserPreferences",
    "DSSUserSettingsBase",
]

if TYPE_CHECKING:
    from dssclient.payloads import (
        Acknowledgement,
        ClusterActionResult,
        ClusterSettings,
        CodeEnvOperationOutcome,
        CodeEnvSettings,
        CodeEnvUsage,
        CodeEnvVersionForProject,
        CodeStudioTemplateSettings,
        ConnectionSettings,
        ConnectionTestResult,
        FutureState,
        GeneralSettings,
        GroupDefinition,
        KubectlCommandResult,
        KubernetesJobsDeletion,
        KubernetesPodsDeletion,
        LogFileSummary,
        PersonalApiKey,
        UserSettings,
    )

    from ..dssclient import AsyncDSSClient


class AsyncDSSCodeStudioTemplateListItem(DSSListItem):
    """A code studio template as listed by :meth:`DSSClient.list_code_studio_templates`."""

    client: AsyncDSSClient

    def __repr__(self) -> str:
        return f"{type(self).__name__}(id={self.id!r}, label={self.label!r})"

    def to_code_studio_template(self) -> AsyncDSSCodeStudioTemplate:
        """A handle on this template; makes no call."""
        return AsyncDSSCodeStudioTemplate(self.client, self.id)

    @property
    def label(self) -> str | None:
        """The template's label, if it has one."""
        label: str | None = self._data.get("label")
        return label

    @property
    def id(self) -> str:
        """The template's id."""
        template_id: str = self._data["id"]
        return template_id

    @property
    def build_for_configs(self) -> list[str]:
        """The container configurations the template's images are built for."""
        configs: list[str] = self._data.get("buildFor", [])
        return configs

    @property
    def last_built(self) -> datetime.datetime | None:
        """When the template was last built (UTC), or None if it never was."""
        timestamp_ms = self._data.get("lastBuilt")
        if not timestamp_ms:
            return None
        return datetime.datetime.fromtimestamp(timestamp_ms / 1000, tz=datetime.UTC)


class AsyncDSSCodeStudioTemplate:
    """A handle on a code studio template. Get one with :meth:`DSSClient.get_code_studio_template`."""

    def __init__(self, client: AsyncDSSClient, template_id: str) -> None:
        self.client = client
        self.template_id = template_id

    def __repr__(self) -> str:
        return f"{type(self).__name__}(template_id={self.template_id!r})"

    async def get_settings(self) -> AsyncDSSCodeStudioTemplateSettings:
        """The template's settings, to edit and save. (operation ``getCodeStudioTemplate``)"""
        raw: CodeStudioTemplateSettings = await self.client._requester.json(
            code_studio_templates.get_code_studio_template.request_kwargs, self.template_id
        )
        return AsyncDSSCodeStudioTemplateSettings(self.client, self.template_id, raw)

    async def build(self, disable_docker_cache: bool = False) -> AsyncDSSFuture:
        """Start building the template's images; returns the build's future. (operation ``buildCodeStudioTemplate``)"""
        state = await self.client._requester.json(
            code_studio_templates.build_code_studio_template.request_kwargs,
            self.template_id,
            with_no_cache=disable_docker_cache,
        )
        return AsyncDSSFuture.from_resp(self.client, state)


class AsyncDSSCodeStudioTemplateSettings(DSSRawSettings["CodeStudioTemplateSettings"], ContainerConfsHelpers):
    """The settings of a code studio template. Edit, then :meth:`save`."""

    def __init__(self, client: AsyncDSSClient, template_id: str, settings: CodeStudioTemplateSettings) -> None:
        super().__init__(settings)
        self.client = client
        self.template_id = template_id

    async def save(self) -> None:
        """Send the settings back to DSS, whole. (operation ``saveCodeStudioTemplate``)"""
        await self.client._requester.empty(
            code_studio_templates.save_code_studio_template.request_kwargs,
            self.template_id,
            body=json_body(self.settings),
        )


# == users and groups ==========================================================================


class AsyncDSSUser:
    """A handle on a user. Get one with :meth:`DSSClient.get_user`; creating it calls nothing."""

    def __init__(self, client: AsyncDSSClient, login: str) -> None:
        self.client = client
        self.login = login

    def __repr__(self) -> str:
        return f"{type(self).__name__}(login={self.login!r})"

    async def delete(self, allow_self_deletion: bool = False) -> None:
        """Delete the user and its personal API keys (administrators only). (operation ``deleteUser``)

        :param allow_self_deletion: needed to delete the user the client acts as.
        """
        await self.client._requester.empty(
            users.delete_user.request_kwargs, self.login, allow_self_deletion=allow_self_deletion
        )

    async def get_settings(self) -> AsyncDSSUserSettings:
        """The user's settings, to edit and save (administrators only). (operation ``getUserSettings``)"""
        raw: UserSettings = await self.client._requester.json(users.get_user_settings.request_kwargs, self.login)
        return AsyncDSSUserSettings(self.client, self.login, raw)

    async def get_activity(self) -> DSSUserActivity:
        """When the user last logged in and was active (administrators only). (operation ``getUserActivity``)"""
        activity = await self.client._requester.json(users.get_user_activity.request_kwargs, self.login)
        return DSSUserActivity(self.client, self.login, activity)

    async def get_info(self) -> DSSUserInfo:
        """Basic information about the user; any user may ask. (operation ``getUserInfo``)"""
        return DSSUserInfo(await self.client._requester.json(users.get_user_info.request_kwargs, self.login))

    async def start_resync_from_supplier(self) -> AsyncDSSFuture:
        """Start reading the user again from its external source (LDAP, ...). (operation ``resyncUserFromSupplier``)"""
        state = await self.client._requester.json(users.resync_user_from_supplier.request_kwargs, self.login)
        return AsyncDSSFuture.from_resp(self.client, state)

    async def get_definition(self) -> UserSettings:
        """Deprecated: use :meth:`get_settings`. The user's settings, as a dict. (operation ``getUserSettings``)"""
        warnings.warn("DSSUser.get_definition is deprecated, use get_settings", DeprecationWarning, stacklevel=2)
        definition: UserSettings = await self.client._requester.json(users.get_user_settings.request_kwargs, self.login)
        return definition

    async def set_definition(self, definition: Mapping[str, Any]) -> Acknowledgement:
        """Deprecated: use :meth:`get_settings` and save. Replace the user's settings. (operation ``saveUserSettings``)

        A ``password`` in the definition sets a new password; the login cannot change. Returns DSS's
        acknowledgement, whose content is not documented.
        """
        warnings.warn("DSSUser.set_definition is deprecated, use get_settings", DeprecationWarning, stacklevel=2)
        acknowledgement: Acknowledgement = await self.client._requester.json(
            users.save_user_settings.request_kwargs, self.login, body=json_body(definition)
        )
        return acknowledgement

    def get_client_as(self) -> AsyncDSSClient:
        """A new client acting as this user, through the ``X-DKU-ProxyUser`` header (administrators' keys only).

        It has its own connections: close it when done.
        """
        return self.client._with_extra_headers({"X-DKU-ProxyUser": self.login})


class AsyncDSSOwnUser:
    """A handle on the user the client acts as. Get one with :meth:`DSSClient.get_own_user`."""

    def __init__(self, client: AsyncDSSClient) -> None:
        self.client = client

    def __repr__(self) -> str:
        return f"{type(self).__name__}()"

    async def get_settings(self) -> AsyncDSSOwnUserSettings:
        """One's own settings, to edit and save (not with a global key). (operation ``getOwnUserSettings``)"""
        raw: UserSettings = await self.client._requester.json(users.get_own_user_settings.request_kwargs)
        return AsyncDSSOwnUserSettings(self.client, raw)


class AsyncDSSUserSettings(DSSUserSettingsBase):
    """A user's settings, as an administrator sees them. Edit, then :meth:`save`."""

    def __init__(self, client: AsyncDSSClient, login: str, settings: UserSettings) -> None:
        super().__init__(settings)
        self.client = client
        self.login = login

    @property
    def admin_properties(self) -> dict[str, Any]:
        """Properties only administrators see (edit the dict in place)."""
        return nested_dict(self._untyped, "adminProperties")

    @property
    def enabled(self) -> bool:
        """Whether the user is enabled (settable)."""
        return bool(self.settings.get("enabled", True))

    @enabled.setter
    def enabled(self, new_value: bool) -> None:
        self.settings["enabled"] = new_value

    @property
    def creation_date(self) -> datetime.datetime | None:
        """When the user was created, if DSS says."""
        return timestamp_to_datetime(self.settings.get("creationDate"))

    @property
    def preferences(self) -> DSSUserPreferences:
        """The user's preferences, edited in place."""
        return DSSUserPreferences(nested_dict(self._untyped, "preferences"))

    async def save(self) -> None:
        """Send the settings back to DSS, whole. (operation ``saveUserSettings``)"""
        await self.client._requester.json(
            users.save_user_settings.request_kwargs, self.login, body=json_body(self.settings)
        )


class AsyncDSSOwnUserSettings(DSSUserSettingsBase):
    """One's own settings. A user may change its properties, secrets, credentials and preferences."""

    def __init__(self, client: AsyncDSSClient, settings: UserSettings) -> None:
        super().__init__(settings)
        self.client = client

    async def save(self) -> None:
        """Send the settings back to DSS, whole. (operation ``saveOwnUserSettings``)"""
        await self.client._requester.empty(users.save_own_user_settings.request_kwargs, body=json_body(self.settings))


class AsyncDSSGroup:
    """A handle on a group. Get one with :meth:`DSSClient.get_group`; creating it calls nothing."""

    def __init__(self, client: AsyncDSSClient, name: str) -> None:
        self.client = client
        self.name = name

    def __repr__(self) -> str:
        return f"{type(self).__name__}(name={self.name!r})"

    async def delete(self) -> None:
        """Delete the group; its members leave it. (operation ``deleteGroup``)"""
        await self.client._requester.empty(groups.delete_group.request_kwargs, self.name)

    async def get_definition(self) -> GroupDefinition:
        """The group's definition: source, ``admin`` and the ``may*`` permissions. (operation ``getGroup``)"""
        definition: GroupDefinition = await self.client._requester.json(groups.get_group.request_kwargs, self.name)
        return definition

    async def set_definition(self, definition: Mapping[str, Any]) -> Acknowledgement:
        """Replace the definition with a modified copy of :meth:`get_definition`'s. (operation ``saveGroup``)

        Returns DSS's acknowledgement, whose content is not documented.
        """
        acknowledgement: Acknowledgement = await self.client._requester.json(
            groups.save_group.request_kwargs, self.name, body=json_body(definition)
        )
        return acknowledgement


# == API keys ==================================================================================


class AsyncDSSGlobalApiKey:
    """A handle on a global API key. ``key`` is its secret (empty when unknown); ``id_`` addresses it.

    Its repr shows the id only.
    """

    def __init__(self, client: AsyncDSSClient, key: str, id_: str) -> None:
        self.client = client
        self.key = key
        self.id_ = id_

    def __repr__(self) -> str:
        return f"{type(self).__name__}(id_={self.id_!r})"

    async def delete(self) -> None:
        """Delete the key: it is refused from then on. (operation ``deleteGlobalApiKey``)"""
        await self.client._requester.empty(api_keys.delete_global_api_key.request_kwargs, self.id_)

    async def get_definition(self) -> AsyncDSSGlobalApiKeyDefinition:
        """The key's definition, to edit and save. (operation ``getGlobalApiKey``)"""
        data = await self.client._requester.json(api_keys.get_global_api_key.request_kwargs, self.id_)
        return AsyncDSSGlobalApiKeyDefinition(self.client, data)

    async def set_definition(self, definition: dict[str, Any]) -> None:
        """Replace the definition (label, permissions, ...) with a modified copy. (operation ``saveGlobalApiKey``)"""
        await self.client._requester.empty(
            api_keys.save_global_api_key.request_kwargs, self.id_, body=json_body(dict(definition))
        )


class AsyncDSSGlobalApiKeyDefinition(dict[str, Any]):
    """A global API key's definition: a dict, with properties over it. Edit, then :meth:`save`."""

    def __init__(self, client: AsyncDSSClient, data: dict[str, Any]) -> None:
        super().__init__(data)
        self.client = client

    def __repr__(self) -> str:
        return f"{type(self).__name__}(id={self.get('id')!r}, label={self.get('label')!r})"

    @property
    def id(self) -> str:
        """The key's id."""
        value: str = self["id"]
        return value

    @property
    def label(self) -> str | None:
        """The key's label (settable)."""
        value: str | None = self.get("label")
        return value

    @label.setter
    def label(self, new_value: str) -> None:
        self["label"] = new_value

    @property
    def description(self) -> str | None:
        """The key's description (settable)."""
        value: str | None = self.get("description")
        return value

    @description.setter
    def description(self, new_value: str) -> None:
        self["description"] = new_value

    @property
    def user_for_impersonation(self) -> str | None:
        """The user that code run with this key runs as."""
        value: str | None = self.get("dssUserForImpersonation")
        return value

    @user_for_impersonation.setter
    def user_for_impersonation(self, new_value: str | None) -> None:
        self["dssUserForImpersonation"] = new_value

    @property
    def groups(self) -> list[str] | None:
        """The groups whose permissions the key gets (None for a key with its own permissions)."""
        value: list[str] | None = self.get("groups")
        return value

    @groups.setter
    def groups(self, new_value: list[str] | None) -> None:
        self["groups"] = new_value

    @property
    def created_on(self) -> datetime.datetime | None:
        """When the key was created, if DSS says."""
        return timestamp_to_datetime(self.get("createdOn"))

    @property
    def created_by(self) -> str | None:
        """Who created the key, if DSS says."""
        value: str | None = self.get("createdBy")
        return value

    @property
    def expires_on(self) -> datetime.datetime | None:
        """When the key expires, if it does."""
        return timestamp_to_datetime(self.get("expiresOn"))

    @property
    def lifetime(self) -> int | None:
        """Lifetime of the key in days (None or 0: it does not expire)."""
        value: int | None = self.get("expiry")
        return value

    @lifetime.setter
    def lifetime(self, new_value: int | None) -> None:
        self["expiry"] = new_value

    async def save(self) -> None:
        """Send the definition back to DSS, whole. (operation ``saveGlobalApiKey``)"""
        await self.client._requester.empty(
            api_keys.save_global_api_key.request_kwargs, self.id, body=json_body(dict(self))
        )


class AsyncDSSGlobalApiKeyListItem(DSSSecretHoldingListItem):
    """A global API key as listed: its dict. Its repr never shows the secret."""

    client: AsyncDSSClient

    SECRET_FIELDS = frozenset({"key"})

    def to_global_api_key(self) -> AsyncDSSGlobalApiKey:
        """A handle on the key (needs its secret in the listing: absent where secure API keys are on)."""
        return AsyncDSSGlobalApiKey(self.client, self["key"], self["id"])

    @property
    def id(self) -> str:
        """The key's id."""
        value: str = self["id"]
        return value

    @property
    def user_for_impersonation(self) -> str | None:
        """The user the key acts as, if it impersonates one."""
        value: str | None = self.get("dssUserForImpersonation")
        return value

    @property
    def key(self) -> str:
        """The secret (KeyError where secure API keys are enabled: DSS no longer answers it)."""
        value: str = self["key"]
        return value

    @property
    def label(self) -> str | None:
        """The key's label, if set."""
        value: str | None = self.get("label")
        return value

    @property
    def description(self) -> str | None:
        """The key's description, if set."""
        value: str | None = self.get("description")
        return value

    @property
    def created_on(self) -> datetime.datetime | None:
        """When the key was created, if DSS says."""
        return timestamp_to_datetime(self.get("createdOn"))

    @property
    def created_by(self) -> str | None:
        """Who created the key, if DSS says."""
        value: str | None = self.get("createdBy")
        return value

    @property
    def groups(self) -> list[str] | None:
        """The groups the key belongs to, if listed."""
        value: list[str] | None = self.get("groups")
        return value


class AsyncDSSPersonalApiKey:
    """A handle on a personal API key. ``key`` is its secret (empty when unknown); ``id_`` addresses it.

    Its repr shows the id only.
    """

    def __init__(self, client: AsyncDSSClient, key: str, id_: str) -> None:
        self.client = client
        self.key = key
        self.id_ = id_

    def __repr__(self) -> str:
        return f"{type(self).__name__}(id_={self.id_!r})"

    async def get_definition(self) -> PersonalApiKey:
        """The key's definition (``user``, ``label``, ``description``, ...). (operation ``getPersonalApiKey``)"""
        definition: PersonalApiKey = await self.client._requester.json(
            api_keys.get_personal_api_key.request_kwargs, self.id_
        )
        return definition

    async def set_definition(self, definition: dict[str, Any]) -> None:
        """Change the key's label and description. (operation ``savePersonalApiKey``)"""
        await self.client._requester.empty(
            api_keys.save_personal_api_key.request_kwargs, self.id_, body=json_body(definition)
        )

    async def delete(self) -> None:
        """Delete the key: it is refused from then on. (operation ``deletePersonalApiKey``)"""
        await self.client._requester.empty(api_keys.delete_personal_api_key.request_kwargs, self.id_)


class AsyncDSSPersonalApiKeyListItem(DSSSecretHoldingListItem):
    """A personal API key as listed: its dict. Its repr never shows the secret."""

    client: AsyncDSSClient

    SECRET_FIELDS = frozenset({"key"})

    def to_personal_api_key(self) -> AsyncDSSPersonalApiKey:
        """A handle on this key; makes no call."""
        return AsyncDSSPersonalApiKey(self.client, self.get("key", ""), self["id"])

    @property
    def id(self) -> str:
        """The key's id."""
        value: str = self["id"]
        return value

    @property
    def user(self) -> str:
        """The login the key acts as."""
        value: str = self["user"]
        return value

    @property
    def key(self) -> str:
        """The secret (KeyError where secure API keys are enabled: DSS no longer answers it)."""
        value: str = self["key"]
        return value

    @property
    def label(self) -> str:
        """The key's label (empty if none)."""
        value: str = self.get("label") or ""
        return value

    @property
    def description(self) -> str:
        """The key's description (empty if none)."""
        value: str = self.get("description") or ""
        return value

    @property
    def created_on(self) -> datetime.datetime | None:
        """When the key was created, if DSS says."""
        return timestamp_to_datetime(self.get("createdOn"))

    @property
    def created_by(self) -> str | None:
        """Who created the key, if DSS says."""
        value: str | None = self.get("createdBy")
        return value


# == connections ===============================================================================


class AsyncDSSConnectionListItem(DSSSecretHoldingListItem):
    """A connection as listed: its definition (secrets encrypted), as a dict."""

    client: AsyncDSSClient

    def to_connection(self) -> AsyncDSSConnection:
        """A handle on this connection; makes no call."""
        return AsyncDSSConnection(self.client, self.name)

    @property
    def name(self) -> str:
        """The connection's name."""
        value: str = self["name"] if "name" in self else self["id"]
        return value

    @property
    def type(self) -> str:
        """The connection's type."""
        value: str = self["type"] if "type" in self else self["label"]
        return value


class AsyncDSSConnection:
    """A handle on a connection. Get one with :meth:`DSSClient.get_connection`; creating it calls nothing."""

    def __init__(self, client: AsyncDSSClient, name: str) -> None:
        self.client = client
        self.name = name

    def __repr__(self) -> str:
        return f"{type(self).__name__}(name={self.name!r})"

    async def get_location_info(self) -> DSSConnectionInfo:
        """Deprecated: use :meth:`get_info`. (operation ``getConnectionInfo``)"""
        warnings.warn("DSSConnection.get_location_info is deprecated, use get_info", DeprecationWarning, stacklevel=2)
        return await self.get_info()

    async def get_info(self, contextual_project_key: str | None = None) -> DSSConnectionInfo:
        """The connection's details and resolved credentials, in clear. (operation ``getConnectionInfo``)

        Needs the right to read the connection's details. Do not log what it returns.
        :param contextual_project_key: resolve the parameters' variables with this project's.
        """
        from dssclient_generated.types import UNSET

        info = await self.client._requester.json(
            connections.get_connection_info.request_kwargs,
            self.name,
            contextual_project_key=contextual_project_key if contextual_project_key is not None else UNSET,
        )
        return DSSConnectionInfo(info)

    async def delete(self) -> None:
        """Delete the connection (administrators only). (operation ``deleteConnection``)"""
        await self.client._requester.empty(connections.delete_connection.request_kwargs, self.name)

    async def get_settings(self) -> AsyncDSSConnectionSettings:
        """The connection's definition, to edit and save (secrets encrypted). (operation ``getConnectionSettings``)"""
        raw: ConnectionSettings = await self.client._requester.json(
            connections.get_connection_settings.request_kwargs, self.name
        )
        return AsyncDSSConnectionSettings(self, raw)

    async def get_definition(self) -> ConnectionSettings:
        """Deprecated: use :meth:`get_settings`. The definition, as a dict. (operation ``getConnectionSettings``)"""
        definition: ConnectionSettings = await self.client._requester.json(
            connections.get_connection_settings.request_kwargs, self.name
        )
        return definition

    async def set_definition(self, definition: Mapping[str, Any]) -> Acknowledgement:
        """Deprecated: use :meth:`get_settings` and save. (operation ``saveConnectionSettings``)

        Returns DSS's acknowledgement, whose content is not documented.
        """
        acknowledgement: Acknowledgement = await self.client._requester.json(
            connections.save_connection_settings.request_kwargs, self.name, body=json_body(definition)
        )
        return acknowledgement

    async def sync_root_acls(self) -> AsyncDSSFuture:
        """Start re-applying DSS-managed ACLs on the root path (HDFS). (operation ``syncConnectionAcls``)"""
        return await self._sync(root=True)

    async def sync_datasets_acls(self) -> AsyncDSSFuture:
        """Start re-applying DSS-managed ACLs on the datasets' paths (HDFS). (operation ``syncConnectionAcls``)

        The official client sends ``root: true`` here too; so does this one, for the same behaviour.
        """
        return await self._sync(root=True)

    async def _sync(self, *, root: bool) -> AsyncDSSFuture:
        state = await self.client._requester.json(
            connections.sync_connection_acls.request_kwargs, self.name, body=json_body({"root": root})
        )
        return AsyncDSSFuture(self.client, state.get("jobId"), state)

    async def test(self) -> ConnectionTestResult:
        """Try to reach what the connection points to: ``connectionOK`` and a message. (operation ``testConnection``)"""
        result: ConnectionTestResult = await self.client._requester.json(
            connections.test_connection.request_kwargs, self.name
        )
        return result


class AsyncDSSConnectionSettings(DSSRawSettings["ConnectionSettings"]):
    """A connection's definition. Edit it with the helpers or :meth:`get_raw`, then :meth:`save`.

    Secrets come encrypted; saved back as they came, DSS keeps them.
    """

    def __init__(self, connection: AsyncDSSConnection, settings: ConnectionSettings) -> None:
        super().__init__(settings)
        self.connection = connection

    @property
    def type(self) -> str:
        # DSS always sends it (the spec lets it be null and absent, as every property of the settings).
        """The connection's type."""
        value: str = self._untyped["type"]
        return value

    @property
    def allow_managed_datasets(self) -> bool:
        """Whether managed datasets can be created on the connection (settable)."""
        return bool(self.settings.get("allowManagedDatasets", False))

    @allow_managed_datasets.setter
    def allow_managed_datasets(self, new_value: bool) -> None:
        self.settings["allowManagedDatasets"] = new_value

    @property
    def allow_managed_folders(self) -> bool:
        """Whether managed folders can be created on the connection (settable)."""
        return bool(self.settings.get("allowManagedFolders", False))

    @allow_managed_folders.setter
    def allow_managed_folders(self, new_value: bool) -> None:
        self.settings["allowManagedFolders"] = new_value

    @property
    def allow_knowledge_banks(self) -> bool:
        """Whether knowledge banks can be created on the connection (settable)."""
        return bool(self.settings.get("allowKnowledgeBanks", False))

    @allow_knowledge_banks.setter
    def allow_knowledge_banks(self, new_value: bool) -> None:
        self.settings["allowKnowledgeBanks"] = new_value

    @property
    def allow_write(self) -> bool:
        """Whether DSS may write to the connection (else it is read-only for DSS)."""
        return bool(self.settings.get("allowWrite", False))

    @allow_write.setter
    def allow_write(self, new_value: bool) -> None:
        self.settings["allowWrite"] = new_value

    @property
    def details_readability(self) -> DSSConnectionDetailsReadability:
        """Who may read the connection's details (edit it in place)."""
        return DSSConnectionDetailsReadability(nested_dict(self._untyped, "detailsReadability"))

    @property
    def usable_by(self) -> str:
        """ALL, or ALLOWED (the groups of :attr:`usable_by_allowed_groups`)."""
        return self.settings.get("usableBy") or "ALL"

    @property
    def usable_by_allowed_groups(self) -> list[str]:
        """The groups allowed to use the connection."""
        return self.settings.get("allowedGroups") or []

    def set_usability(self, all: bool, *groups: str) -> None:  # noqa: A002 - the official client's name
        """Everyone may use the connection (``all``), or only these groups."""
        if all:
            self.settings["usableBy"] = "ALL"
        else:
            self.settings["usableBy"] = "ALLOWED"
            self.settings["allowedGroups"] = list(groups)

    async def save(self) -> None:
        """Send the definition back to DSS, whole. (operation ``saveConnectionSettings``)"""
        await self.connection.client._requester.json(
            connections.save_connection_settings.request_kwargs, self.connection.name, body=json_body(self.settings)
        )


# == code envs =================================================================================


class AsyncDSSCodeEnv:
    """A handle on a code env. Get one with :meth:`DSSClient.get_code_env`; creating it calls nothing.

    Building is a long task: the methods taking ``wait`` answer once it is over (and raise
    :class:`OperationFailedError` if it failed), or with ``wait=False`` return its future.
    """

    def __init__(self, client: AsyncDSSClient, env_lang: str, env_name: str) -> None:
        self.client = client
        self.env_lang = env_lang
        self.env_name = env_name

    def __repr__(self) -> str:
        return f"{type(self).__name__}(env_lang={self.env_lang!r}, env_name={self.env_name!r})"

    @overload
    async def delete(self, wait: Literal[True] = True) -> CodeEnvOperationOutcome: ...

    @overload
    async def delete(self, wait: Literal[False]) -> AsyncDSSFuture: ...

    async def delete(self, wait: bool = True) -> CodeEnvOperationOutcome | AsyncDSSFuture:
        """Delete the code env. (operation ``deleteCodeEnv``)"""
        answer = await self.client._requester.json(
            code_envs.delete_code_env.request_kwargs, self.env_lang, self.env_name, wait=wait
        )
        return self._outcome(answer, wait, "Deleting code env")

    async def get_definition(self) -> CodeEnvSettings:
        """Deprecated: use :meth:`get_settings`. The settings, as a dict. (operation ``getCodeEnvSettings``)"""
        definition: CodeEnvSettings = await self.client._requester.json(
            code_envs.get_code_env_settings.request_kwargs, self.env_lang, self.env_name
        )
        return definition

    async def set_definition(self, env: Mapping[str, Any]) -> Acknowledgement:
        """Deprecated: use :meth:`get_settings` and save. (operation ``saveCodeEnvSettings``)

        Returns DSS's acknowledgement, whose content is not documented.
        """
        acknowledgement: Acknowledgement = await self.client._requester.json(
            code_envs.save_code_env_settings.request_kwargs, self.env_lang, self.env_name, body=json_body(env)
        )
        return acknowledgement

    async def get_settings(self) -> AsyncDSSDesignCodeEnvSettings | AsyncDSSAutomationCodeEnvSettings:
        """The settings, to edit and save: an automation node's env has versions. (operation ``getCodeEnvSettings``)"""
        data: CodeEnvSettings = await self.client._requester.json(
            code_envs.get_code_env_settings.request_kwargs, self.env_lang, self.env_name
        )
        # The deployment mode does not tell: some modes exist on both kinds of node.
        if data.get("versions") is not None:
            return AsyncDSSAutomationCodeEnvSettings(self, data)
        return AsyncDSSDesignCodeEnvSettings(self, data)

    @overload
    async def set_jupyter_support(self, active: bool, wait: Literal[True] = True) -> CodeEnvOperationOutcome: ...

    @overload
    async def set_jupyter_support(self, active: bool, wait: Literal[False]) -> AsyncDSSFuture: ...

    async def set_jupyter_support(self, active: bool, wait: bool = True) -> CodeEnvOperationOutcome | AsyncDSSFuture:
        """Install (or remove) what notebooks need to use the env. (operation ``setCodeEnvJupyterSupport``)"""
        answer = await self.client._requester.json(
            code_envs.set_code_env_jupyter_support.request_kwargs,
            self.env_lang,
            self.env_name,
            active=active,
            wait=wait,
        )
        return self._outcome(answer, wait, "Updating Jupyter support of code env")

    @overload
    async def update_packages(
        self, force_rebuild_env: bool = False, version: str | None = None, wait: Literal[True] = True
    ) -> CodeEnvOperationOutcome: ...

    @overload
    async def update_packages(
        self, force_rebuild_env: bool = False, version: str | None = None, *, wait: Literal[False]
    ) -> AsyncDSSFuture: ...

    async def update_packages(
        self, force_rebuild_env: bool = False, version: str | None = None, wait: bool = True
    ) -> CodeEnvOperationOutcome | AsyncDSSFuture:
        """Install the packages the settings require. (operation ``updateCodeEnvPackages``)

        :param force_rebuild_env: rebuild the env from scratch.
        :param version: the version to update (versioned envs of automation nodes).
        :returns: the outcome, with the build's ``messages``; or its future with ``wait=False``.
        """
        from dssclient_generated.types import UNSET

        answer = await self.client._requester.json(
            code_envs.update_code_env_packages.request_kwargs,
            self.env_lang,
            self.env_name,
            force_rebuild_env=force_rebuild_env,
            version_to_update=version if version is not None else UNSET,
            wait=wait,
        )
        return self._outcome(answer, wait, "Updating the packages of code env")

    @overload
    async def update_images(
        self, env_version: str | None = None, wait: Literal[True] = True
    ) -> CodeEnvOperationOutcome: ...

    @overload
    async def update_images(self, env_version: str | None = None, *, wait: Literal[False]) -> AsyncDSSFuture: ...

    async def update_images(
        self, env_version: str | None = None, wait: bool = True
    ) -> CodeEnvOperationOutcome | AsyncDSSFuture:
        """Rebuild the env's container images (administrators only). (operation ``updateCodeEnvImages``)"""
        from dssclient_generated.types import UNSET

        answer = await self.client._requester.json(
            code_envs.update_code_env_images.request_kwargs,
            self.env_lang,
            self.env_name,
            env_version=env_version if env_version is not None else UNSET,
            wait=wait,
        )
        return self._outcome(answer, wait, "Building the images of code env")

    async def list_usages(self) -> list[CodeEnvUsage]:
        """The objects using the env: ``envUsage``, ``projectKey``, ``objectId``. (operation ``listUsagesOfCodeEnv``)"""
        usages: list[CodeEnvUsage] = await self.client._requester.json(
            code_envs.list_usages_of_code_env.request_kwargs, self.env_lang, self.env_name
        )
        return usages

    async def get_version_for_project(self, project_key: str) -> CodeEnvVersionForProject:
        """Which version of the env a project uses. (operation ``getCodeEnvVersionForProject``)

        :returns: ``version`` (only for a versioned env the project uses) and ``bundleId`` (the
            project's active bundle); both absent when the project does not use the env.
        """
        reference: CodeEnvVersionForProject = await self.client._requester.json(
            code_envs.get_code_env_version_for_project.request_kwargs, self.env_lang, self.env_name, project_key
        )
        return reference

    async def list_logs(self) -> list[LogFileSummary]:
        """The logs of the env's builds, each with a ``name``. (operation ``listCodeEnvLogs``)"""
        logs: list[LogFileSummary] = await self.client._requester.json(
            code_envs.list_code_env_logs.request_kwargs, self.env_lang, self.env_name
        )
        return logs

    async def get_log(self, log_name: str) -> str:
        """The content of one of the env's logs. (operation ``getCodeEnvLog``)"""
        async with await self.client._requester.stream(
            code_envs.get_code_env_log.request_kwargs, self.env_lang, self.env_name, log_name
        ) as stream:
            content = await stream.read()
        return content.decode("utf-8", errors="replace")

    def _outcome(self, answer: Any, wait: bool, what: str) -> CodeEnvOperationOutcome | AsyncDSSFuture:
        # DSS answers the task's outcome with wait=true, its FutureState with wait=false (CodeEnvTaskAnswer).
        _checked(answer, f"{what} {self.env_lang}/{self.env_name}")
        outcome: CodeEnvOperationOutcome = answer
        return outcome if wait else AsyncDSSFuture.from_resp(self.client, answer)


class AsyncDSSCodeEnvSettings(DSSRawSettings["CodeEnvSettings"]):
    """What the settings of every code env share: saving them."""

    def __init__(self, codeenv: AsyncDSSCodeEnv, settings: CodeEnvSettings) -> None:
        super().__init__(settings)
        self.codeenv = codeenv

    @property
    def env_lang(self) -> str:
        """The env's language (``PYTHON`` or ``R``)."""
        return self.codeenv.env_lang

    @property
    def env_name(self) -> str:
        """The env's name."""
        return self.codeenv.env_name

    async def save(self) -> None:
        """Send the settings back, whole; install with ``update_packages``. (operation ``saveCodeEnvSettings``)"""
        await self.codeenv.client._requester.json(
            code_envs.save_code_env_settings.request_kwargs, self.env_lang, self.env_name, body=json_body(self.settings)
        )


class AsyncDSSDesignCodeEnvSettings(
    AsyncDSSCodeEnvSettings, DSSCodeEnvPackageListBearer, DSSCodeEnvContainerConfsBearer
):
    """The settings of a design node's code env: its packages and container images."""


class AsyncDSSAutomationCodeEnvSettings(AsyncDSSCodeEnvSettings, DSSCodeEnvContainerConfsBearer):
    """The settings of an automation node's code env, whose package specs live in versions."""

    def get_version(self, version_id: str | None = None) -> DSSAutomationCodeEnvVersionSettings:
        """The version holding the package spec (a versioned env needs its ``version_id``)."""
        mode = self.settings.get("deploymentMode")
        if mode == "AUTOMATION_SINGLE":
            return DSSAutomationCodeEnvVersionSettings(self, nested_dict(self._untyped, "currentVersion"))
        if mode == "AUTOMATION_VERSIONED":
            # Entries that are not objects are skipped (the spec's type is what DSS should send).
            listed: list[Any] = list(self.settings.get("versions") or [])
            versions: list[dict[str, Any]] = [v for v in listed if isinstance(v, dict)]
            ids = ", ".join(str(v.get("versionId")) for v in versions)
            if version_id is None:
                raise ValueError(f"A version id is required in a versioned code env. Existing ids: {ids}")
            for version in versions:
                if version.get("versionId") == version_id:
                    return DSSAutomationCodeEnvVersionSettings(self, version)
            raise ValueError(f"Version {version_id} not found in: {ids}")
        if mode in (
            "PLUGIN_NON_MANAGED",
            "PLUGIN_MANAGED",
            "BUSINESS_APP_NON_MANAGED",
            "BUSINESS_APP_MANAGED",
            "AUTOMATION_NON_MANAGED_PATH",
            "EXTERNAL_CONDA_NAMED",
        ):
            return DSSAutomationCodeEnvVersionSettings(self, nested_dict(self._untyped, "noVersion"))
        raise ValueError(f"Unexpected deployment mode {mode} for an automation node's code env: edit get_raw()")


# == clusters ==================================================================================


class AsyncDSSCluster:
    """A handle on a cluster. Get one with :meth:`DSSClient.get_cluster`; creating it calls nothing.

    Starting and stopping are synchronous, as in the official client: they answer once done.
    """

    def __init__(self, client: AsyncDSSClient, cluster_id: str) -> None:
        self.client = client
        self.cluster_id = cluster_id

    def __repr__(self) -> str:
        return f"{type(self).__name__}(cluster_id={self.cluster_id!r})"

    async def delete(self) -> None:
        """Forget the cluster (a running one is not stopped first). (operation ``deleteCluster``)"""
        await self.client._requester.empty(clusters.delete_cluster.request_kwargs, self.cluster_id)

    async def get_settings(self) -> AsyncDSSClusterSettings:
        """The cluster's settings, to edit and save. (operation ``getClusterSettings``)"""
        raw: ClusterSettings = await self.client._requester.json(
            clusters.get_cluster_settings.request_kwargs, self.cluster_id
        )
        return AsyncDSSClusterSettings(self.client, self.cluster_id, raw)

    async def get_definition(self) -> ClusterSettings:
        """Deprecated: use :meth:`get_settings`. (operation ``getClusterSettings``)"""
        definition: ClusterSettings = await self.client._requester.json(
            clusters.get_cluster_settings.request_kwargs, self.cluster_id
        )
        return definition

    async def set_definition(self, cluster: Mapping[str, Any]) -> Acknowledgement:
        """Deprecated: use :meth:`get_settings` and save. (operation ``saveClusterSettings``)

        Returns DSS's answer, whose content is not documented (the official client calls it the updated
        definition; unverified).
        """
        acknowledgement: Acknowledgement = await self.client._requester.json(
            clusters.save_cluster_settings.request_kwargs, self.cluster_id, body=json_body(cluster)
        )
        return acknowledgement

    async def get_status(self) -> DSSClusterStatus:
        """Whether the cluster runs. (operation ``getClusterStatus``)"""
        status = await self.client._requester.json(clusters.get_cluster_status.request_kwargs, self.cluster_id)
        return DSSClusterStatus(self.client, self.cluster_id, status)

    async def start(self) -> ClusterActionResult:
        """Start (or attach to) a managed cluster; answers once it runs. (operation ``startCluster``)

        A start that DSS reports as failed raises :class:`OperationFailedError`. Waits count
        against the call's timeout: use ``client.with_options(timeout=...)`` for a slow cluster.
        """
        answer: ClusterActionResult = await self.client._requester.json(
            clusters.start_cluster.request_kwargs, self.cluster_id
        )
        _checked(answer, f"Starting cluster {self.cluster_id}")
        return answer

    async def stop(self, terminate: bool = True, force_stop: bool = False) -> ClusterActionResult:
        """Stop (``terminate``) or detach from a managed cluster; answers once done. (operation ``stopCluster``)

        :param force_stop: stop it even if DSS believes it is not running.
        """
        answer: ClusterActionResult = await self.client._requester.json(
            clusters.stop_cluster.request_kwargs, self.cluster_id, terminate=terminate, force_stop=force_stop
        )
        _checked(answer, f"Stopping cluster {self.cluster_id}")
        return answer

    # -- Kubernetes clusters --

    async def run_kubectl(self, args: str) -> KubectlCommandResult:
        """Run ``kubectl <args>`` on a Kubernetes cluster (administrators only). (operation ``runKubectlOnCluster``)

        A command that fails does not raise: the answer holds its ``returnValue`` (non-zero),
        ``stdout`` and ``stderr``.
        """
        result: KubectlCommandResult = await self.client._requester.json(
            clusters.run_kubectl_on_cluster.request_kwargs, self.cluster_id, body=json_body({"args": args})
        )
        return result

    async def delete_finished_jobs(
        self,
        delete_failed: bool = False,
        namespace: str | None = None,
        label_filter: str | None = None,
        dry_run: bool = False,
    ) -> KubernetesJobsDeletion:
        """Delete the completed jobs of a Kubernetes cluster. (operation ``deleteFinishedKubernetesJobs``)

        :param delete_failed: delete the failed jobs too.
        :param namespace: where to delete; None is the namespace of kubectl's current context.
        :param label_filter: only jobs matching this label selector (``key=value,...``).
        :param dry_run: only report what would be deleted.
        :returns: ``success``, ``deletedJobs`` (names) and ``debugInfo`` (the kubectl command).
        """
        from dssclient_generated.types import UNSET

        result: KubernetesJobsDeletion = await self.client._requester.json(
            clusters.delete_finished_kubernetes_jobs.request_kwargs,
            self.cluster_id,
            delete_failed=delete_failed,
            namespace=namespace if namespace is not None else UNSET,
            label_filter=label_filter if label_filter is not None else UNSET,
            dry_run=dry_run,
        )
        return result

    async def delete_finished_pods(
        self, namespace: str | None = None, label_filter: str | None = None, dry_run: bool = False
    ) -> KubernetesPodsDeletion:
        """Delete the pods that are over (succeeded or failed). (operation ``deleteFinishedKubernetesPods``)

        :param namespace: where to delete; None is the namespace of kubectl's current context.
        :param label_filter: only pods matching this label selector (``key=value,...``).
        :param dry_run: only report what would be deleted.
        :returns: ``success``, ``deletedPods`` (names) and ``debugInfo`` (the kubectl command).
        """
        from dssclient_generated.types import UNSET

        result: KubernetesPodsDeletion = await self.client._requester.json(
            clusters.delete_finished_kubernetes_pods.request_kwargs,
            self.cluster_id,
            namespace=namespace if namespace is not None else UNSET,
            label_filter=label_filter if label_filter is not None else UNSET,
            dry_run=dry_run,
        )
        return result

    async def delete_all_pods(
        self, namespace: str | None = None, label_filter: str | None = None, dry_run: bool = False
    ) -> KubernetesPodsDeletion:
        """Delete every pod of a namespace, running or not. (operation ``deleteAllKubernetesPods``)

        :param namespace: where to delete; None is the namespace of kubectl's current context.
        :param label_filter: only pods matching this label selector (``key=value,...``).
        :param dry_run: only report what would be deleted.
        :returns: ``success``, ``deletedPods`` (names) and ``debugInfo`` (the kubectl command).
        """
        from dssclient_generated.types import UNSET

        result: KubernetesPodsDeletion = await self.client._requester.json(
            clusters.delete_all_kubernetes_pods.request_kwargs,
            self.cluster_id,
            namespace=namespace if namespace is not None else UNSET,
            label_filter=label_filter if label_filter is not None else UNSET,
            dry_run=dry_run,
        )
        return result


class AsyncDSSClusterSettings(DSSRawSettings["ClusterSettings"]):
    """A cluster's settings (permissions, owner, parameters). Edit, then :meth:`save`."""

    def __init__(self, client: AsyncDSSClient, cluster_id: str, settings: ClusterSettings) -> None:
        super().__init__(settings)
        self.client = client
        self.cluster_id = cluster_id

    def get_plugin_data(self) -> dict[str, Any] | None:
        """What the cluster's plugin keeps while the cluster runs (None when it does not); its shape is the plugin's."""
        return self.settings.get("data")

    async def save(self) -> None:
        """Send the settings back to DSS, whole. (operation ``saveClusterSettings``)"""
        await self.client._requester.json(
            clusters.save_cluster_settings.request_kwargs, self.cluster_id, body=json_body(self.settings)
        )


# == the instance ==============================================================================


class AsyncDSSGeneralSettings(DSSRawSettings["GeneralSettings"]):
    """The instance's general settings. Edit them (impersonation rules have helpers), then :meth:`save`.

    Get them with :meth:`DSSClient.get_general_settings`, which reads them; secrets come
    encrypted, and DSS keeps them when they go back as they came.
    """

    def __init__(self, client: AsyncDSSClient, settings: GeneralSettings) -> None:
        super().__init__(settings)
        self.client = client

    async def save(self) -> None:
        """Send the settings back to DSS, whole. (operation ``saveGeneralSettings``)"""
        await self.client._requester.empty(
            instance_admin.save_general_settings.request_kwargs, body=json_body(self.settings)
        )

    def add_impersonation_rule(
        self, rule: DSSUserImpersonationRule | DSSGroupImpersonationRule | dict[str, Any], is_user_rule: bool = True
    ) -> None:
        """Append a rule: a user rule, a group rule, or a dict (a user rule unless ``is_user_rule`` is False)."""
        if isinstance(rule, DSSUserImpersonationRule):
            raw, is_user_rule = rule.raw, True
        elif isinstance(rule, DSSGroupImpersonationRule):
            raw, is_user_rule = rule.raw, False
        else:
            raw = rule
        self._rules("userRules" if is_user_rule else "groupRules").append(raw)

    def get_impersonation_rules(
        self,
        dss_user: str | None = None,
        dss_group: str | None = None,
        unix_user: str | None = None,
        hadoop_user: str | None = None,
        project_key: str | None = None,
        scope: str | None = None,
        rule_type: str | None = None,
        is_user: bool | None = None,
        rule_from: str | None = None,
    ) -> list[DSSUserImpersonationRule | DSSGroupImpersonationRule]:
        """The rules matching every filter given (user rules, group rules, or both when ``is_user`` is None).

        Each returned rule's ``raw`` is the stored dict: changes to it are saved.
        """
        user_filters = {
            "dssUser": dss_user,
            "ruleFrom": rule_from,
            "targetUnix": unix_user,
            "targetHadoop": hadoop_user,
            "projectKey": project_key,
            "type": rule_type,
            "scope": scope,
        }
        group_filters = {
            "dssGroup": dss_group,
            "ruleFrom": rule_from,
            "targetUnix": unix_user,
            "targetHadoop": hadoop_user,
            "type": rule_type,
        }
        found: list[DSSUserImpersonationRule | DSSGroupImpersonationRule] = []
        if is_user is None or is_user:
            found += [DSSUserImpersonationRule(r) for r in self._rules("userRules") if _matches(r, user_filters)]
        if is_user is None or not is_user:
            found += [DSSGroupImpersonationRule(r) for r in self._rules("groupRules") if _matches(r, group_filters)]
        return found

    def remove_impersonation_rules(
        self,
        dss_user: str | None = None,
        dss_group: str | None = None,
        unix_user: str | None = None,
        hadoop_user: str | None = None,
        project_key: str | None = None,
        scope: str | None = None,
        rule_type: str | None = None,
        is_user: bool | None = None,
        rule_from: str | None = None,
    ) -> None:
        """Remove the rules :meth:`get_impersonation_rules` would return for the same filters."""
        matching = self.get_impersonation_rules(
            dss_user, dss_group, unix_user, hadoop_user, project_key, scope, rule_type, is_user, rule_from
        )
        doomed = {id(rule.raw) for rule in matching}
        for key in ("userRules", "groupRules"):
            rules = self._rules(key)
            rules[:] = [rule for rule in rules if id(rule) not in doomed]

    async def push_container_exec_base_images(self) -> FutureState:
        """Start pushing the base images; returns the task's state. (operation ``pushBaseImages``)

        :meth:`DSSClient.push_base_images` returns the same as a future.
        """
        answer: FutureState = await self.client._requester.json(instance_admin.push_base_images.request_kwargs)
        _checked(answer, "Pushing the container base images")
        return answer

    def _rules(self, key: str) -> list[Any]:
        rules = nested_dict(cast("dict[str, Any]", self.settings), "impersonation").setdefault(key, [])
        if not is_array(rules):
            raise ValueError(f"impersonation.{key} of the general settings is not a list")
        return rules


class AsyncDSSInstanceVariables(dict[str, Any]):
    """The instance's variables: a dict to edit, then :meth:`save` (all of them, replaced)."""

    def __init__(self, client: AsyncDSSClient, variables: Mapping[str, Any]) -> None:
        super().__init__(variables)
        self.client = client

    async def save(self) -> None:
        """Replace the instance's variables with this dict. (operation ``setGlobalVariables``)"""
        await self.client._requester.empty(
            instance_admin.set_global_variables.request_kwargs, body=json_body(dict(self))
        )


def _matches(rule: Any, filters: Mapping[str, Any]) -> bool:
    return is_object(rule) and all(rule.get(k) == v for k, v in filters.items() if v is not None)


def _checked(answer: Any, what: str) -> dict[str, Any]:
    """The answer of an operation that reports failures in ``messages.error``; raises on them."""
    if not is_object(answer):
        raise UnexpectedResponseError(f"{what}: DSS answered {type(answer).__name__} where an object was expected")
    messages = answer.get("messages")
    if is_object(messages) and messages.get("error"):
        raise OperationFailedError(what, messages)
    return answer
