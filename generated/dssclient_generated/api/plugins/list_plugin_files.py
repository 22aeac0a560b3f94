from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import Response, path_segment

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.dss_error import DSSError
    from ...models.plugin_file_node import PluginFileNode


def request_kwargs(
    plugin_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/plugins/{path_segment(plugin_id)}/contents",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DSSError | list[PluginFileNode]:

    from ...models.dss_error import DSSError
    from ...models.plugin_file_node import PluginFileNode

    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = PluginFileNode.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[DSSError | list[PluginFileNode]]:
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
) -> Response[DSSError | list[PluginFileNode]]:
    """List a plugin's files

     Lists the files and folders of the plugin, as a tree: each node has a
    `name` and a `path` from the root of the plugin; folders have their
    nodes in `children`. DSS serves this for development plugins (the
    emulator for every installed plugin: its files are those of its
    archive). Administrators, and users allowed to develop plugins.

    Args:
        plugin_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | list[PluginFileNode]]
    """

    kwargs = request_kwargs(
        plugin_id=plugin_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    plugin_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> DSSError | list[PluginFileNode] | None:
    """List a plugin's files

     Lists the files and folders of the plugin, as a tree: each node has a
    `name` and a `path` from the root of the plugin; folders have their
    nodes in `children`. DSS serves this for development plugins (the
    emulator for every installed plugin: its files are those of its
    archive). Administrators, and users allowed to develop plugins.

    Args:
        plugin_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | list[PluginFileNode]
    """

    return sync_detailed(
        plugin_id=plugin_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    plugin_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DSSError | list[PluginFileNode]]:
    """List a plugin's files

     Lists the files and folders of the plugin, as a tree: each node has a
    `name` and a `path` from the root of the plugin; folders have their
    nodes in `children`. DSS serves this for development plugins (the
    emulator for every installed plugin: its files are those of its
    archive). Administrators, and users allowed to develop plugins.

    Args:
        plugin_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | list[PluginFileNode]]
    """

    kwargs = request_kwargs(
        plugin_id=plugin_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    plugin_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> DSSError | list[PluginFileNode] | None:
    """List a plugin's files

     Lists the files and folders of the plugin, as a tree: each node has a
    `name` and a `path` from the root of the plugin; folders have their
    nodes in `children`. DSS serves this for development plugins (the
    emulator for every installed plugin: its files are those of its
    archive). Administrators, and users allowed to develop plugins.

    Args:
        plugin_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | list[PluginFileNode]
    """

    return (
        await asyncio_detailed(
            plugin_id=plugin_id,
            client=client,
        )
    ).parsed
