from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import Response, path_segment, path_segments

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.dss_error import DSSError
    from ...models.managed_folder_item import ManagedFolderItem
    from ...models.upload_managed_folder_file_body import UploadManagedFolderFileBody


def request_kwargs(
    project_key: str,
    folder_id: str,
    file_path: str,
    *,
    body: UploadManagedFolderFileBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/projects/{path_segment(project_key)}/managedfolders/{path_segment(folder_id)}/contents/{path_segments(file_path)}",
    }

    _kwargs["files"] = body.to_multipart()

    # httpx writes the multipart Content-Type, with a random boundary (a fixed one could occur in the file).

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DSSError | ManagedFolderItem:

    from ...models.dss_error import DSSError
    from ...models.managed_folder_item import ManagedFolderItem

    if response.status_code == 200:
        response_200 = ManagedFolderItem.from_dict(response.json())

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
) -> Response[DSSError | ManagedFolderItem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_key: str,
    folder_id: str,
    file_path: str,
    *,
    client: AuthenticatedClient | Client,
    body: UploadManagedFolderFileBody,
) -> Response[DSSError | ManagedFolderItem]:
    """Upload a file into a managed folder

     Creates the file (and the folders on its path), or replaces it, with
    the content of the part named `file` of a multipart/form-data body. The
    file appears whole or not at all. Answers the file's description.

    Args:
        project_key (str):
        folder_id (str):
        file_path (str):
        body (UploadManagedFolderFileBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | ManagedFolderItem]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        folder_id=folder_id,
        file_path=file_path,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_key: str,
    folder_id: str,
    file_path: str,
    *,
    client: AuthenticatedClient | Client,
    body: UploadManagedFolderFileBody,
) -> DSSError | ManagedFolderItem | None:
    """Upload a file into a managed folder

     Creates the file (and the folders on its path), or replaces it, with
    the content of the part named `file` of a multipart/form-data body. The
    file appears whole or not at all. Answers the file's description.

    Args:
        project_key (str):
        folder_id (str):
        file_path (str):
        body (UploadManagedFolderFileBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | ManagedFolderItem
    """

    return sync_detailed(
        project_key=project_key,
        folder_id=folder_id,
        file_path=file_path,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    project_key: str,
    folder_id: str,
    file_path: str,
    *,
    client: AuthenticatedClient | Client,
    body: UploadManagedFolderFileBody,
) -> Response[DSSError | ManagedFolderItem]:
    """Upload a file into a managed folder

     Creates the file (and the folders on its path), or replaces it, with
    the content of the part named `file` of a multipart/form-data body. The
    file appears whole or not at all. Answers the file's description.

    Args:
        project_key (str):
        folder_id (str):
        file_path (str):
        body (UploadManagedFolderFileBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | ManagedFolderItem]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        folder_id=folder_id,
        file_path=file_path,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_key: str,
    folder_id: str,
    file_path: str,
    *,
    client: AuthenticatedClient | Client,
    body: UploadManagedFolderFileBody,
) -> DSSError | ManagedFolderItem | None:
    """Upload a file into a managed folder

     Creates the file (and the folders on its path), or replaces it, with
    the content of the part named `file` of a multipart/form-data body. The
    file appears whole or not at all. Answers the file's description.

    Args:
        project_key (str):
        folder_id (str):
        file_path (str):
        body (UploadManagedFolderFileBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | ManagedFolderItem
    """

    return (
        await asyncio_detailed(
            project_key=project_key,
            folder_id=folder_id,
            file_path=file_path,
            client=client,
            body=body,
        )
    ).parsed
