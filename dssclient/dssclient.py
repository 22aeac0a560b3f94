# Derived from dssclient/aio/dssclient.py by scripts/unasync.py: do not edit.
"""The entry point: :class:`DSSClient`."""

from __future__ import annotations

import copy
import ssl
import warnings
from collections.abc import Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Literal, overload

import httpx
from dssclient_generated.api import code_studio_templates, futures, instance, projects, resources

from dssclient._auth import DSSAuth
from dssclient._config import (
    DEFAULT_MAX_JSON_BYTES,
    DEFAULT_TIMEOUT,
    CallOptions,
    ConnectionSettings,
    TimeoutTypes,
    configured_instance,
)
from dssclient._paths import check_identifier
from dssclient._polling import PollingSchedule
from dssclient._retry import RetryPolicy
from dssclient.dss.utils import DSSInstanceInfo, as_list_items
from dssclient.errors import ConfigurationError

from ._requester import Requester, json_body
from ._stream import DSSStream
from ._transport import build_async_http_client
from .dss.admin import DSSCodeStudioTemplate, DSSCodeStudioTemplateListItem
from .dss.apideployer import DSSAPIDeployer
from .dss.future import DSSFuture
from .dss.project import DSSProject, ListItems, Objects

if TYPE_CHECKING:
    from dssclient_generated.client import Client as GeneratedClient

DEFAULT_BASE_PATH = "/public/api"

__all__ = ["DSSClient", "DSSInstanceInfo", "api_client"]


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
        if "insecure_tls" in kwargs:
            warnings.warn("insecure_tls is deprecated: use no_check_certificate", DeprecationWarning, stacklevel=2)
            no_check_certificate = bool(kwargs.pop("insecure_tls")) or no_check_certificate
        if kwargs:
            raise TypeError(f"{type(self).__name__}() got unexpected keyword arguments: {sorted(kwargs)}")
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
    def list_futures(self, as_objects: Literal[False] = False, all_users: bool = False) -> list[dict[str, Any]]: ...

    @overload
    def list_futures(self, as_objects: Literal[True], all_users: bool = False) -> list[DSSFuture]: ...

    def list_futures(self, as_objects: bool = False, all_users: bool = False) -> list[DSSFuture] | list[dict[str, Any]]:
        """The running long tasks, other than scenario runs. (operation ``listFutures``)

        :param all_users: every user's tasks, not only the caller's (administrators only).
        """
        states: list[dict[str, Any]] = self._requester.json(
            futures.list_futures._get_kwargs, with_scenarios=False, with_not_scenarios=True, all_users=all_users
        )
        if as_objects:
            return [DSSFuture(self, state["jobId"], state) for state in states]
        return states

    def list_running_scenarios(self, all_users: bool = False) -> list[dict[str, Any]]:
        """The running scenario runs, each with a ``jobId`` and a scenario ``payload``. (operation ``listFutures``)"""
        states: list[dict[str, Any]] = self._requester.json(
            futures.list_futures._get_kwargs, with_scenarios=True, with_not_scenarios=False, all_users=all_users
        )
        return states

    def get_future(self, job_id: str) -> DSSFuture:
        """A handle on a long task (no call is made)."""
        return DSSFuture(self, job_id)

    # -- projects ----------------------------------------------------------------------------

    def list_project_keys(self) -> list[str]:
        """The keys of the projects the caller may read. (operation ``listProjects``)"""
        return [project["projectKey"] for project in self.list_projects()]

    def list_projects(self, include_location: bool = False) -> list[dict[str, Any]]:
        """The projects the caller may read, each a dict with at least ``projectKey``. (operation ``listProjects``)"""
        listed: list[dict[str, Any]] = self._requester.json(
            projects.list_projects._get_kwargs, include_location=include_location
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
            projects.create_project._get_kwargs,
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
        items: list[dict[str, Any]] = self._requester.json(code_studio_templates.list_code_studio_templates._get_kwargs)
        if list_items:
            return [DSSCodeStudioTemplateListItem(self, item) for item in items]
        return [DSSCodeStudioTemplate(self, item["id"]) for item in items]

    def get_code_studio_template(self, template_id: str) -> DSSCodeStudioTemplate:
        """A handle on a code studio template (no call is made)."""
        return DSSCodeStudioTemplate(self, template_id)

    # -- API Deployer ------------------------------------------------------------------------

    def get_apideployer(self) -> DSSAPIDeployer:
        """The API Deployer: infrastructures, published services, deployments (no call is made)."""
        return DSSAPIDeployer(self)

    # -- instance ------------------------------------------------------------------------------

    def get_instance_info(self) -> DSSInstanceInfo:
        """The node's identity and type. (operation ``getInstanceInfo``)"""
        return DSSInstanceInfo(self._requester.json(instance.get_instance_info._get_kwargs))

    def get_auth_info(self, with_secrets: bool = False) -> dict[str, Any]:
        """Who the credentials authenticate as (``authIdentifier``, ``groups``...). (operation ``getAuthInfo``)

        :param with_secrets: also return the user's secrets. They are then in
            the returned dict: do not log it.
        """
        info: dict[str, Any] = self._requester.json(instance.get_auth_info._get_kwargs, with_secrets=with_secrets)
        return info

    def get_scoring_libs_stream(self) -> DSSStream:
        """The scoring libraries jar, as a stream read as it arrives. Close it. (operation ``getScoringLibsJar``)"""
        return self._requester.stream(resources.get_scoring_libs_jar._get_kwargs)


def api_client(instance: str | None = None, **options: Any) -> DSSClient:
    """A client on the DSS configured the way Dataiku's own packages find it.

    The environment variables ``DKU_DSS_URL`` and ``DKU_API_KEY``, or else the
    ``default_instance`` of ``~/.dataiku/config.json`` (or the entry named ``instance``
    of its ``dss_instances``). ``options`` are the client's keyword arguments.
    """
    url, api_key, no_check_certificate = configured_instance(instance)
    options.setdefault("no_check_certificate", no_check_certificate)
    return DSSClient(url, api_key, **options)


def _checked_host(host: str) -> str:
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
