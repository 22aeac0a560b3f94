from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import Response, path_segment

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.dss_error import DSSError
    from ...models.workspace_settings import WorkspaceSettings


def request_kwargs(
    workspace_key: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/workspaces/{path_segment(workspace_key)}",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DSSError | WorkspaceSettings:

    from ...models.dss_error import DSSError
    from ...models.workspace_settings import WorkspaceSettings

    if response.status_code == 200:
        response_200 = WorkspaceSettings.from_dict(response.json())

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
) -> Response[DSSError | WorkspaceSettings]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    workspace_key: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DSSError | WorkspaceSettings]:
    """Get a workspace's settings

     Returns the workspace's name, color, description and (to its administrators) permissions.

    Args:
        workspace_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | WorkspaceSettings]
    """

    kwargs = request_kwargs(
        workspace_key=workspace_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workspace_key: str,
    *,
    client: AuthenticatedClient | Client,
) -> DSSError | WorkspaceSettings | None:
    """Get a workspace's settings

     Returns the workspace's name, color, description and (to its administrators) permissions.

    Args:
        workspace_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | WorkspaceSettings
    """

    return sync_detailed(
        workspace_key=workspace_key,
        client=client,
    ).parsed


async def asyncio_detailed(
    workspace_key: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DSSError | WorkspaceSettings]:
    """Get a workspace's settings

     Returns the workspace's name, color, description and (to its administrators) permissions.

    Args:
        workspace_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | WorkspaceSettings]
    """

    kwargs = request_kwargs(
        workspace_key=workspace_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workspace_key: str,
    *,
    client: AuthenticatedClient | Client,
) -> DSSError | WorkspaceSettings | None:
    """Get a workspace's settings

     Returns the workspace's name, color, description and (to its administrators) permissions.

    Args:
        workspace_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | WorkspaceSettings
    """

    return (
        await asyncio_detailed(
            workspace_key=workspace_key,
            client=client,
        )
    ).parsed
