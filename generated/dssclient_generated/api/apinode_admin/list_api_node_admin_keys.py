from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.api_node_admin_key import ApiNodeAdminKey
    from ...models.dss_error import DSSError


def request_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/keys",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DSSError | list[ApiNodeAdminKey]:

    from ...models.api_node_admin_key import ApiNodeAdminKey
    from ...models.dss_error import DSSError

    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for componentsschemas_api_node_admin_key_list_item_data in _response_200:
            componentsschemas_api_node_admin_key_list_item = ApiNodeAdminKey.from_dict(
                componentsschemas_api_node_admin_key_list_item_data
            )

            response_200.append(componentsschemas_api_node_admin_key_list_item)

        return response_200

    if response.status_code == 400:
        response_400 = DSSError.from_dict(response.json())

        return response_400

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
) -> Response[DSSError | list[ApiNodeAdminKey]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[DSSError | list[ApiNodeAdminKey]]:
    """List the admin API keys

     The API node's admin API keys.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | list[ApiNodeAdminKey]]
    """

    kwargs = request_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> DSSError | list[ApiNodeAdminKey] | None:
    """List the admin API keys

     The API node's admin API keys.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | list[ApiNodeAdminKey]
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[DSSError | list[ApiNodeAdminKey]]:
    """List the admin API keys

     The API node's admin API keys.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | list[ApiNodeAdminKey]]
    """

    kwargs = request_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> DSSError | list[ApiNodeAdminKey] | None:
    """List the admin API keys

     The API node's admin API keys.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | list[ApiNodeAdminKey]
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
