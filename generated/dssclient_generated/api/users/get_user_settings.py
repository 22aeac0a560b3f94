from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import Response, path_segment

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.dss_error import DSSError
    from ...models.user_settings import UserSettings


def request_kwargs(
    login: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/admin/users/{path_segment(login)}",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DSSError | UserSettings:

    from ...models.dss_error import DSSError
    from ...models.user_settings import UserSettings

    if response.status_code == 200:
        response_200 = UserSettings.from_dict(response.json())

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
) -> Response[DSSError | UserSettings]:
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
) -> Response[DSSError | UserSettings]:
    """Get a user's settings

     Returns the user's settings. Secret values (the `value` of secrets,
    the passwords and refresh tokens of per-connection credentials) and the
    password are never returned.

    Args:
        login (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | UserSettings]
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
) -> DSSError | UserSettings | None:
    """Get a user's settings

     Returns the user's settings. Secret values (the `value` of secrets,
    the passwords and refresh tokens of per-connection credentials) and the
    password are never returned.

    Args:
        login (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | UserSettings
    """

    return sync_detailed(
        login=login,
        client=client,
    ).parsed


async def asyncio_detailed(
    login: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DSSError | UserSettings]:
    """Get a user's settings

     Returns the user's settings. Secret values (the `value` of secrets,
    the passwords and refresh tokens of per-connection credentials) and the
    password are never returned.

    Args:
        login (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | UserSettings]
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
) -> DSSError | UserSettings | None:
    """Get a user's settings

     Returns the user's settings. Secret values (the `value` of secrets,
    the passwords and refresh tokens of per-connection credentials) and the
    password are never returned.

    Args:
        login (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | UserSettings
    """

    return (
        await asyncio_detailed(
            login=login,
            client=client,
        )
    ).parsed
