from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast

import httpx

from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.dss_error import DSSError


def request_kwargs(
    *,
    type_: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["type"] = type_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/connections/get-names",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DSSError | list[str]:

    from ...models.dss_error import DSSError

    if response.status_code == 200:
        response_200 = cast(list[str], response.json())

        return response_200

    if response.status_code == 400:
        response_400 = DSSError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = DSSError.from_dict(response.json())

        return response_401

    response_default = DSSError.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DSSError | list[str]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    type_: str,
) -> Response[DSSError | list[str]]:
    """List the names of the connections the caller may use

     Returns the names of the connections of one type (or of every type)
    that the caller may use: all of them for an administrator, otherwise
    those usable by everyone (`usableBy: ALL`) or by one of the caller's
    groups (`usableBy: ALLOWED`, `allowedGroups`). Unlike
    `listConnections`, it needs no administrator rights and returns no
    definition.

    Args:
        type_ (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | list[str]]
    """

    kwargs = request_kwargs(
        type_=type_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    type_: str,
) -> DSSError | list[str] | None:
    """List the names of the connections the caller may use

     Returns the names of the connections of one type (or of every type)
    that the caller may use: all of them for an administrator, otherwise
    those usable by everyone (`usableBy: ALL`) or by one of the caller's
    groups (`usableBy: ALLOWED`, `allowedGroups`). Unlike
    `listConnections`, it needs no administrator rights and returns no
    definition.

    Args:
        type_ (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | list[str]
    """

    return sync_detailed(
        client=client,
        type_=type_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    type_: str,
) -> Response[DSSError | list[str]]:
    """List the names of the connections the caller may use

     Returns the names of the connections of one type (or of every type)
    that the caller may use: all of them for an administrator, otherwise
    those usable by everyone (`usableBy: ALL`) or by one of the caller's
    groups (`usableBy: ALLOWED`, `allowedGroups`). Unlike
    `listConnections`, it needs no administrator rights and returns no
    definition.

    Args:
        type_ (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | list[str]]
    """

    kwargs = request_kwargs(
        type_=type_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    type_: str,
) -> DSSError | list[str] | None:
    """List the names of the connections the caller may use

     Returns the names of the connections of one type (or of every type)
    that the caller may use: all of them for an administrator, otherwise
    those usable by everyone (`usableBy: ALL`) or by one of the caller's
    groups (`usableBy: ALLOWED`, `allowedGroups`). Unlike
    `listConnections`, it needs no administrator rights and returns no
    definition.

    Args:
        type_ (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | list[str]
    """

    return (
        await asyncio_detailed(
            client=client,
            type_=type_,
        )
    ).parsed
