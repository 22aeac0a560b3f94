from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast

import httpx

from ...types import Response, path_segment

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.dss_error import DSSError


def request_kwargs(
    log_name: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/admin/logs/{path_segment(log_name)}",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DSSError | str:

    from ...models.dss_error import DSSError

    if response.status_code == 200:
        response_200 = cast(str, response.json())
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
) -> Response[DSSError | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    log_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DSSError | str]:
    """Get a log file

     Returns the whole content of the log file, as one JSON string.

    Args:
        log_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | str]
    """

    kwargs = request_kwargs(
        log_name=log_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    log_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> DSSError | str | None:
    """Get a log file

     Returns the whole content of the log file, as one JSON string.

    Args:
        log_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | str
    """

    return sync_detailed(
        log_name=log_name,
        client=client,
    ).parsed


async def asyncio_detailed(
    log_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DSSError | str]:
    """Get a log file

     Returns the whole content of the log file, as one JSON string.

    Args:
        log_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | str]
    """

    kwargs = request_kwargs(
        log_name=log_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    log_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> DSSError | str | None:
    """Get a log file

     Returns the whole content of the log file, as one JSON string.

    Args:
        log_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | str
    """

    return (
        await asyncio_detailed(
            log_name=log_name,
            client=client,
        )
    ).parsed
