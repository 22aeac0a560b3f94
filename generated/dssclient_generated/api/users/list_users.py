from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.dss_error import DSSError
    from ...models.user_settings import UserSettings


def request_kwargs(
    *,
    include_settings: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["includeSettings"] = include_settings

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/admin/users/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DSSError | list[UserSettings]:

    from ...models.dss_error import DSSError
    from ...models.user_settings import UserSettings

    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = UserSettings.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 401:
        response_401 = DSSError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = DSSError.from_dict(response.json())

        return response_403

    response_default = DSSError.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DSSError | list[UserSettings]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    include_settings: bool | Unset = False,
) -> Response[DSSError | list[UserSettings]]:
    """List users

     Lists the users of the instance, as summaries, or with their whole settings when asked.

    Args:
        include_settings (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | list[UserSettings]]
    """

    kwargs = request_kwargs(
        include_settings=include_settings,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    include_settings: bool | Unset = False,
) -> DSSError | list[UserSettings] | None:
    """List users

     Lists the users of the instance, as summaries, or with their whole settings when asked.

    Args:
        include_settings (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | list[UserSettings]
    """

    return sync_detailed(
        client=client,
        include_settings=include_settings,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    include_settings: bool | Unset = False,
) -> Response[DSSError | list[UserSettings]]:
    """List users

     Lists the users of the instance, as summaries, or with their whole settings when asked.

    Args:
        include_settings (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | list[UserSettings]]
    """

    kwargs = request_kwargs(
        include_settings=include_settings,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    include_settings: bool | Unset = False,
) -> DSSError | list[UserSettings] | None:
    """List users

     Lists the users of the instance, as summaries, or with their whole settings when asked.

    Args:
        include_settings (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | list[UserSettings]
    """

    return (
        await asyncio_detailed(
            client=client,
            include_settings=include_settings,
        )
    ).parsed
