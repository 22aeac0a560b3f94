from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import Response, path_segment

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.dss_error import DSSError
    from ...models.meaning_definition import MeaningDefinition


def request_kwargs(
    meaning_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/meanings/{path_segment(meaning_id)}",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DSSError | MeaningDefinition:

    from ...models.dss_error import DSSError
    from ...models.meaning_definition import MeaningDefinition

    if response.status_code == 200:
        response_200 = MeaningDefinition.from_dict(response.json())

        return response_200

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
) -> Response[DSSError | MeaningDefinition]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    meaning_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DSSError | MeaningDefinition]:
    """Get a meaning's definition

     Returns the meaning's definition.

    Args:
        meaning_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | MeaningDefinition]
    """

    kwargs = request_kwargs(
        meaning_id=meaning_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    meaning_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> DSSError | MeaningDefinition | None:
    """Get a meaning's definition

     Returns the meaning's definition.

    Args:
        meaning_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | MeaningDefinition
    """

    return sync_detailed(
        meaning_id=meaning_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    meaning_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DSSError | MeaningDefinition]:
    """Get a meaning's definition

     Returns the meaning's definition.

    Args:
        meaning_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | MeaningDefinition]
    """

    kwargs = request_kwargs(
        meaning_id=meaning_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    meaning_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> DSSError | MeaningDefinition | None:
    """Get a meaning's definition

     Returns the meaning's definition.

    Args:
        meaning_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | MeaningDefinition
    """

    return (
        await asyncio_detailed(
            meaning_id=meaning_id,
            client=client,
        )
    ).parsed
