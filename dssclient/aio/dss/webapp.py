"""Webapps of a project: their settings, and the state, start and stop of their backend."""

from __future__ import annotations

from typing import TYPE_CHECKING
from urllib.parse import quote

from dssclient_generated.api import webapps

from dssclient.dss.utils import DSSDictListItem, DSSRawSettings

from .._requester import json_body
from .future import AsyncDSSFuture

if TYPE_CHECKING:
    import httpx

    from dssclient.payloads import (
        WebAppBackendState,
        WebAppListItem,  # noqa: F401 - named in a base class, as a string
        WebAppSettings,
    )

    from ..dssclient import AsyncDSSClient

# The types of code webapps that DSSProject.create_webapp creates, as the official client allows them.
CODE_WEBAPP_TYPES = ("STANDARD", "BOKEH", "DASH", "STREAMLIT", "SHINY")


class AsyncDSSWebApp:
    """A handle on a webapp of a project. Get one with :meth:`DSSProject.get_webapp`."""

    def __init__(self, client: AsyncDSSClient, project_key: str, webapp_id: str) -> None:
        self.client = client
        self.project_key = project_key
        self.webapp_id = webapp_id

    def __repr__(self) -> str:
        return f"{type(self).__name__}(project_key={self.project_key!r}, webapp_id={self.webapp_id!r})"

    async def get_state(self) -> DSSWebAppBackendState:
        """The state of the webapp's backend. (operation ``getWebAppBackendState``)"""
        state: WebAppBackendState = await self.client._requester.json(
            webapps.get_web_app_backend_state.request_kwargs, self.project_key, self.webapp_id
        )
        return DSSWebAppBackendState(self.webapp_id, state)

    async def stop_backend(self) -> None:
        """Stop the webapp's backend. (operation ``stopWebAppBackend``)"""
        await self.client._requester.empty(
            webapps.stop_web_app_backend.request_kwargs, self.project_key, self.webapp_id
        )

    async def start_or_restart_backend(self) -> AsyncDSSFuture:
        """Start the webapp's backend (stopping it first if it runs); returns the start's future.

        (operation ``restartWebAppBackend``)
        """
        state = await self.client._requester.json(
            webapps.restart_web_app_backend.request_kwargs, self.project_key, self.webapp_id
        )
        return AsyncDSSFuture.from_resp(self.client, state)

    async def get_settings(self) -> AsyncDSSWebAppSettings:
        """The webapp's settings, its code included. (operation ``getWebApp``)"""
        settings: WebAppSettings = await self.client._requester.json(
            webapps.get_web_app.request_kwargs, self.project_key, self.webapp_id
        )
        return AsyncDSSWebAppSettings(self.client, self, settings)

    def get_backend_client(self) -> AsyncDSSWebAppBackendClient:
        """A client for the webapp backend's own HTTP API (no call is made)."""
        return AsyncDSSWebAppBackendClient(self.client, self)


class AsyncDSSWebAppBackendClient:
    """Where a webapp's backend answers, and an HTTP session authenticated as the client is."""

    def __init__(self, client: AsyncDSSClient, webapp: AsyncDSSWebApp) -> None:
        self.client = client
        self.webapp = webapp
        project_key = quote(webapp.project_key, safe="")
        webapp_id = quote(webapp.webapp_id, safe="")
        self._base_url = f"{client.host}/web-apps-backends/{project_key}/{webapp_id}/"

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self._base_url!r})"

    @property
    def base_url(self) -> str:
        """The URL of the backend's root, ending with ``/``."""
        return self._base_url

    @property
    def session(self) -> httpx.AsyncClient:
        """The client's HTTP session (its credentials and options): call the backend's URLs with it."""
        return self.client._http

    def url_for_path(self, path: str) -> str:
        """The URL of a path of the backend (leading slashes are dropped)."""
        return self._base_url + path.lstrip("/")


class DSSWebAppBackendState:
    """The state of a webapp's backend, as :meth:`DSSWebApp.get_state` reads it."""

    def __init__(self, webapp_id: str, state: WebAppBackendState) -> None:
        self.webapp_id = webapp_id
        self._state = state

    def __repr__(self) -> str:
        return f"{type(self).__name__}(webapp_id={self.webapp_id!r}, running={self.running!r})"

    @property
    def state(self) -> WebAppBackendState:
        """The state as a dict: ``projectKey``, ``webAppId``, and ``futureInfo`` (the backend's task) once started."""
        return self._state

    @property
    def running(self) -> bool:
        """Whether the backend runs (its task is alive)."""
        future_info = self._state.get("futureInfo")
        return bool(future_info is not None and future_info.get("alive"))


class AsyncDSSWebAppSettings(DSSRawSettings["WebAppSettings"]):
    """A webapp's settings (its code in ``params``). Edit them through :meth:`get_raw`, then :meth:`save`."""

    def __init__(self, client: AsyncDSSClient, webapp: AsyncDSSWebApp, data: WebAppSettings) -> None:
        super().__init__(data)
        self.client = client
        self.webapp = webapp

    @property
    def data(self) -> WebAppSettings:
        """The settings as a dict, the same object :meth:`get_raw` returns."""
        return self.settings

    async def save(self) -> WebAppSettings:
        """Send the settings back to DSS, whole. (operation ``saveWebApp``)"""
        answer: WebAppSettings = await self.client._requester.json(
            webapps.save_web_app.request_kwargs,
            self.webapp.project_key,
            self.webapp.webapp_id,
            body=json_body(self.settings),
        )
        return answer


class AsyncDSSWebAppListItem(DSSDictListItem["WebAppListItem"]):
    """A webapp as listed by :meth:`DSSProject.list_webapps` (``as_type="listitems"``)."""

    client: AsyncDSSClient

    def to_webapp(self) -> AsyncDSSWebApp:
        """The handle of this webapp (no call is made)."""
        return AsyncDSSWebApp(self.client, self.get_raw()["projectKey"], self.get_raw()["id"])

    @property
    def id(self) -> str:
        """The webapp's id."""
        return self.get_raw()["id"]

    @property
    def name(self) -> str:
        """The webapp's name."""
        name: str = self.get_raw()["name"]
        return name

    @property
    def tags(self) -> list[str]:
        """The tags of the object (empty when it has none)."""
        return list(self.get("tags") or [])
