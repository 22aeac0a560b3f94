"""The entry point: :class:`DSSClient`."""

from __future__ import annotations

import ssl
import warnings
from collections.abc import Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Literal

import httpx

from ._auth import DSSAuth
from ._http import DEFAULT_TIMEOUT, ConnectionSettings, Requester, build_async_http_client, build_http_client, json_body
from ._retry import RetryPolicy
from ._stream import DSSStream
from .dss.admin import DSSCodeStudioTemplate, DSSCodeStudioTemplateListItem
from .dss.future import DSSFuture, PollingSchedule
from .dss.project import DSSProject

if TYPE_CHECKING:
    from dssclient_generated.client import Client as GeneratedClient

DEFAULT_BASE_PATH = "/public/api"


class DSSClient:
    """A connection to one DSS node, and the entry point to everything on it.

    ``DSSClient(host, api_key)`` takes the official client's parameters. The
    keyword-only ones are dssclient's own:

    :param timeout: seconds (or an ``httpx.Timeout``) that no connect, read or
        write may exceed; default 10 s to connect, 120 s otherwise. There is no
        way to wait forever.
    :param max_retries: retries of a request that failed on the way (see
        :class:`~dssclient._retry.RetryPolicy`); ``retry_policy`` sets every knob.
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
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = 2,
        retry_policy: RetryPolicy | None = None,
        future_polling: PollingSchedule | None = None,
        base_path: str = DEFAULT_BASE_PATH,
        transport: httpx.BaseTransport | None = None,
        async_transport: httpx.AsyncBaseTransport | None = None,
        **kwargs: Any,
    ) -> None:
        if "insecure_tls" in kwargs:
            warnings.warn("insecure_tls is deprecated: use no_check_certificate", DeprecationWarning, stacklevel=2)
            no_check_certificate = bool(kwargs.pop("insecure_tls")) or no_check_certificate
        if kwargs:
            raise TypeError(f"DSSClient() got unexpected keyword arguments: {sorted(kwargs)}")
        if timeout is None:
            raise ValueError("a timeout is required: pass a number of seconds (or an httpx.Timeout)")

        self.host = host.rstrip("/")
        self._settings = ConnectionSettings(
            base_url=self.host + "/" + base_path.strip("/"),
            auth=DSSAuth.from_credentials(
                api_key=api_key, internal_ticket=internal_ticket, bearer_token=jwt_bearer_token
            ),
            timeout=timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout),
            retry=retry_policy if retry_policy is not None else RetryPolicy(max_retries=max_retries),
            verify=_tls_verification(no_check_certificate, client_certificate),
            headers=dict(extra_headers or {}),
            transport=transport,
            async_transport=async_transport,
        )
        self.future_polling = future_polling if future_polling is not None else PollingSchedule()
        self._requester = Requester(build_http_client(self._settings))
        self._generated_client: GeneratedClient | None = None

    def __repr__(self) -> str:
        return f"DSSClient(host={self.host!r}, auth={self._settings.auth.scheme})"

    # -- lifecycle ----------------------------------------------------------------------------

    def close(self) -> None:
        """Release the connections. The async ones, if :attr:`generated_client` made any, need :meth:`aclose`."""
        self._requester.http.close()

    async def aclose(self) -> None:
        """Release every connection, sync and async."""
        if self._generated_client is not None:
            await self._generated_client.get_async_httpx_client().aclose()
        self.close()

    def __enter__(self) -> DSSClient:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    async def __aenter__(self) -> DSSClient:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    @property
    def generated_client(self) -> GeneratedClient:
        """The generated layer's client, wired to this client's connection.

        For the typed operations of ``dssclient_generated.api`` (attrs models,
        ``sync`` and ``asyncio`` functions) with the same credentials, timeouts,
        retries and typed errors as the handles::

            from dssclient_generated.api.projects import get_project_settings
            settings = get_project_settings.sync("KEY", client=client.generated_client)
            settings = await get_project_settings.asyncio("KEY", client=client.generated_client)
        """
        if self._generated_client is None:
            from dssclient_generated.client import Client

            generated = Client(base_url=self._settings.base_url)
            generated.set_httpx_client(self._requester.http)
            generated.set_async_httpx_client(build_async_http_client(self._settings))
            self._generated_client = generated
        return self._generated_client

    # -- futures -----------------------------------------------------------------------------

    def list_futures(self, as_objects: bool = False, all_users: bool = False) -> list[DSSFuture] | list[dict[str, Any]]:
        """The running long tasks, other than scenario runs. (operation ``listFutures``)

        :param all_users: every user's tasks, not only the caller's (administrators only).
        """
        from dssclient_generated.api.futures import list_futures

        states: list[dict[str, Any]] = self._requester.json(
            list_futures._get_kwargs, with_scenarios=False, with_not_scenarios=True, all_users=all_users
        )
        if as_objects:
            return [DSSFuture(self, state["jobId"], state) for state in states]
        return states

    def list_running_scenarios(self, all_users: bool = False) -> list[dict[str, Any]]:
        """The running scenario runs, each with a ``jobId`` and a scenario ``payload``. (operation ``listFutures``)"""
        from dssclient_generated.api.futures import list_futures

        states: list[dict[str, Any]] = self._requester.json(
            list_futures._get_kwargs, with_scenarios=True, with_not_scenarios=False, all_users=all_users
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
        from dssclient_generated.api.projects import list_projects

        projects: list[dict[str, Any]] = self._requester.json(
            list_projects._get_kwargs, include_location=include_location
        )
        return projects

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

        Needs an administrator's key, or the right to create projects.
        """
        from dssclient_generated.api.projects import create_project
        from dssclient_generated.types import UNSET

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
        self._requester.empty(
            create_project._get_kwargs,
            body=json_body(request),
            project_folder_id=project_folder_id if project_folder_id is not None else UNSET,
        )
        return DSSProject(self, project_key)

    # -- code studio templates -------------------------------------------------------------------

    def list_code_studio_templates(
        self, as_type: Literal["listitems", "listitem", "objects", "object"] = "listitems"
    ) -> list[DSSCodeStudioTemplateListItem] | list[DSSCodeStudioTemplate]:
        """The code studio templates of the instance (administrators only). (operation ``listCodeStudioTemplates``)"""
        from dssclient_generated.api.code_studio_templates import list_code_studio_templates

        if as_type not in ("listitems", "listitem", "objects", "object"):
            raise ValueError(f"Unknown as_type {as_type!r}: use 'listitems' or 'objects'")
        items: list[dict[str, Any]] = self._requester.json(list_code_studio_templates._get_kwargs)
        if as_type.startswith("listitem"):
            return [DSSCodeStudioTemplateListItem(self, item) for item in items]
        return [DSSCodeStudioTemplate(self, item["id"]) for item in items]

    def get_code_studio_template(self, template_id: str) -> DSSCodeStudioTemplate:
        """A handle on a code studio template (no call is made)."""
        return DSSCodeStudioTemplate(self, template_id)

    # -- instance ------------------------------------------------------------------------------

    def get_instance_info(self) -> DSSInstanceInfo:
        """The node's identity and type. (operation ``getInstanceInfo``)"""
        from dssclient_generated.api.instance import get_instance_info

        return DSSInstanceInfo(self._requester.json(get_instance_info._get_kwargs))

    def get_auth_info(self, with_secrets: bool = False) -> dict[str, Any]:
        """Who the credentials authenticate as (``authIdentifier``, ``groups``...). (operation ``getAuthInfo``)

        :param with_secrets: also return the user's secrets. They are then in
            the returned dict: do not log it.
        """
        from dssclient_generated.api.instance import get_auth_info

        info: dict[str, Any] = self._requester.json(get_auth_info._get_kwargs, with_secrets=with_secrets)
        return info

    def get_scoring_libs_stream(self) -> DSSStream:
        """The scoring libraries jar, as a stream read as it arrives. Close it. (operation ``getScoringLibsJar``)"""
        from dssclient_generated.api.resources import get_scoring_libs_jar

        return self._requester.stream(get_scoring_libs_jar._get_kwargs)


class DSSInstanceInfo:
    """Information about a DSS node."""

    def __init__(self, data: dict[str, Any]) -> None:
        self._data = data

    def __repr__(self) -> str:
        return f"DSSInstanceInfo(node_id={self._data.get('nodeId')!r}, node_type={self._data.get('nodeType')!r})"

    @property
    def raw(self) -> dict[str, Any]:
        return self._data

    @property
    def node_id(self) -> str:
        node_id: str = self._data["nodeId"]
        return node_id

    @property
    def node_name(self) -> str:
        node_name: str = self._data["nodeName"]
        return node_name

    @property
    def node_type(self) -> str:
        """DESIGN, AUTOMATION or DEPLOYER."""
        node_type: str = self._data["nodeType"]
        return node_type


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
