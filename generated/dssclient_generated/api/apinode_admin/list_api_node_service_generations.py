from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import Response, path_segment

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.api_node_generations import ApiNodeGenerations
    from ...models.dss_error import DSSError


def request_kwargs(
    service_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/services/{path_segment(service_id)}/generations",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiNodeGenerations | DSSError:

    from ...models.api_node_generations import ApiNodeGenerations
    from ...models.dss_error import DSSError

    if response.status_code == 200:
        response_200 = ApiNodeGenerations.from_dict(response.json())

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
) -> Response[ApiNodeGenerations | DSSError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    service_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ApiNodeGenerations | DSSError]:
    """List a service's generations

     The generations (package versions) of the service held by the API node.

    Args:
        service_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiNodeGenerations | DSSError]
    """

    kwargs = request_kwargs(
        service_id=service_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    service_id: str,
    *,
    client: AuthenticatedClient,
) -> ApiNodeGenerations | DSSError | None:
    """List a service's generations

     The generations (package versions) of the service held by the API node.

    Args:
        service_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiNodeGenerations | DSSError
    """

    return sync_detailed(
        service_id=service_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    service_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ApiNodeGenerations | DSSError]:
    """List a service's generations

     The generations (package versions) of the service held by the API node.

    Args:
        service_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiNodeGenerations | DSSError]
    """

    kwargs = request_kwargs(
        service_id=service_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    service_id: str,
    *,
    client: AuthenticatedClient,
) -> ApiNodeGenerations | DSSError | None:
    """List a service's generations

     The generations (package versions) of the service held by the API node.

    Args:
        service_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiNodeGenerations | DSSError
    """

    return (
        await asyncio_detailed(
            service_id=service_id,
            client=client,
        )
    ).parsed
