from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast

import httpx

from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.api_node_create_service_body import ApiNodeCreateServiceBody
    from ...models.dss_error import DSSError


def request_kwargs(
    *,
    body: ApiNodeCreateServiceBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/services/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | DSSError:

    from ...models.dss_error import DSSError

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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
) -> Response[Any | DSSError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ApiNodeCreateServiceBody,
) -> Response[Any | DSSError]:
    """Create a service

     Declares a new service on the API node (no generation yet, disabled until it has a mapping).

    Args:
        body (ApiNodeCreateServiceBody): The service to declare.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DSSError]
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
    client: AuthenticatedClient,
    body: ApiNodeCreateServiceBody,
) -> Any | DSSError | None:
    """Create a service

     Declares a new service on the API node (no generation yet, disabled until it has a mapping).

    Args:
        body (ApiNodeCreateServiceBody): The service to declare.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DSSError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ApiNodeCreateServiceBody,
) -> Response[Any | DSSError]:
    """Create a service

     Declares a new service on the API node (no generation yet, disabled until it has a mapping).

    Args:
        body (ApiNodeCreateServiceBody): The service to declare.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DSSError]
    """

    kwargs = request_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ApiNodeCreateServiceBody,
) -> Any | DSSError | None:
    """Create a service

     Declares a new service on the API node (no generation yet, disabled until it has a mapping).

    Args:
        body (ApiNodeCreateServiceBody): The service to declare.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DSSError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
