from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast

import httpx

from ...types import Response, path_segment

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.dss_error import DSSError
    from ...models.workspace_settings import WorkspaceSettings


def request_kwargs(
    workspace_key: str,
    *,
    body: WorkspaceSettings,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": f"/workspaces/{path_segment(workspace_key)}",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | DSSError:

    from ...models.dss_error import DSSError

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 400:
        response_400 = DSSError.from_dict(response.json())

        return response_400

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
) -> Response[Any | DSSError]:
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
    body: WorkspaceSettings,
) -> Response[Any | DSSError]:
    """Save a workspace's settings

     Replaces the settings with the body, a modified copy of what `getWorkspace` returned. Permissions
    change only for the workspace's administrators.

    Args:
        workspace_key (str):
        body (WorkspaceSettings): A workspace's settings.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DSSError]
    """

    kwargs = request_kwargs(
        workspace_key=workspace_key,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workspace_key: str,
    *,
    client: AuthenticatedClient | Client,
    body: WorkspaceSettings,
) -> Any | DSSError | None:
    """Save a workspace's settings

     Replaces the settings with the body, a modified copy of what `getWorkspace` returned. Permissions
    change only for the workspace's administrators.

    Args:
        workspace_key (str):
        body (WorkspaceSettings): A workspace's settings.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DSSError
    """

    return sync_detailed(
        workspace_key=workspace_key,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    workspace_key: str,
    *,
    client: AuthenticatedClient | Client,
    body: WorkspaceSettings,
) -> Response[Any | DSSError]:
    """Save a workspace's settings

     Replaces the settings with the body, a modified copy of what `getWorkspace` returned. Permissions
    change only for the workspace's administrators.

    Args:
        workspace_key (str):
        body (WorkspaceSettings): A workspace's settings.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DSSError]
    """

    kwargs = request_kwargs(
        workspace_key=workspace_key,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workspace_key: str,
    *,
    client: AuthenticatedClient | Client,
    body: WorkspaceSettings,
) -> Any | DSSError | None:
    """Save a workspace's settings

     Replaces the settings with the body, a modified copy of what `getWorkspace` returned. Permissions
    change only for the workspace's administrators.

    Args:
        workspace_key (str):
        body (WorkspaceSettings): A workspace's settings.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DSSError
    """

    return (
        await asyncio_detailed(
            workspace_key=workspace_key,
            client=client,
            body=body,
        )
    ).parsed
