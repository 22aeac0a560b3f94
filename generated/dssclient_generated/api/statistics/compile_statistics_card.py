from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.dss_error import DSSError
    from ...models.statistics_card import StatisticsCard
    from ...models.statistics_computation import StatisticsComputation


def request_kwargs(
    *,
    body: StatisticsCard,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/statistics/cards/compile",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DSSError | StatisticsComputation:

    from ...models.dss_error import DSSError
    from ...models.statistics_computation import StatisticsComputation

    if response.status_code == 200:
        response_200 = StatisticsComputation.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = DSSError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = DSSError.from_dict(response.json())

        return response_401

    response_default = DSSError.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DSSError | StatisticsComputation]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: StatisticsCard,
) -> Response[DSSError | StatisticsComputation]:
    """Compile a card into its computation

     The computation DSS runs to compute the card (unverified: the emulator's compilation of the
    card types it computes; any other type is refused).

    Args:
        body (StatisticsCard): A card of a worksheet (unverified): its `type` (`worksheet_root`,
            `univariate_summary`,
            `correlation_matrix`, `bivariate_histogram`, ... in DSS) and what it computes on.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | StatisticsComputation]
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
    body: StatisticsCard,
) -> DSSError | StatisticsComputation | None:
    """Compile a card into its computation

     The computation DSS runs to compute the card (unverified: the emulator's compilation of the
    card types it computes; any other type is refused).

    Args:
        body (StatisticsCard): A card of a worksheet (unverified): its `type` (`worksheet_root`,
            `univariate_summary`,
            `correlation_matrix`, `bivariate_histogram`, ... in DSS) and what it computes on.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | StatisticsComputation
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: StatisticsCard,
) -> Response[DSSError | StatisticsComputation]:
    """Compile a card into its computation

     The computation DSS runs to compute the card (unverified: the emulator's compilation of the
    card types it computes; any other type is refused).

    Args:
        body (StatisticsCard): A card of a worksheet (unverified): its `type` (`worksheet_root`,
            `univariate_summary`,
            `correlation_matrix`, `bivariate_histogram`, ... in DSS) and what it computes on.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | StatisticsComputation]
    """

    kwargs = request_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: StatisticsCard,
) -> DSSError | StatisticsComputation | None:
    """Compile a card into its computation

     The computation DSS runs to compute the card (unverified: the emulator's compilation of the
    card types it computes; any other type is refused).

    Args:
        body (StatisticsCard): A card of a worksheet (unverified): its `type` (`worksheet_root`,
            `univariate_summary`,
            `correlation_matrix`, `bivariate_histogram`, ... in DSS) and what it computes on.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | StatisticsComputation
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
