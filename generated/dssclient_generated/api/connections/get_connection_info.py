from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response, Unset, path_segment

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.connection_info import ConnectionInfo
    from ...models.dss_error import DSSError


def request_kwargs(
    connection_name: str,
    *,
    contextual_project_key: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["contextualProjectKey"] = contextual_project_key

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/connections/{path_segment(connection_name)}/info",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConnectionInfo | DSSError:

    from ...models.connection_info import ConnectionInfo
    from ...models.dss_error import DSSError

    if response.status_code == 200:
        response_200 = ConnectionInfo.from_dict(response.json())

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
) -> Response[ConnectionInfo | DSSError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    connection_name: str,
    *,
    client: AuthenticatedClient | Client,
    contextual_project_key: str | Unset = UNSET,
) -> Response[ConnectionInfo | DSSError]:
    """Get a connection's details and credentials

     Returns the connection's type, parameters and resolved credentials in
    clear, to a caller whom the connection's details readability allows
    (`detailsReadability`: everyone, some groups, or administrators only).
    With per-user credentials, the caller's own credential is resolved.

    Args:
        connection_name (str):
        contextual_project_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConnectionInfo | DSSError]
    """

    kwargs = request_kwargs(
        connection_name=connection_name,
        contextual_project_key=contextual_project_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    connection_name: str,
    *,
    client: AuthenticatedClient | Client,
    contextual_project_key: str | Unset = UNSET,
) -> ConnectionInfo | DSSError | None:
    """Get a connection's details and credentials

     Returns the connection's type, parameters and resolved credentials in
    clear, to a caller whom the connection's details readability allows
    (`detailsReadability`: everyone, some groups, or administrators only).
    With per-user credentials, the caller's own credential is resolved.

    Args:
        connection_name (str):
        contextual_project_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConnectionInfo | DSSError
    """

    return sync_detailed(
        connection_name=connection_name,
        client=client,
        contextual_project_key=contextual_project_key,
    ).parsed


async def asyncio_detailed(
    connection_name: str,
    *,
    client: AuthenticatedClient | Client,
    contextual_project_key: str | Unset = UNSET,
) -> Response[ConnectionInfo | DSSError]:
    """Get a connection's details and credentials

     Returns the connection's type, parameters and resolved credentials in
    clear, to a caller whom the connection's details readability allows
    (`detailsReadability`: everyone, some groups, or administrators only).
    With per-user credentials, the caller's own credential is resolved.

    Args:
        connection_name (str):
        contextual_project_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConnectionInfo | DSSError]
    """

    kwargs = request_kwargs(
        connection_name=connection_name,
        contextual_project_key=contextual_project_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    connection_name: str,
    *,
    client: AuthenticatedClient | Client,
    contextual_project_key: str | Unset = UNSET,
) -> ConnectionInfo | DSSError | None:
    """Get a connection's details and credentials

     Returns the connection's type, parameters and resolved credentials in
    clear, to a caller whom the connection's details readability allows
    (`detailsReadability`: everyone, some groups, or administrators only).
    With per-user credentials, the caller's own credential is resolved.

    Args:
        connection_name (str):
        contextual_project_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConnectionInfo | DSSError
    """

    return (
        await asyncio_detailed(
            connection_name=connection_name,
            client=client,
            contextual_project_key=contextual_project_key,
        )
    ).parsed
