from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response, Unset, path_segment

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.dss_error import DSSError
    from ...models.plugin_usages import PluginUsages


def request_kwargs(
    plugin_id: str,
    *,
    project_key: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["projectKey"] = project_key

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/plugins/{path_segment(plugin_id)}/actions/listUsages",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DSSError | PluginUsages:

    from ...models.dss_error import DSSError
    from ...models.plugin_usages import PluginUsages

    if response.status_code == 200:
        response_200 = PluginUsages.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = DSSError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = DSSError.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = DSSError.from_dict(response.json())

        return response_404

    response_default = DSSError.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DSSError | PluginUsages]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    plugin_id: str,
    *,
    client: AuthenticatedClient | Client,
    project_key: str | Unset = UNSET,
) -> Response[DSSError | PluginUsages]:
    """List where a plugin is used

     Lists the objects using the plugin's components (in one project with `projectKey`), and the types
    they use that it no longer provides.

    Args:
        plugin_id (str):
        project_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | PluginUsages]
    """

    kwargs = request_kwargs(
        plugin_id=plugin_id,
        project_key=project_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    plugin_id: str,
    *,
    client: AuthenticatedClient | Client,
    project_key: str | Unset = UNSET,
) -> DSSError | PluginUsages | None:
    """List where a plugin is used

     Lists the objects using the plugin's components (in one project with `projectKey`), and the types
    they use that it no longer provides.

    Args:
        plugin_id (str):
        project_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | PluginUsages
    """

    return sync_detailed(
        plugin_id=plugin_id,
        client=client,
        project_key=project_key,
    ).parsed


async def asyncio_detailed(
    plugin_id: str,
    *,
    client: AuthenticatedClient | Client,
    project_key: str | Unset = UNSET,
) -> Response[DSSError | PluginUsages]:
    """List where a plugin is used

     Lists the objects using the plugin's components (in one project with `projectKey`), and the types
    they use that it no longer provides.

    Args:
        plugin_id (str):
        project_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | PluginUsages]
    """

    kwargs = request_kwargs(
        plugin_id=plugin_id,
        project_key=project_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    plugin_id: str,
    *,
    client: AuthenticatedClient | Client,
    project_key: str | Unset = UNSET,
) -> DSSError | PluginUsages | None:
    """List where a plugin is used

     Lists the objects using the plugin's components (in one project with `projectKey`), and the types
    they use that it no longer provides.

    Args:
        plugin_id (str):
        project_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | PluginUsages
    """

    return (
        await asyncio_detailed(
            plugin_id=plugin_id,
            client=client,
            project_key=project_key,
        )
    ).parsed
