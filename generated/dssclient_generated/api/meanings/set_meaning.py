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
    *,
    body: MeaningDefinition,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": f"/meanings/{path_segment(meaning_id)}",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DSSError | MeaningDefinition:

    from ...models.dss_error import DSSError
    from ...models.meaning_definition import MeaningDefinition

    if response.status_code == 200:
        response_200 = MeaningDefinition.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = DSSError.from_dict(response.json())

        return response_400

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
    body: MeaningDefinition,
) -> Response[DSSError | MeaningDefinition]:
    """Replace a meaning's definition

     Replaces the definition with the body, a modified copy of what `getMeaning` returned, and answers
    the saved definition.

    Args:
        meaning_id (str):
        body (MeaningDefinition): A user-defined meaning.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | MeaningDefinition]
    """

    kwargs = request_kwargs(
        meaning_id=meaning_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    meaning_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: MeaningDefinition,
) -> DSSError | MeaningDefinition | None:
    """Replace a meaning's definition

     Replaces the definition with the body, a modified copy of what `getMeaning` returned, and answers
    the saved definition.

    Args:
        meaning_id (str):
        body (MeaningDefinition): A user-defined meaning.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | MeaningDefinition
    """

    return sync_detailed(
        meaning_id=meaning_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    meaning_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: MeaningDefinition,
) -> Response[DSSError | MeaningDefinition]:
    """Replace a meaning's definition

     Replaces the definition with the body, a modified copy of what `getMeaning` returned, and answers
    the saved definition.

    Args:
        meaning_id (str):
        body (MeaningDefinition): A user-defined meaning.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | MeaningDefinition]
    """

    kwargs = request_kwargs(
        meaning_id=meaning_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    meaning_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: MeaningDefinition,
) -> DSSError | MeaningDefinition | None:
    """Replace a meaning's definition

     Replaces the definition with the body, a modified copy of what `getMeaning` returned, and answers
    the saved definition.

    Args:
        meaning_id (str):
        body (MeaningDefinition): A user-defined meaning.

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
            body=body,
        )
    ).parsed
