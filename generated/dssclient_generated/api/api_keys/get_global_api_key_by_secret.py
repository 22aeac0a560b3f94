from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import Response, path_segment

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.dss_error import DSSError
    from ...models.global_api_key import GlobalApiKey


def request_kwargs(
    api_key: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/admin/globalAPIKeys/{path_segment(api_key)}",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DSSError | GlobalApiKey:

    from ...models.dss_error import DSSError
    from ...models.global_api_key import GlobalApiKey

    if response.status_code == 200:
        response_200 = GlobalApiKey.from_dict(response.json())

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
) -> Response[DSSError | GlobalApiKey]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    api_key: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DSSError | GlobalApiKey]:
    """Get a global API key's definition from its secret

     Deprecated (DSS 13): puts a secret in a URL, where proxies and logs
    keep it. Returns the definition of the global key with this secret;
    an unknown secret is not found.

    Args:
        api_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | GlobalApiKey]
    """

    kwargs = request_kwargs(
        api_key=api_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    api_key: str,
    *,
    client: AuthenticatedClient | Client,
) -> DSSError | GlobalApiKey | None:
    """Get a global API key's definition from its secret

     Deprecated (DSS 13): puts a secret in a URL, where proxies and logs
    keep it. Returns the definition of the global key with this secret;
    an unknown secret is not found.

    Args:
        api_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | GlobalApiKey
    """

    return sync_detailed(
        api_key=api_key,
        client=client,
    ).parsed


async def asyncio_detailed(
    api_key: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DSSError | GlobalApiKey]:
    """Get a global API key's definition from its secret

     Deprecated (DSS 13): puts a secret in a URL, where proxies and logs
    keep it. Returns the definition of the global key with this secret;
    an unknown secret is not found.

    Args:
        api_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | GlobalApiKey]
    """

    kwargs = request_kwargs(
        api_key=api_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    api_key: str,
    *,
    client: AuthenticatedClient | Client,
) -> DSSError | GlobalApiKey | None:
    """Get a global API key's definition from its secret

     Deprecated (DSS 13): puts a secret in a URL, where proxies and logs
    keep it. Returns the definition of the global key with this secret;
    an unknown secret is not found.

    Args:
        api_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | GlobalApiKey
    """

    return (
        await asyncio_detailed(
            api_key=api_key,
            client=client,
        )
    ).parsed
