from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.dss_error import DSSError
    from ...models.get_instance_data_quality_status_response_200 import (
        GetInstanceDataQualityStatusResponse200,
    )


def request_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/data-quality/status",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DSSError | GetInstanceDataQualityStatusResponse200:

    from ...models.dss_error import DSSError
    from ...models.get_instance_data_quality_status_response_200 import (
        GetInstanceDataQualityStatusResponse200,
    )

    if response.status_code == 200:
        response_200 = GetInstanceDataQualityStatusResponse200.from_dict(
            response.json()
        )

        return response_200

    if response.status_code == 401:
        response_401 = DSSError.from_dict(response.json())

        return response_401

    response_default = DSSError.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DSSError | GetInstanceDataQualityStatusResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[DSSError | GetInstanceDataQualityStatusResponse200]:
    """Get the data quality status of the instance

     For each project the caller may read that has monitored datasets, the count of its
    monitored datasets by status and the worst of them (unverified).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | GetInstanceDataQualityStatusResponse200]
    """

    kwargs = request_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> DSSError | GetInstanceDataQualityStatusResponse200 | None:
    """Get the data quality status of the instance

     For each project the caller may read that has monitored datasets, the count of its
    monitored datasets by status and the worst of them (unverified).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | GetInstanceDataQualityStatusResponse200
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[DSSError | GetInstanceDataQualityStatusResponse200]:
    """Get the data quality status of the instance

     For each project the caller may read that has monitored datasets, the count of its
    monitored datasets by status and the worst of them (unverified).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | GetInstanceDataQualityStatusResponse200]
    """

    kwargs = request_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> DSSError | GetInstanceDataQualityStatusResponse200 | None:
    """Get the data quality status of the instance

     For each project the caller may read that has monitored datasets, the count of its
    monitored datasets by status and the worst of them (unverified).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | GetInstanceDataQualityStatusResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
