from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.browser_headers import BrowserHeaders
    from ...models.dss_error import DSSError
    from ...models.ticket_answer import TicketAnswer


def request_kwargs(
    *,
    body: BrowserHeaders,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/auth/ticket-from-browser-headers",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DSSError | TicketAnswer:

    from ...models.dss_error import DSSError
    from ...models.ticket_answer import TicketAnswer

    if response.status_code == 200:
        response_200 = TicketAnswer.from_dict(response.json())

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
) -> Response[DSSError | TicketAnswer]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BrowserHeaders,
) -> Response[DSSError | TicketAnswer]:
    """Get an API ticket for the user behind a browser's request

     For webapp backends: returns an API ticket (for the `X-DKU-APITicket`
    header) acting as the user the browser's headers authenticate as. The
    caller must be an administrator, or in a group whose
    `canObtainAPITicketFromCookiesForGroupsRegex` matches one of that
    user's groups (403 otherwise).

    Args:
        body (BrowserHeaders): The HTTP headers of a browser's request, by header name.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | TicketAnswer]
    """

    kwargs = request_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: BrowserHeaders,
) -> DSSError | TicketAnswer | None:
    """Get an API ticket for the user behind a browser's request

     For webapp backends: returns an API ticket (for the `X-DKU-APITicket`
    header) acting as the user the browser's headers authenticate as. The
    caller must be an administrator, or in a group whose
    `canObtainAPITicketFromCookiesForGroupsRegex` matches one of that
    user's groups (403 otherwise).

    Args:
        body (BrowserHeaders): The HTTP headers of a browser's request, by header name.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | TicketAnswer
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BrowserHeaders,
) -> Response[DSSError | TicketAnswer]:
    """Get an API ticket for the user behind a browser's request

     For webapp backends: returns an API ticket (for the `X-DKU-APITicket`
    header) acting as the user the browser's headers authenticate as. The
    caller must be an administrator, or in a group whose
    `canObtainAPITicketFromCookiesForGroupsRegex` matches one of that
    user's groups (403 otherwise).

    Args:
        body (BrowserHeaders): The HTTP headers of a browser's request, by header name.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | TicketAnswer]
    """

    kwargs = request_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: BrowserHeaders,
) -> DSSError | TicketAnswer | None:
    """Get an API ticket for the user behind a browser's request

     For webapp backends: returns an API ticket (for the `X-DKU-APITicket`
    header) acting as the user the browser's headers authenticate as. The
    caller must be an administrator, or in a group whose
    `canObtainAPITicketFromCookiesForGroupsRegex` matches one of that
    user's groups (403 otherwise).

    Args:
        body (BrowserHeaders): The HTTP headers of a browser's request, by header name.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | TicketAnswer
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
