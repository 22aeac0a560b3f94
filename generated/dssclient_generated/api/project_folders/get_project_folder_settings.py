from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import Response, path_segment

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.dss_error import DSSError
    from ...models.project_folder_settings import ProjectFolderSettings


def request_kwargs(
    project_folder_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/project-folders/{path_segment(project_folder_id)}/settings",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DSSError | ProjectFolderSettings:

    from ...models.dss_error import DSSError
    from ...models.project_folder_settings import ProjectFolderSettings

    if response.status_code == 200:
        response_200 = ProjectFolderSettings.from_dict(response.json())

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
) -> Response[DSSError | ProjectFolderSettings]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_folder_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DSSError | ProjectFolderSettings]:
    """Get a project folder's settings

     Returns the folder's name, owner and permissions.

    Args:
        project_folder_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | ProjectFolderSettings]
    """

    kwargs = request_kwargs(
        project_folder_id=project_folder_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_folder_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> DSSError | ProjectFolderSettings | None:
    """Get a project folder's settings

     Returns the folder's name, owner and permissions.

    Args:
        project_folder_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | ProjectFolderSettings
    """

    return sync_detailed(
        project_folder_id=project_folder_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    project_folder_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DSSError | ProjectFolderSettings]:
    """Get a project folder's settings

     Returns the folder's name, owner and permissions.

    Args:
        project_folder_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | ProjectFolderSettings]
    """

    kwargs = request_kwargs(
        project_folder_id=project_folder_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_folder_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> DSSError | ProjectFolderSettings | None:
    """Get a project folder's settings

     Returns the folder's name, owner and permissions.

    Args:
        project_folder_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | ProjectFolderSettings
    """

    return (
        await asyncio_detailed(
            project_folder_id=project_folder_id,
            client=client,
        )
    ).parsed
