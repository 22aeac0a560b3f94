from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response, Unset, path_segment

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.acknowledgement import Acknowledgement
    from ...models.dss_error import DSSError


def request_kwargs(
    project_key: str,
    folder_id: str,
    *,
    drop_data: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["dropData"] = drop_data

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": f"/projects/{path_segment(project_key)}/managedfolders/{path_segment(folder_id)}",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Acknowledgement | DSSError:

    from ...models.acknowledgement import Acknowledgement
    from ...models.dss_error import DSSError

    if response.status_code == 200:
        response_200 = Acknowledgement.from_dict(response.json())

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
) -> Response[Acknowledgement | DSSError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_key: str,
    folder_id: str,
    *,
    client: AuthenticatedClient | Client,
    drop_data: bool | Unset = False,
) -> Response[Acknowledgement | DSSError]:
    """Delete a managed folder

     Deletes the managed folder from the flow, with the recipes that use it.
    Its files are deleted only when `dropData` is true.

    Args:
        project_key (str):
        folder_id (str):
        drop_data (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Acknowledgement | DSSError]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        folder_id=folder_id,
        drop_data=drop_data,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_key: str,
    folder_id: str,
    *,
    client: AuthenticatedClient | Client,
    drop_data: bool | Unset = False,
) -> Acknowledgement | DSSError | None:
    """Delete a managed folder

     Deletes the managed folder from the flow, with the recipes that use it.
    Its files are deleted only when `dropData` is true.

    Args:
        project_key (str):
        folder_id (str):
        drop_data (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Acknowledgement | DSSError
    """

    return sync_detailed(
        project_key=project_key,
        folder_id=folder_id,
        client=client,
        drop_data=drop_data,
    ).parsed


async def asyncio_detailed(
    project_key: str,
    folder_id: str,
    *,
    client: AuthenticatedClient | Client,
    drop_data: bool | Unset = False,
) -> Response[Acknowledgement | DSSError]:
    """Delete a managed folder

     Deletes the managed folder from the flow, with the recipes that use it.
    Its files are deleted only when `dropData` is true.

    Args:
        project_key (str):
        folder_id (str):
        drop_data (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Acknowledgement | DSSError]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        folder_id=folder_id,
        drop_data=drop_data,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_key: str,
    folder_id: str,
    *,
    client: AuthenticatedClient | Client,
    drop_data: bool | Unset = False,
) -> Acknowledgement | DSSError | None:
    """Delete a managed folder

     Deletes the managed folder from the flow, with the recipes that use it.
    Its files are deleted only when `dropData` is true.

    Args:
        project_key (str):
        folder_id (str):
        drop_data (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Acknowledgement | DSSError
    """

    return (
        await asyncio_detailed(
            project_key=project_key,
            folder_id=folder_id,
            client=client,
            drop_data=drop_data,
        )
    ).parsed
