from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import Response, path_segment

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.dss_error import DSSError
    from ...models.user_info import UserInfo


def request_kwargs(
    login: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/users/{path_segment(login)}",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DSSError | UserInfo:

    from ...models.dss_error import DSSError
    from ...models.user_info import UserInfo

    if response.status_code == 200:
        response_200 = UserInfo.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = DSSError.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = DSSError.from_dict(response.json())

        return response_404

    response_default = DSSError.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DSSError | UserInfo]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    login: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DSSError | UserInfo]:
    """Get basic information about a user

     Returns a user's login, display name, email, groups and whether it is enabled. Any user may call it.

    Args:
        login (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | UserInfo]
    """

    kwargs = request_kwargs(
        login=login,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    login: str,
    *,
    client: AuthenticatedClient | Client,
) -> DSSError | UserInfo | None:
    """Get basic information about a user

     Returns a user's login, display name, email, groups and whether it is enabled. Any user may call it.

    Args:
        login (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | UserInfo
    """

    return sync_detailed(
        login=login,
        client=client,
    ).parsed


async def asyncio_detailed(
    login: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DSSError | UserInfo]:
    """Get basic information about a user

     Returns a user's login, display name, email, groups and whether it is enabled. Any user may call it.

    Args:
        login (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | UserInfo]
    """

    kwargs = request_kwargs(
        login=login,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    login: str,
    *,
    client: AuthenticatedClient | Client,
) -> DSSError | UserInfo | None:
    """Get basic information about a user

     Returns a user's login, display name, email, groups and whether it is enabled. Any user may call it.

    Args:
        login (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | UserInfo
    """

    return (
        await asyncio_detailed(
            login=login,
            client=client,
        )
    ).parsed
