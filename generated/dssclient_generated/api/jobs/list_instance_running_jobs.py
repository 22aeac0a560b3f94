from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.dss_error import DSSError
    from ...models.job_list_item import JobListItem


def request_kwargs(
    *,
    all_users: bool | Unset = True,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["allUsers"] = all_users

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/jobs/running/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DSSError | list[JobListItem]:

    from ...models.dss_error import DSSError
    from ...models.job_list_item import JobListItem

    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = JobListItem.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 401:
        response_401 = DSSError.from_dict(response.json())

        return response_401

    response_default = DSSError.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DSSError | list[JobListItem]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    all_users: bool | Unset = True,
) -> Response[DSSError | list[JobListItem]]:
    """List the running jobs of the instance

     Lists the jobs that are not over yet in every project the caller may
    read (`allUsers`), or only the caller's own jobs.

    Args:
        all_users (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | list[JobListItem]]
    """

    kwargs = request_kwargs(
        all_users=all_users,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    all_users: bool | Unset = True,
) -> DSSError | list[JobListItem] | None:
    """List the running jobs of the instance

     Lists the jobs that are not over yet in every project the caller may
    read (`allUsers`), or only the caller's own jobs.

    Args:
        all_users (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | list[JobListItem]
    """

    return sync_detailed(
        client=client,
        all_users=all_users,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    all_users: bool | Unset = True,
) -> Response[DSSError | list[JobListItem]]:
    """List the running jobs of the instance

     Lists the jobs that are not over yet in every project the caller may
    read (`allUsers`), or only the caller's own jobs.

    Args:
        all_users (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | list[JobListItem]]
    """

    kwargs = request_kwargs(
        all_users=all_users,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    all_users: bool | Unset = True,
) -> DSSError | list[JobListItem] | None:
    """List the running jobs of the instance

     Lists the jobs that are not over yet in every project the caller may
    read (`allUsers`), or only the caller's own jobs.

    Args:
        all_users (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | list[JobListItem]
    """

    return (
        await asyncio_detailed(
            client=client,
            all_users=all_users,
        )
    ).parsed
