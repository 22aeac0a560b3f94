from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.auth_info import AuthInfo
    from ...models.dss_error import DSSError


def request_kwargs(
    *,
    with_secrets: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["withSecrets"] = with_secrets

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/auth/info",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AuthInfo | DSSError:

    from ...models.auth_info import AuthInfo
    from ...models.dss_error import DSSError

    if response.status_code == 200:
        response_200 = AuthInfo.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = DSSError.from_dict(response.json())

        return response_401

    response_default = DSSError.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AuthInfo | DSSError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    with_secrets: bool | Unset = False,
) -> Response[AuthInfo | DSSError]:
    """Get the caller's identity

     Returns who the credentials of the request authenticate as.

    Args:
        with_secrets (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthInfo | DSSError]
    """

    kwargs = request_kwargs(
        with_secrets=with_secrets,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    with_secrets: bool | Unset = False,
) -> AuthInfo | DSSError | None:
    """Get the caller's identity

     Returns who the credentials of the request authenticate as.

    Args:
        with_secrets (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthInfo | DSSError
    """

    return sync_detailed(
        client=client,
        with_secrets=with_secrets,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    with_secrets: bool | Unset = False,
) -> Response[AuthInfo | DSSError]:
    """Get the caller's identity

     Returns who the credentials of the request authenticate as.

    Args:
        with_secrets (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthInfo | DSSError]
    """

    kwargs = request_kwargs(
        with_secrets=with_secrets,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    with_secrets: bool | Unset = False,
) -> AuthInfo | DSSError | None:
    """Get the caller's identity

     Returns who the credentials of the request authenticate as.

    Args:
        with_secrets (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthInfo | DSSError
    """

    return (
        await asyncio_detailed(
            client=client,
            with_secrets=with_secrets,
        )
    ).parsed
