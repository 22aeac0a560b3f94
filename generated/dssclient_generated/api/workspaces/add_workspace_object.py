from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import Response, path_segment

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.dss_error import DSSError
    from ...models.workspace_object import WorkspaceObject


def request_kwargs(
    workspace_key: str,
    *,
    body: WorkspaceObject,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/workspaces/{path_segment(workspace_key)}/objects",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DSSError | WorkspaceObject:

    from ...models.dss_error import DSSError
    from ...models.workspace_object import WorkspaceObject

    if response.status_code == 200:
        response_200 = WorkspaceObject.from_dict(response.json())

        return response_200

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
) -> Response[DSSError | WorkspaceObject]:
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
    body: WorkspaceObject,
) -> Response[DSSError | WorkspaceObject]:
    """Add an object to a workspace

     Shows an object in the workspace: a `reference` to a project's
    `DATASET`, `ARTICLE` or `DASHBOARD`, an app (`appId`), or an
    `htmlLink`. A referenced object must exist and be readable.

    Args:
        workspace_key (str):
        body (WorkspaceObject): An object a workspace shows.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | WorkspaceObject]
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
    body: WorkspaceObject,
) -> DSSError | WorkspaceObject | None:
    """Add an object to a workspace

     Shows an object in the workspace: a `reference` to a project's
    `DATASET`, `ARTICLE` or `DASHBOARD`, an app (`appId`), or an
    `htmlLink`. A referenced object must exist and be readable.

    Args:
        workspace_key (str):
        body (WorkspaceObject): An object a workspace shows.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | WorkspaceObject
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
    body: WorkspaceObject,
) -> Response[DSSError | WorkspaceObject]:
    """Add an object to a workspace

     Shows an object in the workspace: a `reference` to a project's
    `DATASET`, `ARTICLE` or `DASHBOARD`, an app (`appId`), or an
    `htmlLink`. A referenced object must exist and be readable.

    Args:
        workspace_key (str):
        body (WorkspaceObject): An object a workspace shows.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | WorkspaceObject]
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
    body: WorkspaceObject,
) -> DSSError | WorkspaceObject | None:
    """Add an object to a workspace

     Shows an object in the workspace: a `reference` to a project's
    `DATASET`, `ARTICLE` or `DASHBOARD`, an app (`appId`), or an
    `htmlLink`. A referenced object must exist and be readable.

    Args:
        workspace_key (str):
        body (WorkspaceObject): An object a workspace shows.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | WorkspaceObject
    """

    return (
        await asyncio_detailed(
            workspace_key=workspace_key,
            client=client,
            body=body,
        )
    ).parsed
