# Derived from dssclient/aio/dssclient.py by scripts/unasync.py: do not edit.
"""The entry point: :class:`DSSClient`."""

from __future__ import annotations

import copy
import dataclasses
import json
import os
import ssl
import warnings
from collections.abc import Mapping, Sequence
from types import TracebackType
from typing import TYPE_CHECKING, Any, Literal, cast, overload

import httpx
from dssclient_generated.api import (
    api_keys,
    apps,
    catalog,
    clusters,
    code_envs,
    code_studio_templates,
    connections,
    data_quality,
    futures,
    groups,
    instance,
    instance_admin,
    jobs,
    meanings,
    notebooks,
    plugins,
    project_archives,
    project_folders,
    projects,
    resources,
    sql,
    users,
    workspaces,
)

from dssclient._auth import DSSAuth
from dssclient._config import (
    DEFAULT_MAX_JSON_BYTES,
    DEFAULT_TIMEOUT,
    CallOptions,
    ConnectionSettings,
    TimeoutTypes,
    checked_legacy_options,
    configured_instance,
)
from dssclient._paths import check_identifier
from dssclient._polling import PollingSchedule
from dssclient._retry import RetryPolicy
from dssclient._translate import hide_secret_paths_in_http_logs
from dssclient.dss.admin_common import DSSAuthorizationMatrix, DSSGlobalUsageSummary, DSSUserActivity
from dssclient.dss.utils import DSSInfoMessages, DSSInstanceInfo, as_list_items
from dssclient.errors import ConfigurationError, UnexpectedResponseError

from ._requester import Requester, json_body, multipart_body
from ._stream import DSSStream
from .dss._files import upload_file_name, upload_source, write_to_file
from .dss.admin import (
    DSSCluster,
    DSSCodeEnv,
    DSSCodeStudioTemplate,
    DSSCodeStudioTemplateListItem,
    DSSConnection,
    DSSConnectionListItem,
    DSSGeneralSettings,
    DSSGlobalApiKey,
    DSSGlobalApiKeyListItem,
    DSSGroup,
    DSSInstanceVariables,
    DSSOwnUser,
    DSSPersonalApiKey,
    DSSPersonalApiKeyListItem,
    DSSUser,
    _checked,
)
from .dss.apideployer import DSSAPIDeployer
from .dss.app import DSSApp, DSSAppListItem
from .dss.discussion import DSSObjectDiscussions
from .dss.feature_store import DSSFeatureStore
from .dss.future import DSSFuture
from .dss.job import DSSJob, DSSJobListItem
from .dss.meaning import DSSMeaning
from .dss.notebook import DSSNotebook
from .dss.plugin import DSSPlugin
from .dss.project import DSSProject, ListItems, Objects
from .dss.projectdeployer import DSSProjectDeployer
from .dss.projectfolder import DSSProjectFolder
from .dss.projectimport import PermissionsPropagationPolicy as _Policy
from .dss.projectimport import TemporaryImportHandle, policy_value
from .dss.sqlquery import DSSSQLQuery
from .dss.workspace import DSSWorkspace

if TYPE_CHECKING:
    from dssclient_generated.client import Client as GeneratedClient

    from dssclient.payloads import (
        AuthInfo,
        ClusterSummary,
        CodeEnvSummary,
        CodeEnvUsage,
        DataQualityProjectSummary,
        FutureState,
        GroupDefinition,
        LicensingStatus,
        LogFileList,
        MeaningDefinition,
        NotebookState,
        PersonalApiKey,
        PluginSummary,
        ProjectFromBundle,
        ProjectSummary,
        UserSettings,
        WorkspaceSettings,
    )

DEFAULT_BASE_PATH = "/public/api"

__all__ = ["DSSClient", "TemporaryImportHandle", "DSSInstanceInfo", "api_client"]


class DSSClient:
    """A connection to one DSS node, and the entry point to everything on it.

    ``DSSClient(host, api_key)`` takes the official client's parameters. The
    keyword-only ones are dssclient's own:

    :param timeout: seconds that a whole call may take: connecting, sending, reading
        the answer, every retry and every wait included (120 by default; connecting
        alone at most 10 of them). An ``httpx.Timeout`` sets each phase instead, the
        whole call being bounded by the largest. A timeout cannot be disabled.
    :param max_retries: retries of a request that failed on the way (see
        :class:`~dssclient.RetryPolicy`); ``retry_policy`` sets every knob.
    :param max_json_bytes: largest JSON answer read (256 MiB by default).
    :param future_polling: how :meth:`DSSFuture.wait_for_result` polls, by default.
    :param base_path: ``/public/api`` (documented) or ``/dip/publicapi`` (what the official client uses).
    :param transport: replaces the network (for tests: ``httpx.MockTransport``, ...).

    Use it as a context manager, or call :meth:`close`, to release its connections.
    """

    def __init__(
        self,
        host: str,
        api_key: str | None = None,
        internal_ticket: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        no_check_certificate: bool = False,
        client_certificate: str | tuple[str, str] | None = None,
        jwt_bearer_token: str | None = None,
        *,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int | None = None,
        retry_policy: RetryPolicy | None = None,
        max_json_bytes: int = DEFAULT_MAX_JSON_BYTES,
        future_polling: PollingSchedule | None = None,
        base_path: str = DEFAULT_BASE_PATH,
        transport: httpx.BaseTransport | None = None,
        **kwargs: Any,
    ) -> None:
        no_check_certificate = checked_legacy_options(type(self).__name__, no_check_certificate, kwargs)
        self.host = _checked_host(host)
        self._settings = ConnectionSettings(
            base_url=self.host + "/" + base_path.strip("/"),
            auth=DSSAuth.from_credentials(
                api_key=api_key, internal_ticket=internal_ticket, bearer_token=jwt_bearer_token
            ),
            verify=_tls_verification(no_check_certificate, client_certificate),
            headers=dict(extra_headers or {}),
        )
        options = CallOptions.create(timeout, max_retries, retry_policy, max_json_bytes)
        self.future_polling = future_polling if future_polling is not None else PollingSchedule()
        # Imported here: the network stack (httpcore, h11) loads with the first client, not on import.
        from ._transport import build_async_http_client

        self._http = build_async_http_client(self._settings, options, transport)
        self._owns_http = True
        self._requester = Requester(self._http, options)
        self._generated_client: GeneratedClient | None = None

    def __repr__(self) -> str:
        return f"{type(self).__name__}(host={self.host!r}, auth={self._settings.auth.scheme})"

    # -- lifecycle ----------------------------------------------------------------------------

    def close(self) -> None:
        """Release the connections (a client made by :meth:`with_options` leaves them to its parent)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> DSSClient:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def with_options(
        self,
        *,
        timeout: TimeoutTypes | None = None,
        max_retries: int | None = None,
        retry_policy: RetryPolicy | None = None,
        max_json_bytes: int | None = None,
    ) -> DSSClient:
        """A client like this one, with other call options, sharing its connections.

        For the one call that must wait longer or must not retry::

            client.with_options(timeout=600).get_project("BIG").delete()
            client.with_options(max_retries=0).create_project(...)

        The new client needs no closing: its connections are this client's.
        """
        clone = copy.copy(self)
        clone._requester = Requester(
            self._http, self._requester.options.updated(timeout, max_retries, retry_policy, max_json_bytes)
        )
        clone._owns_http = False
        return clone

    @property
    def generated_client(self) -> GeneratedClient:
        """The generated layer's client, wired to this client's connection.

        For the typed operations of ``dssclient_generated.api`` (attrs models) with the
        same credentials, timeouts, retries and typed error answers as the handles::

            from dssclient_generated.api.projects import get_project_settings
            settings = get_project_settings.sync("KEY", client=client.generated_client)
        """
        if self._generated_client is None:
            from dssclient_generated.client import Client

            generated = Client(base_url=self._settings.base_url)
            generated.set_httpx_client(self._http)
            self._generated_client = generated
        return self._generated_client

    # -- any endpoint, through the same pipeline ---------------------------------------------------

    def perform_json(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        body: Any = None,
        path_params: Mapping[str, Any] | None = None,
    ) -> Any:
        """Call any endpoint of the DSS API and return its decoded JSON answer (None if empty).

        For what the handles do not cover yet, with the same credentials, timeout,
        retries and typed errors. Write ``path`` as in the API reference, relative to the
        API base, with ``{name}`` placeholders for identifiers; each value of
        ``path_params`` is percent-encoded into its own segment::

            client.perform_json("GET", "/projects/{projectKey}/recipes/", path_params={"projectKey": key})
            client.perform_json("POST", "/projects/{projectKey}/actions/renameDataset",
                                path_params={"projectKey": key}, body={"oldName": "a", "newName": "b"})
        """
        request = self._requester.build_raw(method, path, params=params, body=body, path_params=path_params)
        return self._requester.send_json(request, required=False)

    def perform_stream(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        body: Any = None,
        path_params: Mapping[str, Any] | None = None,
    ) -> DSSStream:
        """Like :meth:`perform_json`, for an answer to read as a stream (a download). Close it."""
        request = self._requester.build_raw(method, path, params=params, body=body, path_params=path_params)
        return self._requester.send_stream(request)

    # -- futures -----------------------------------------------------------------------------

    @overload
    def list_futures(self, as_objects: Literal[False] = False, all_users: bool = False) -> list[FutureState]: ...

    @overload
    def list_futures(self, as_objects: Literal[True], all_users: bool = False) -> list[DSSFuture]: ...

    def list_futures(self, as_objects: bool = False, all_users: bool = False) -> list[DSSFuture] | list[FutureState]:
        """The running long tasks, other than scenario runs. (operation ``listFutures``)

        :param all_users: every user's tasks, not only the caller's (administrators only).
        """
        states: list[FutureState] = self._requester.json(
            futures.list_futures.request_kwargs, with_scenarios=False, with_not_scenarios=True, all_users=all_users
        )
        if as_objects:
            return [DSSFuture(self, state["jobId"], state) for state in states]
        return states

    def list_running_scenarios(self, all_users: bool = False) -> list[FutureState]:
        """The running scenario runs, each with a ``jobId`` and a scenario ``payload``. (operation ``listFutures``)"""
        states: list[FutureState] = self._requester.json(
            futures.list_futures.request_kwargs, with_scenarios=True, with_not_scenarios=False, all_users=all_users
        )
        return states

    def get_future(self, job_id: str) -> DSSFuture:
        """A handle on a long task (no call is made); its result's type is not known (``DSSFuture[Any]``)."""
        return DSSFuture(self, job_id)

    # -- projects ----------------------------------------------------------------------------

    def list_project_keys(self) -> list[str]:
        """The keys of the projects the caller may read. (operation ``listProjects``)"""
        return [project["projectKey"] for project in self.list_projects()]

    def list_projects(self, include_location: bool = False) -> list[ProjectSummary]:
        """The projects the caller may read, each a dict with at least ``projectKey``. (operation ``listProjects``)"""
        listed: list[ProjectSummary] = self._requester.json(
            projects.list_projects.request_kwargs, include_location=include_location
        )
        return listed

    def get_project(self, project_key: str) -> DSSProject:
        """A handle on a project (no call is made)."""
        return DSSProject(self, project_key)

    def create_project(
        self,
        project_key: str,
        name: str,
        owner: str,
        description: str | None = None,
        settings: dict[str, Any] | None = None,
        project_folder_id: str | None = None,
        permissions: list[dict[str, Any]] | None = None,
        tags: list[str] | None = None,
    ) -> DSSProject:
        """Create a project and return its handle. (operation ``createProject``)

        Needs an administrator's key, or the right to create projects. DSS accepts
        keys of letters, digits and underscores; a key that could never be addressed
        (``''``, ``'.'``, ``'..'``) is refused before anything is sent.
        """
        from dssclient_generated.types import UNSET

        check_identifier("project key", project_key)
        request: dict[str, Any] = {
            "projectKey": project_key,
            "name": name,
            "owner": owner,
            "permissions": permissions if permissions is not None else [],
            "tags": tags if tags is not None else [],
        }
        if description is not None:
            request["description"] = description
        if settings is not None:
            request["settings"] = settings
        self._requester.json_or_none(
            projects.create_project.request_kwargs,
            body=json_body(request),
            project_folder_id=project_folder_id if project_folder_id is not None else UNSET,
        )
        return DSSProject(self, project_key)

    # -- code studio templates -------------------------------------------------------------------

    @overload
    def list_code_studio_templates(self, as_type: ListItems = "listitems") -> list[DSSCodeStudioTemplateListItem]: ...

    @overload
    def list_code_studio_templates(self, as_type: Objects) -> list[DSSCodeStudioTemplate]: ...

    def list_code_studio_templates(
        self, as_type: ListItems | Objects = "listitems"
    ) -> list[DSSCodeStudioTemplateListItem] | list[DSSCodeStudioTemplate]:
        """The code studio templates of the instance (administrators only). (operation ``listCodeStudioTemplates``)"""
        list_items = as_list_items(as_type)
        items: list[dict[str, Any]] = self._requester.json(
            code_studio_templates.list_code_studio_templates.request_kwargs
        )
        if list_items:
            return [DSSCodeStudioTemplateListItem(self, item) for item in items]
        return [DSSCodeStudioTemplate(self, item["id"]) for item in items]

    def get_code_studio_template(self, template_id: str) -> DSSCodeStudioTemplate:
        """A handle on a code studio template (no call is made)."""
        return DSSCodeStudioTemplate(self, template_id)

    # -- administration: users and groups ----------------------------------------------------

    @overload
    def list_users(self, as_objects: Literal[False] = False, include_settings: bool = False) -> list[UserSettings]: ...

    @overload
    def list_users(self, as_objects: Literal[True], include_settings: bool = False) -> list[DSSUser]: ...

    def list_users(
        self, as_objects: bool = False, include_settings: bool = False
    ) -> list[DSSUser] | list[UserSettings]:
        """The users of the instance (administrators only). (operation ``listUsers``)

        :param include_settings: each user's whole settings rather than a summary.
        """
        listed: list[UserSettings] = self._requester.json(
            users.list_users.request_kwargs, include_settings=include_settings
        )
        if as_objects:
            # A listed user always has its login (the schema allows null, as in a user's creation).
            return [DSSUser(self, cast("str", user["login"])) for user in listed]
        return listed

    def get_user(self, login: str) -> DSSUser:
        """A handle on a user (no call is made)."""
        return DSSUser(self, login)

    def create_user(
        self,
        login: str,
        password: str | None,
        display_name: str = "",
        source_type: str = "LOCAL",
        groups: list[str] | None = None,
        profile: str = "DATA_SCIENTIST",
        email: str | None = None,
    ) -> DSSUser:
        """Create a user and return its handle (administrators only). (operation ``createUser``)

        :param password: None for users authenticated elsewhere (LDAP, SSO).
        :param groups: names of existing groups.
        :param profile: licence profile (``DATA_SCIENTIST``, ``DESIGNER``, ``READER``, ... per licence).
        """
        check_identifier("login", login)
        request = {
            "login": login,
            "password": password,
            "displayName": display_name,
            "sourceType": source_type,
            "groups": groups if groups is not None else [],
            "userProfile": profile,
            "email": email,
        }
        self._requester.json_or_none(users.create_user.request_kwargs, body=json_body(request))
        return DSSUser(self, login)

    def get_own_user(self) -> DSSOwnUser:
        """A handle on the user the client acts as (no call is made)."""
        return DSSOwnUser(self)

    def list_users_activity(self, enabled_users_only: bool = False) -> list[DSSUserActivity]:
        """When each user last logged in and was active (administrators only). (operation ``listUsersActivity``)"""
        listed: list[dict[str, Any]] = self._requester.json(
            users.list_users_activity.request_kwargs, enabled_users_only=enabled_users_only
        )
        return [DSSUserActivity(self, activity["login"], activity) for activity in listed]

    def get_authorization_matrix(self) -> DSSAuthorizationMatrix:
        """What every user and group may do (administrators only). (operation ``getAuthorizationMatrix``)"""
        return DSSAuthorizationMatrix(self._requester.json(users.get_authorization_matrix.request_kwargs))

    def list_groups(self) -> list[GroupDefinition]:
        """The groups of the instance, with their permissions (administrators only). (operation ``listGroups``)"""
        listed: list[GroupDefinition] = self._requester.json(groups.list_groups.request_kwargs)
        return listed

    def get_group(self, name: str) -> DSSGroup:
        """A handle on a group (no call is made)."""
        return DSSGroup(self, name)

    def create_group(self, name: str, description: str | None = None, source_type: str = "LOCAL") -> DSSGroup:
        """Create a group and return its handle (administrators only). (operation ``createGroup``)

        Its permissions are set by saving its definition (:meth:`DSSGroup.set_definition`).
        """
        check_identifier("group name", name)
        request = {"name": name, "description": description, "sourceType": source_type}
        self._requester.json_or_none(groups.create_group.request_kwargs, body=json_body(request))
        return DSSGroup(self, name)

    # -- administration: API keys ------------------------------------------------------------

    @overload
    def list_global_api_keys(self, as_type: Literal["listitems"] = "listitems") -> list[DSSGlobalApiKeyListItem]: ...

    @overload
    def list_global_api_keys(self, as_type: Literal["objects"]) -> list[DSSGlobalApiKey]: ...

    def list_global_api_keys(
        self, as_type: Literal["listitems", "objects"] = "listitems"
    ) -> list[DSSGlobalApiKeyListItem] | list[DSSGlobalApiKey]:
        """The global API keys (administrators only). (operation ``listGlobalApiKeys``)

        Where secure API keys are enabled the listing has no secrets, and ``objects``
        fails (KeyError): use the items' ids.
        """
        _key_listing(as_type)
        listed: list[dict[str, Any]] = self._requester.json(api_keys.list_global_api_keys.request_kwargs)
        if as_type == "listitems":
            return [DSSGlobalApiKeyListItem(self, item) for item in listed]
        return [DSSGlobalApiKey(self, item["key"], item["id"]) for item in listed]

    def get_global_api_key(self, key: str) -> DSSGlobalApiKey:
        """Deprecated since DSS 13: use :meth:`get_global_api_key_by_id`. (operation ``getGlobalApiKeyBySecret``)

        Finds a global key from its secret, which travels in the URL (dssclient keeps it out
        of its errors and logs; proxies may not). An unknown secret is not found.
        """
        hide_secret_paths_in_http_logs()
        definition = self._requester.json(api_keys.get_global_api_key_by_secret.request_kwargs, key)
        return DSSGlobalApiKey(self, key, definition["id"])

    def get_global_api_key_by_id(self, id_: str) -> DSSGlobalApiKey:
        """A handle on a global key, read from its id. (operation ``getGlobalApiKey``)"""
        definition = self._requester.json(api_keys.get_global_api_key.request_kwargs, id_)
        return DSSGlobalApiKey(self, definition.get("key", ""), id_)

    def create_global_api_key(
        self, label: str | None = None, description: str | None = None, admin: bool = False
    ) -> DSSGlobalApiKey:
        """Create a global API key; the handle's ``key`` is its secret (administrators only).

        The key works at once. (operation ``createGlobalApiKey``)
        """
        request = {"label": label, "description": description, "globalPermissions": {"admin": admin}}
        return self._create_global_api_key(request)

    def create_global_api_key_with_groups(
        self, label: str | None = None, description: str | None = None, groups: list[str] | None = None
    ) -> DSSGlobalApiKey:
        """Create a global API key that gets its groups' permissions (administrators only).

        (operation ``createGlobalApiKey``)
        """
        request = {"label": label, "description": description, "groups": groups if groups is not None else []}
        return self._create_global_api_key(request)

    def _create_global_api_key(self, request: dict[str, Any]) -> DSSGlobalApiKey:
        created = _checked_key(
            self._requester.json(api_keys.create_global_api_key.request_kwargs, body=json_body(request))
        )
        return DSSGlobalApiKey(self, created.get("key", ""), created["id"])

    @overload
    def list_personal_api_keys(
        self, as_type: Literal["listitems"] = "listitems"
    ) -> list[DSSPersonalApiKeyListItem]: ...

    @overload
    def list_personal_api_keys(self, as_type: Literal["objects"]) -> list[DSSPersonalApiKey]: ...

    def list_personal_api_keys(
        self, as_type: Literal["listitems", "objects"] = "listitems"
    ) -> list[DSSPersonalApiKeyListItem] | list[DSSPersonalApiKey]:
        """The personal API keys of the user the client acts as. (operation ``listPersonalApiKeys``)"""
        _key_listing(as_type)
        listed: list[dict[str, Any]] = self._requester.json(api_keys.list_personal_api_keys.request_kwargs)
        return self._personal_keys(listed, as_type)

    def get_personal_api_key(self, id: str) -> DSSPersonalApiKey:  # noqa: A002 - the official client's name
        """A handle on a personal API key, from its id (no call is made)."""
        return DSSPersonalApiKey(self, "", id)

    @overload
    def create_personal_api_key(
        self, label: str = "", description: str = "", *, as_type: Literal["object"]
    ) -> DSSPersonalApiKey: ...

    @overload
    def create_personal_api_key(
        self, label: str = "", description: str = "", as_type: Literal["dict"] = "dict"
    ) -> PersonalApiKey: ...

    @overload
    def create_personal_api_key(
        self, label: str = "", description: str = "", *, as_type: str
    ) -> DSSPersonalApiKey | PersonalApiKey: ...

    def create_personal_api_key(
        self, label: str = "", description: str = "", as_type: str = "dict"
    ) -> DSSPersonalApiKey | PersonalApiKey:
        """Create a personal API key of the calling user, which works at once. (operation ``createPersonalApiKey``)

        :param as_type: ``"dict"`` (the definition, its ``key`` the secret) or ``"object"`` (a handle).
        """
        request = {"label": label, "description": description}
        created = _checked_key(
            self._requester.json(api_keys.create_personal_api_key.request_kwargs, body=json_body(request))
        )
        if as_type == "object":
            return DSSPersonalApiKey(self, created.get("key", ""), created["id"])
        return cast("PersonalApiKey", created)

    @overload
    def list_all_personal_api_keys(
        self, as_type: Literal["listitems"] = "listitems"
    ) -> list[DSSPersonalApiKeyListItem]: ...

    @overload
    def list_all_personal_api_keys(self, as_type: Literal["objects"]) -> list[DSSPersonalApiKey]: ...

    def list_all_personal_api_keys(
        self, as_type: Literal["listitems", "objects"] = "listitems"
    ) -> list[DSSPersonalApiKeyListItem] | list[DSSPersonalApiKey]:
        """Every user's personal API keys (administrators only). (operation ``listAllPersonalApiKeys``)"""
        _key_listing(as_type)
        listed: list[dict[str, Any]] = self._requester.json(api_keys.list_all_personal_api_keys.request_kwargs)
        return self._personal_keys(listed, as_type)

    @overload
    def create_personal_api_key_for_user(
        self, user: str, label: str = "", description: str = "", as_type: Literal["object"] = "object"
    ) -> DSSPersonalApiKey: ...

    @overload
    def create_personal_api_key_for_user(
        self, user: str, label: str = "", description: str = "", *, as_type: Literal["dict"]
    ) -> PersonalApiKey: ...

    @overload
    def create_personal_api_key_for_user(
        self, user: str, label: str = "", description: str = "", *, as_type: str
    ) -> DSSPersonalApiKey | PersonalApiKey: ...

    def create_personal_api_key_for_user(
        self, user: str, label: str = "", description: str = "", as_type: str = "object"
    ) -> DSSPersonalApiKey | PersonalApiKey:
        """A new personal API key acting as ``user`` (administrators only). (operation ``createPersonalApiKeyForUser``)

        :param as_type: ``"object"`` (a handle, its ``key`` the secret) or ``"dict"``.
        """
        request = {"user": user, "label": label, "description": description}
        created = _checked_key(
            self._requester.json(api_keys.create_personal_api_key_for_user.request_kwargs, body=json_body(request))
        )
        if as_type == "object":
            return DSSPersonalApiKey(self, created.get("key", ""), created["id"])
        return cast("PersonalApiKey", created)

    def _personal_keys(
        self, listed: list[dict[str, Any]], as_type: str
    ) -> list[DSSPersonalApiKeyListItem] | list[DSSPersonalApiKey]:
        if as_type == "listitems":
            return [DSSPersonalApiKeyListItem(self, item) for item in listed]
        return [DSSPersonalApiKey(self, item.get("key", ""), item["id"]) for item in listed]

    # -- administration: connections, code envs, clusters ----------------------------------------

    @overload
    def list_connections(
        self, as_type: Literal["dictitems", "dictitem"] = "dictitems"
    ) -> dict[str, DSSConnectionListItem]: ...

    @overload
    def list_connections(self, as_type: ListItems) -> list[DSSConnectionListItem]: ...

    @overload
    def list_connections(self, as_type: Objects) -> list[DSSConnection]: ...

    def list_connections(
        self, as_type: Literal["dictitems", "dictitem"] | ListItems | Objects = "dictitems"
    ) -> dict[str, DSSConnectionListItem] | list[DSSConnectionListItem] | list[DSSConnection]:
        """The connections (administrators only), by name, as items or as handles. (operation ``listConnections``)"""
        if as_type not in ("dictitems", "dictitem"):
            as_list_items(as_type)  # refuses an unknown as_type before anything is sent
        by_name: dict[str, dict[str, Any]] = self._requester.json(connections.list_connections.request_kwargs)
        if as_type in ("dictitems", "dictitem"):
            return {name: DSSConnectionListItem(self, item) for name, item in by_name.items()}
        if as_list_items(as_type):
            return [DSSConnectionListItem(self, item) for item in by_name.values()]
        return [DSSConnection(self, name) for name in by_name]

    def list_connections_names(self, connection_type: str) -> list[str]:
        """The names of the connections of one type the caller may use (``"all"``: of every type).

        Needs no administrator rights: a user sees the connections usable by everyone or by
        one of their groups. (operation ``listConnectionsNames``)
        """
        names: list[str] = self._requester.json(
            connections.list_connections_names.request_kwargs, type_=connection_type
        )
        return names

    def get_connection(self, name: str) -> DSSConnection:
        """A handle on a connection (no call is made)."""
        return DSSConnection(self, name)

    def create_connection(
        self,
        name: str,
        type: str,  # noqa: A002 - the official client's parameter name
        params: dict[str, Any] | None = None,
        usable_by: str = "ALL",
        allowed_groups: list[str] | None = None,
        description: str | None = None,
    ) -> DSSConnection:
        """Create a connection and return its handle (administrators only). (operation ``createConnection``)

        :param usable_by: ``ALL``, or ``ALLOWED`` for the ``allowed_groups`` only.
        """
        check_identifier("connection name", name)
        request = {
            "name": name,
            "description": description,
            "type": type,
            "params": params if params is not None else {},
            "usableBy": usable_by,
            "allowedGroups": allowed_groups if allowed_groups is not None else [],
        }
        self._requester.json_or_none(connections.create_connection.request_kwargs, body=json_body(request))
        return DSSConnection(self, name)

    @overload
    def list_code_envs(self, as_objects: Literal[False] = False) -> list[CodeEnvSummary]: ...

    @overload
    def list_code_envs(self, as_objects: Literal[True]) -> list[DSSCodeEnv]: ...

    def list_code_envs(self, as_objects: bool = False) -> list[DSSCodeEnv] | list[CodeEnvSummary]:
        """The code envs the caller may manage, each with ``envLang`` and ``envName``. (operation ``listCodeEnvs``)"""
        listed: list[CodeEnvSummary] = self._requester.json(code_envs.list_code_envs.request_kwargs)
        if as_objects:
            return [DSSCodeEnv(self, env["envLang"], env["envName"]) for env in listed]
        return listed

    def get_code_env(self, env_lang: str, env_name: str) -> DSSCodeEnv:
        """A handle on a code env (no call is made)."""
        return DSSCodeEnv(self, env_lang, env_name)

    @overload
    def create_code_env(
        self,
        env_lang: str,
        env_name: str,
        deployment_mode: str,
        params: dict[str, Any] | None = None,
        wait: Literal[True] = True,
    ) -> DSSCodeEnv: ...

    @overload
    def create_code_env(
        self,
        env_lang: str,
        env_name: str,
        deployment_mode: str,
        params: dict[str, Any] | None = None,
        *,
        wait: Literal[False],
    ) -> DSSFuture: ...

    def create_code_env(
        self,
        env_lang: str,
        env_name: str,
        deployment_mode: str,
        params: dict[str, Any] | None = None,
        wait: bool = True,
    ) -> DSSCodeEnv | DSSFuture:
        """Create and build a code env (needs the right to create code envs). (operation ``createCodeEnv``)

        :param env_lang: ``PYTHON`` or ``R``.
        :param deployment_mode: ``DESIGN_MANAGED``, ``DESIGN_NON_MANAGED``, ``AUTOMATION_SINGLE``, ...
        :param params: more settings: ``pythonInterpreter``, ``installCorePackages``, ``specPackageList``, ...
        :param wait: answer once built (a failed build raises :class:`OperationFailedError`), or
            return the build's future. Waiting counts against the call's timeout: for long builds
            use ``wait=False``, or ``client.with_options(timeout=...)``.
        """
        check_identifier("code env name", env_name)
        request = dict(params or {})
        request["deploymentMode"] = deployment_mode
        answer = self._requester.json(
            code_envs.create_code_env.request_kwargs, env_lang, env_name, body=json_body(request), wait=wait
        )
        outcome = _checked(answer, f"Creating code env {env_lang}/{env_name}")
        if not wait:
            return DSSFuture.from_resp(self, outcome)
        return DSSCodeEnv(self, env_lang, env_name)

    def list_code_env_usages(self) -> list[CodeEnvUsage]:
        """Every use of every code env (administrators only). (operation ``listCodeEnvUsages``)"""
        usages: list[CodeEnvUsage] = self._requester.json(code_envs.list_code_env_usages.request_kwargs)
        return usages

    def list_clusters(self) -> list[ClusterSummary]:
        """The clusters the caller may see: ``id``, ``name``, ``type``, ``state``. (operation ``listClusters``)"""
        listed: list[ClusterSummary] = self._requester.json(clusters.list_clusters.request_kwargs)
        return listed

    def get_cluster(self, cluster_id: str) -> DSSCluster:
        """A handle on a cluster (no call is made)."""
        return DSSCluster(self, cluster_id)

    def create_cluster(
        self,
        cluster_name: str,
        cluster_type: str = "manual",
        params: dict[str, Any] | None = None,
        cluster_architecture: str = "HADOOP",
    ) -> DSSCluster:
        """Declare a cluster (not started) and return its handle. (operation ``createCluster``)

        :param cluster_type: ``manual`` (attached to, not managed) or a plugin's cluster type.
        :param cluster_architecture: ``HADOOP`` or ``KUBERNETES``.
        """
        request = {
            "name": cluster_name,
            "type": cluster_type,
            "architecture": cluster_architecture,
            "params": params if params is not None else {},
        }
        created = _checked(
            self._requester.json(clusters.create_cluster.request_kwargs, body=json_body(request)),
            f"Creating cluster {cluster_name}",
        )
        return DSSCluster(self, created["id"])

    # -- administration: the instance --------------------------------------------------------

    def get_variables(self) -> DSSInstanceVariables:
        """Deprecated: use :meth:`get_global_variables`. (operation ``getGlobalVariables``)"""
        warnings.warn("get_variables is deprecated, use get_global_variables", DeprecationWarning, stacklevel=2)
        return self.get_global_variables()

    def get_global_variables(self) -> DSSInstanceVariables:
        """The instance's variables, to edit and save (administrators only). (operation ``getGlobalVariables``)

        Code run by any user can read them: keep no secret there.
        """
        return DSSInstanceVariables(self, self._requester.json(instance_admin.get_global_variables.request_kwargs))

    def set_variables(self, variables: dict[str, Any]) -> None:
        """Deprecated: use :meth:`get_global_variables` and save. Replace all the variables.

        (operation ``setGlobalVariables``)
        """
        warnings.warn(
            "set_variables is deprecated, use get_global_variables().save()", DeprecationWarning, stacklevel=2
        )
        DSSInstanceVariables(self, variables).save()

    def get_resolved_variables(self, project_key: str | None = None, typed: bool = False) -> dict[str, Any]:
        """The variables a project's code sees: the instance's, then the project's. (operation ``getResolvedVariables``)

        :param project_key: the project; by default the one DSS runs the code in
            (``DKU_CURRENT_PROJECT_KEY``), as inside DSS.
        :param typed: keep the values' JSON types (else each value is text).
        """
        if project_key is None:
            project_key = os.environ.get("DKU_CURRENT_PROJECT_KEY")
            if not project_key:
                raise ValueError("no project_key given, and no current project (DKU_CURRENT_PROJECT_KEY is not set)")
        resolved: dict[str, Any] = self._requester.json(
            instance_admin.get_resolved_variables.request_kwargs, project_key, typed=typed
        )
        return resolved

    def get_general_settings(self) -> DSSGeneralSettings:
        """The instance's general settings, to edit and save (administrators). (operation ``getGeneralSettings``)"""
        return DSSGeneralSettings(self, self._requester.json(instance_admin.get_general_settings.request_kwargs))

    def list_logs(self) -> LogFileList:
        """The instance's log files: ``{"logs": [{"name", "totalSize", "lastModified"}]}``. (operation ``listLogs``)"""
        logs: LogFileList = self._requester.json(instance_admin.list_logs.request_kwargs)
        return logs

    def get_log(self, name: str) -> str:
        """The whole content of a log file (administrators only). (operation ``getLog``)"""
        content: str = self._requester.json(instance_admin.get_log.request_kwargs, name)
        return content

    def log_custom_audit(self, custom_type: str, custom_params: dict[str, Any] | None = None) -> None:
        """Record an audit trail entry (``customMsgType``, ``customMsgParams``). (operation ``logCustomAudit``)"""
        self._requester.empty(
            instance_admin.log_custom_audit.request_kwargs,
            custom_type,
            body=json_body(custom_params if custom_params is not None else {}),
        )

    def get_global_usage_summary(self, with_per_project: bool = False) -> DSSGlobalUsageSummary:
        """How many projects, datasets, recipes... the instance has. (operation ``getGlobalUsageSummary``)"""
        data = self._requester.json(
            instance_admin.get_global_usage_summary.request_kwargs, with_per_project=with_per_project
        )
        return DSSGlobalUsageSummary(data)

    def get_licensing_status(self) -> LicensingStatus:
        """The licence in force and its use per profile (administrators only). (operation ``getLicensingStatus``)"""
        status: LicensingStatus = self._requester.json(instance_admin.get_licensing_status.request_kwargs)
        return status

    def set_license(self, license: str) -> None:  # noqa: A002 - the official client's name
        """Install a licence: the content of a licence file, JSON text. (operation ``setLicense``)

        Text that is not JSON raises ``ValueError`` before anything is sent.
        """
        self._requester.empty(instance_admin.set_license.request_kwargs, body=json_body(json.loads(license)))

    @overload
    def perform_instance_sanity_check(
        self, exclusion_list: Sequence[str] = (), wait: Literal[True] = True
    ) -> DSSInfoMessages: ...

    @overload
    def perform_instance_sanity_check(
        self, exclusion_list: Sequence[str] = (), *, wait: Literal[False]
    ) -> DSSFuture[DSSInfoMessages]: ...

    def perform_instance_sanity_check(
        self, exclusion_list: Sequence[str] = (), wait: bool = True
    ) -> DSSInfoMessages | DSSFuture[DSSInfoMessages]:
        """Check the instance for problems (administrators only). (operation ``runSanityCheck``)

        :param exclusion_list: codes to leave out, as :meth:`get_sanity_check_codes` lists them.
        :returns: the problems found, or (``wait=False``) the check's future.
        """
        state = self._requester.json(instance_admin.run_sanity_check.request_kwargs, body=list(exclusion_list))
        future = DSSFuture.from_resp(self, state, result_wrapper=DSSInfoMessages)
        if wait:
            return future.wait_for_result()
        return future

    def get_sanity_check_codes(self) -> list[str]:
        """The codes of the problems the sanity check reports (administrators). (operation ``getSanityCheckCodes``)"""
        codes: list[str] = self._requester.json(instance_admin.get_sanity_check_codes.request_kwargs)
        return codes

    def push_base_images(self) -> DSSFuture:
        """Start pushing the containerized execution base images. (operation ``pushBaseImages``)"""
        return DSSFuture.from_resp(self, self._requester.json(instance_admin.push_base_images.request_kwargs))

    def apply_kubernetes_namespaces_policies(self) -> DSSFuture:
        """Start applying the Kubernetes namespaces policies. (operation ``applyKubernetesPolicies``)"""
        return DSSFuture.from_resp(self, self._requester.json(instance_admin.apply_kubernetes_policies.request_kwargs))

    def get_auth_info_from_browser_headers(
        self, headers_dict: Mapping[str, str], with_secrets: bool = False
    ) -> AuthInfo:
        """Who a browser's request authenticates as, from its headers (webapp backends).

        (operation ``getAuthInfoFromBrowserHeaders``)
        """
        info: AuthInfo = self._requester.json(
            instance_admin.get_auth_info_from_browser_headers.request_kwargs,
            body=json_body(dict(headers_dict)),
            with_secrets=with_secrets,
        )
        return info

    def get_ticket_from_browser_headers(self, headers_dict: Mapping[str, str]) -> str:
        """An API ticket acting as the user behind a browser's request (webapp backends).

        Send it as the ``X-DKU-APITicket`` header (``DSSClient(host, internal_ticket=...)``).
        (operation ``getTicketFromBrowserHeaders``)
        """
        answer = self._requester.json(
            instance_admin.get_ticket_from_browser_headers.request_kwargs, body=json_body(dict(headers_dict))
        )
        ticket: str = answer["msg"]
        return ticket

    def _with_extra_headers(self, headers: Mapping[str, str]) -> DSSClient:
        """A client like this one sending these headers too, on connections of its own (close it)."""
        clone = copy.copy(self)
        clone._settings = dataclasses.replace(self._settings, headers={**self._settings.headers, **headers})
        from ._transport import build_async_http_client

        clone._http = build_async_http_client(clone._settings, self._requester.options)
        clone._owns_http = True
        clone._requester = Requester(clone._http, self._requester.options)
        clone._generated_client = None
        return clone

    # -- API Deployer ------------------------------------------------------------------------

    def get_apideployer(self) -> DSSAPIDeployer:
        """The API Deployer: infrastructures, published services, deployments (no call is made)."""
        return DSSAPIDeployer(self)

    # -- jobs --------------------------------------------------------------------------------

    @overload
    def list_running_jobs(self, as_type: ListItems = "listitems", all_users: bool = True) -> list[DSSJobListItem]: ...

    @overload
    def list_running_jobs(self, as_type: Objects, all_users: bool = True) -> list[DSSJob]: ...

    def list_running_jobs(
        self, as_type: ListItems | Objects = "listitems", all_users: bool = True
    ) -> list[DSSJobListItem] | list[DSSJob]:
        """The jobs not over yet, of every project the caller may read, or only the caller's.

        (operation ``listInstanceRunningJobs``)
        """
        list_items = as_list_items(as_type)
        items = [
            DSSJobListItem(self, item)
            for item in self._requester.json(jobs.list_instance_running_jobs.request_kwargs, all_users=all_users)
        ]
        return items if list_items else [item.to_job() for item in items]

    # -- instance ------------------------------------------------------------------------------

    def get_instance_info(self) -> DSSInstanceInfo:
        """The node's identity and type. (operation ``getInstanceInfo``)"""
        return DSSInstanceInfo(self._requester.json(instance.get_instance_info.request_kwargs))

    def get_auth_info(self, with_secrets: bool = False) -> AuthInfo:
        """Who the credentials authenticate as (``authIdentifier``, ``groups``...). (operation ``getAuthInfo``)

        :param with_secrets: also return the user's secrets. They are then in
            the returned dict: do not log it.
        """
        info: AuthInfo = self._requester.json(instance.get_auth_info.request_kwargs, with_secrets=with_secrets)
        return info

    def get_scoring_libs_stream(self) -> DSSStream:
        """The scoring libraries jar, as a stream read as it arrives. Close it. (operation ``getScoringLibsJar``)"""
        return self._requester.stream(resources.get_scoring_libs_jar.request_kwargs)

    # -- instance content: SQL, plugins, project folders and archives, apps, meanings, ... -------

    def sql_query(
        self,
        query: str,
        connection: str | None = None,
        database: str | None = None,
        dataset_full_name: str | None = None,
        pre_queries: list[str] | None = None,
        post_queries: list[str] | None = None,
        type: str = "sql",  # noqa: A002 - the official client's parameter name
        extra_conf: dict[str, Any] | None = None,
        script_steps: Any = None,
        script_input_schema: Any = None,
        script_output_schema: Any = None,
        script_report_location: Any = None,
        read_timestamp_without_timezone_as_string: bool = True,
        read_date_as_string: bool = False,
        project_key: str | None = None,
        datetimenotz_read_mode: str = "AS_IS",
        dateonly_read_mode: str = "AS_IS",
    ) -> DSSSQLQuery:
        """Run a query on a connection and return it, to read its rows. (operation ``startSqlQuery``)

        Give one of ``connection`` (an SQL connection's name), ``dataset_full_name``
        (``PROJECTKEY.dataset``: the query runs on that dataset's connection) or
        ``database`` (Hive, Impala, with ``type``). The query runs in a session of its
        own: ``pre_queries`` run before it, ``post_queries`` after its rows were read
        (``["COMMIT"]`` keeps what it wrote). A query the database refuses raises here;
        then read :meth:`~DSSSQLQuery.iter_rows` and call :meth:`~DSSSQLQuery.verify`.
        """
        request = {
            "query": query,
            "preQueries": pre_queries,
            "postQueries": post_queries,
            "connection": connection,
            "database": database,
            "datasetFullName": dataset_full_name,
            "projectKey": project_key,
            "type": type,
            "extraConf": extra_conf if extra_conf is not None else {},
            "scriptSteps": script_steps,
            "scriptInputSchema": script_input_schema,
            "scriptOutputSchema": script_output_schema,
            "scriptReportLocation": script_report_location,
            "datetimenotzReadMode": datetimenotz_read_mode,
            "dateonlyReadMode": dateonly_read_mode,
            "readTimestampWithoutTimezoneAsString": read_timestamp_without_timezone_as_string,
            "readDateAsString": read_date_as_string,
        }
        session = self._requester.json(sql.start_sql_query.request_kwargs, body=json_body(request))
        return DSSSQLQuery(self, session)

    # Plugins.

    def list_plugins(self) -> list[PluginSummary]:
        """The installed plugins, each a dict with ``id``, ``version``, ``meta``, ... (operation ``listPlugins``)"""
        listed: list[PluginSummary] = self._requester.json(plugins.list_plugins.request_kwargs)
        return listed

    def download_plugin_stream(self, plugin_id: str) -> DSSStream:
        """A plugin's archive, a stream read as it arrives. Close it. (operation ``downloadPlugin``)"""
        return self._requester.stream(plugins.download_plugin.request_kwargs, plugin_id)

    def download_plugin_to_file(self, plugin_id: str, path: str | os.PathLike[str]) -> None:
        """Write a plugin's archive into ``path``, as it arrives; a failed download leaves ``path``
        as it was. (operation ``downloadPlugin``)"""
        write_to_file(self.download_plugin_stream(plugin_id), path)

    def install_plugin_from_archive(self, fp: Any) -> None:
        """Install a plugin from its zip archive, a binary file or bytes sent as read.

        (operation ``installPluginFromZip``)

        The archive's ``plugin.json`` names the plugin; an archive that is not a plugin,
        or a plugin already installed, is refused and nothing is installed.
        """
        with upload_source(fp, "DSSClient.install_plugin_from_archive") as content:
            body = multipart_body(file=(upload_file_name(fp), content))
            self._requester.json(plugins.install_plugin_from_zip.request_kwargs, body=body)

    def start_install_plugin_from_archive(self, fp: Any) -> DSSFuture:
        """Like :meth:`install_plugin_from_archive`, as a long task. (operation ``startInstallPluginFromZip``)"""
        with upload_source(fp, "DSSClient.start_install_plugin_from_archive") as content:
            body = multipart_body(file=(upload_file_name(fp), content))
            state = self._requester.json(plugins.start_install_plugin_from_zip.request_kwargs, body=body)
        return DSSFuture.from_resp(self, state)

    def install_plugin_from_store(self, plugin_id: str) -> DSSFuture:
        """Install a plugin of the Dataiku plugin store, as a long task. (operation ``installPluginFromStore``)"""
        state = self._requester.json(
            plugins.install_plugin_from_store.request_kwargs, body=json_body({"pluginId": plugin_id})
        )
        return DSSFuture.from_resp(self, state)

    def install_plugin_from_git(
        self, repository_url: str, checkout: str = "master", subpath: str | None = None
    ) -> DSSFuture:
        """Install a plugin from a Git repository DSS can reach, as a long task. (operation ``installPluginFromGit``)

        ``subpath`` is the folder of the repository holding ``plugin.json``.
        """
        body = {"gitRepositoryUrl": repository_url, "gitCheckout": checkout, "gitSubpath": subpath}
        state = self._requester.json(plugins.install_plugin_from_git.request_kwargs, body=json_body(body))
        return DSSFuture.from_resp(self, state)

    def get_plugin(self, plugin_id: str) -> DSSPlugin:
        """A handle on an installed plugin (no call is made)."""
        return DSSPlugin(self, plugin_id)

    # Project folders, the default project, bundles and project imports.

    PermissionsPropagationPolicy = _Policy

    def get_root_project_folder(self) -> DSSProjectFolder:
        """The root of the project folder tree. (operation ``getProjectFolder``)"""
        return self.get_project_folder("ROOT")

    def get_project_folder(self, project_folder_id: str) -> DSSProjectFolder:
        """A project folder, read. (operation ``getProjectFolder``)"""
        data = self._requester.json(project_folders.get_project_folder.request_kwargs, project_folder_id)
        return DSSProjectFolder(self, data)

    def get_default_project(self) -> DSSProject:
        """The project that the code calling this runs in, inside DSS (no call is made).

        DSS names it in the environment of the code it runs (``DKU_CURRENT_PROJECT_KEY``);
        outside DSS there is none, and this raises :class:`ConfigurationError`.
        """
        project_key = os.environ.get("DKU_CURRENT_PROJECT_KEY")
        if not project_key:
            raise ConfigurationError(
                "no default project: this code does not run inside DSS (DKU_CURRENT_PROJECT_KEY is not set)"
            )
        return DSSProject(self, project_key)

    def create_project_from_bundle_local_archive(
        self,
        archive_path: str,
        project_folder: DSSProjectFolder | None = None,
        permissions_propagation_policy: _Policy | str = _Policy.NONE,
        fail_on_missing_users_or_groups: bool = True,
    ) -> ProjectFromBundle:
        """Create a project from a bundle archive on the DSS node's disk (automation nodes).

        (operation ``createProjectFromBundleArchivePath``)

        ``archive_path`` is made absolute here, and read by the DSS node: it must be a
        path on that machine. The project gets the bundle imported; activate it with
        :meth:`DSSProject.activate_bundle`.
        """
        from dssclient_generated.types import UNSET

        created: ProjectFromBundle = self._requester.json(
            project_archives.create_project_from_bundle_archive_path.request_kwargs,
            archive_path=os.path.abspath(archive_path),
            permissions_propagation_policy=policy_value(permissions_propagation_policy),
            fail_on_missing_users_or_groups=fail_on_missing_users_or_groups,
            project_folder_id=project_folder.id if project_folder is not None else UNSET,
        )
        return created

    def create_project_from_bundle_archive(
        self,
        fp: Any,
        project_folder: DSSProjectFolder | None = None,
        permissions_propagation_policy: _Policy | str = _Policy.NONE,
        fail_on_missing_users_or_groups: bool = True,
    ) -> ProjectFromBundle:
        """Create a project from an uploaded bundle archive (automation nodes). (operation ``createProjectFromBundle``)

        ``fp`` is a binary file object or bytes.
        The archive is sent as it is read. The project gets the bundle imported;
        activate it with :meth:`DSSProject.activate_bundle`.
        """
        from dssclient_generated.types import UNSET

        with upload_source(fp, "DSSClient.create_project_from_bundle_archive") as content:
            created: ProjectFromBundle = self._requester.json(
                project_archives.create_project_from_bundle.request_kwargs,
                body=multipart_body(file=(upload_file_name(fp), content)),
                permissions_propagation_policy=policy_value(permissions_propagation_policy),
                fail_on_missing_users_or_groups=fail_on_missing_users_or_groups,
                project_folder_id=project_folder.id if project_folder is not None else UNSET,
            )
        return created

    def prepare_project_import(self, f: Any) -> TemporaryImportHandle:
        """Upload a project archive to import (design nodes). (operation ``uploadProjectImport``)

        ``f`` is a binary file object, bytes, or a stream of dssclient such as
        :meth:`DSSProject.get_export_stream`'s; it is sent as it is read. Then
        :meth:`~TemporaryImportHandle.execute` the import.
        """
        with upload_source(f, "DSSClient.prepare_project_import") as content:
            body = multipart_body(file=("tmp-import.zip", content))
            prepared = self._requester.json(project_archives.upload_project_import.request_kwargs, body=body)
        return TemporaryImportHandle(self, prepared["id"])

    def get_projectdeployer(self) -> DSSProjectDeployer:
        """The project deployer of this node (deployer nodes, and design nodes' local one); no call is made."""
        return DSSProjectDeployer(self)

    # Notebooks, apps, meanings, workspaces, discussions, feature store, catalog.

    @overload
    def list_running_notebooks(self, as_objects: Literal[True] = True) -> list[DSSNotebook]: ...

    @overload
    def list_running_notebooks(self, as_objects: Literal[False]) -> list[NotebookState]: ...

    def list_running_notebooks(self, as_objects: bool = True) -> list[DSSNotebook] | list[NotebookState]:
        """The Jupyter notebooks with running sessions, of every project (administrators).

        (operation ``listRunningNotebooks``)
        """
        listed: list[NotebookState] = self._requester.json(notebooks.list_running_notebooks.request_kwargs)
        if as_objects:
            return [
                DSSNotebook(self, item["projectKey"], item["name"], cast("dict[str, Any]", item)) for item in listed
            ]
        return listed

    @overload
    def list_apps(self, as_type: ListItems = "listitems") -> list[DSSAppListItem]: ...

    @overload
    def list_apps(self, as_type: Objects) -> list[DSSApp]: ...

    def list_apps(self, as_type: ListItems | Objects = "listitems") -> list[DSSAppListItem] | list[DSSApp]:
        """The apps, as list items (dicts with ``appId``, ``label``, ...) or handles. (operation ``listApps``)"""
        list_items = as_list_items(as_type)
        items: list[dict[str, Any]] = self._requester.json(apps.list_apps.request_kwargs)
        if list_items:
            return [DSSAppListItem(self, item) for item in items]
        return [DSSApp(self, item["appId"]) for item in items]

    def get_app(self, app_id: str) -> DSSApp:
        """A handle on an app, ``PROJECT_<projectKey>`` for one made from a project (no call is made)."""
        return DSSApp(self, app_id)

    def list_meanings(self) -> list[MeaningDefinition]:
        """The user-defined meanings, each its definition. (operation ``listMeanings``)"""
        listed: list[MeaningDefinition] = self._requester.json(meanings.list_meanings.request_kwargs)
        return listed

    def get_meaning(self, id: str) -> DSSMeaning:  # noqa: A002 - the official client's parameter name
        """A handle on a user-defined meaning (no call is made)."""
        return DSSMeaning(self, id)

    def create_meaning(
        self,
        id: str,  # noqa: A002 - the official client's parameter name
        label: str,
        type: str,  # noqa: A002 - the official client's parameter name
        description: str | None = None,
        values: list[Any] | None = None,
        mappings: list[dict[str, Any]] | None = None,
        pattern: str | None = None,
        normalizationMode: str | None = None,  # noqa: N803 - the official client's parameter name
        detectable: bool = False,
    ) -> DSSMeaning:
        """Create a meaning and return its handle (administrators). (operation ``createMeaning``)

        ``type``: ``DECLARATIVE``, ``VALUES_LIST`` (``values``: texts or ``{"value", "color"}``),
        ``VALUES_MAPPING`` (``mappings``: ``{"from", "to"}``) or ``PATTERN`` (``pattern``).
        """

        def entry(value: Any) -> Any:
            return {"value": value} if isinstance(value, str) else value

        request = {
            "id": id,
            "label": label,
            "type": type,
            "description": description,
            "entries": [entry(v) for v in values] if values is not None else None,
            "mappings": (
                [{"from": m.get("from"), "to": entry(m.get("to"))} for m in mappings] if mappings is not None else None
            ),
            "pattern": pattern,
            "normalizationMode": normalizationMode,
            "detectable": detectable,
        }
        self._requester.json_or_none(meanings.create_meaning.request_kwargs, body=json_body(request))
        return DSSMeaning(self, id)

    @overload
    def list_workspaces(self, as_objects: Literal[False] = False) -> list[WorkspaceSettings]: ...

    @overload
    def list_workspaces(self, as_objects: Literal[True]) -> list[DSSWorkspace]: ...

    def list_workspaces(self, as_objects: bool = False) -> list[DSSWorkspace] | list[WorkspaceSettings]:
        """The workspaces the caller may read, as dicts or handles. (operation ``listWorkspaces``)"""
        items: list[WorkspaceSettings] = self._requester.json(workspaces.list_workspaces.request_kwargs)
        if as_objects:
            # A listed workspace always has its key (the schema allows null, as in a creation).
            return [DSSWorkspace(self, cast("str", item["workspaceKey"])) for item in items]
        return items

    def get_workspace(self, workspace_key: str) -> DSSWorkspace:
        """A handle on a workspace (no call is made)."""
        return DSSWorkspace(self, workspace_key)

    def create_workspace(
        self,
        workspace_key: str,
        name: str,
        permissions: list[dict[str, Any]] | None = None,
        description: str | None = None,
        color: str | None = None,
    ) -> DSSWorkspace:
        """Create a workspace and return its handle. (operation ``createWorkspace``)

        ``permissions``: see :class:`DSSWorkspacePermissionItem`; ``color``: ``#RRGGBB``
        (a random one when None).
        """
        request = {
            "workspaceKey": workspace_key,
            "displayName": name,
            "color": color,
            "description": description,
            "permissions": permissions,
        }
        self._requester.json_or_none(workspaces.create_workspace.request_kwargs, body=json_body(request))
        return DSSWorkspace(self, workspace_key)

    def get_object_discussions(self, project_key: str, object_type: str, object_id: str) -> DSSObjectDiscussions:
        """The discussions about an object of a project (``"DATASET"``, ``"PROJECT"``, ...); no call is made."""
        return DSSObjectDiscussions(self, project_key, object_type, object_id)

    def get_feature_store(self) -> DSSFeatureStore:
        """The feature store (no call is made)."""
        return DSSFeatureStore(self)

    def catalog_index_connections(
        self, connection_names: list[str] | None = None, all_connections: bool = False, indexing_mode: str = "FULL"
    ) -> FutureState:
        """Index connections in the data catalog (administrators). (operation ``indexCatalogConnections``)

        Returns DSS's answer, the state of the indexing task (wrap it with
        :meth:`DSSFuture.from_resp` to wait for it).
        """
        request = {
            "connectionNames": connection_names if connection_names is not None else [],
            "indexAllConnections": all_connections,
            "indexingMode": indexing_mode,
        }
        state: FutureState = self._requester.json(
            catalog.index_catalog_connections.request_kwargs, body=json_body(request)
        )
        return state

    # -- data quality (issue 18) -------------------------------------------------------------------

    def get_data_quality_status(self) -> dict[str, DataQualityProjectSummary]:
        """The data quality status of the projects the caller may read that have monitored datasets, by project key.

        Each counts its monitored datasets by status. (operation ``getInstanceDataQualityStatus``)
        """
        statuses: dict[str, DataQualityProjectSummary] = self._requester.json(
            data_quality.get_instance_data_quality_status.request_kwargs
        )
        return statuses


def api_client(instance: str | None = None, **options: Any) -> DSSClient:
    """A client on the DSS configured the way Dataiku's own packages find it.

    The environment variables ``DKU_DSS_URL`` and ``DKU_API_KEY``, or else the
    ``default_instance`` of ``~/.dataiku/config.json`` (or the entry named ``instance``
    of its ``dss_instances``). ``options`` are the client's keyword arguments.
    """
    url, api_key, no_check_certificate = configured_instance(instance)
    options.setdefault("no_check_certificate", no_check_certificate)
    return DSSClient(url, api_key, **options)


def _checked_host(host: object) -> str:
    """The host URL without its trailing slash; one carrying credentials or not http(s) is refused."""
    if not isinstance(host, str):
        raise ConfigurationError(f"host must be a URL string, not {type(host).__name__}")
    try:
        url = httpx.URL(host.strip())
    except httpx.InvalidURL:
        raise ConfigurationError("host is not a valid URL") from None
    if url.scheme not in ("http", "https") or not url.host:
        raise ConfigurationError(f"host must be an http:// or https:// URL with a host name, not {url.scheme}://...")
    if url.username or url.password:
        raise ConfigurationError("host must not carry a user name or password: pass the API key as api_key")
    if url.query or url.fragment:
        raise ConfigurationError("host must not carry a query or fragment")
    return str(url).rstrip("/")


def _tls_verification(
    no_check_certificate: bool, client_certificate: str | tuple[str, str] | None
) -> bool | ssl.SSLContext:
    if not client_certificate:
        return not no_check_certificate
    context = ssl.create_default_context()
    if no_check_certificate:
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    if isinstance(client_certificate, str):
        context.load_cert_chain(client_certificate)
    else:
        context.load_cert_chain(*client_certificate)
    return context


def _key_listing(as_type: str) -> None:
    """The key listings take ``listitems`` or ``objects`` exactly, as the official client does."""
    if as_type not in ("listitems", "objects"):
        raise ValueError(f"Unknown as_type {as_type!r}: use 'listitems' or 'objects'")


def _checked_key(answer: Any) -> dict[str, Any]:
    """The answer of a key creation, which must name the new key."""
    created = _checked(answer, "Creating an API key")
    if not created.get("id"):
        raise UnexpectedResponseError("DSS answered the creation of an API key without the key's id")
    return created
