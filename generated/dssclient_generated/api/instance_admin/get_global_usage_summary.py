from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.dss_error import DSSError
    from ...models.global_usage_summary import GlobalUsageSummary


def request_kwargs(
    *,
    with_per_project: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["withPerProject"] = with_per_project

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/admin/monitoring/global-usage-summary",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DSSError | GlobalUsageSummary:

    from ...models.dss_error import DSSError
    from ...models.global_usage_summary import GlobalUsageSummary

    if response.status_code == 200:
        response_200 = GlobalUsageSummary.from_dict(response.json())

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
) -> Response[DSSError | GlobalUsageSummary]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    with_per_project: bool | Unset = False,
) -> Response[DSSError | GlobalUsageSummary]:
    """Get a summary of the instance's usage

     Counts the instance's projects, datasets, recipes, notebooks, scenarios, ...

    Args:
        with_per_project (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | GlobalUsageSummary]
    """

    kwargs = request_kwargs(
        with_per_project=with_per_project,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    with_per_project: bool | Unset = False,
) -> DSSError | GlobalUsageSummary | None:
    """Get a summary of the instance's usage

     Counts the instance's projects, datasets, recipes, notebooks, scenarios, ...

    Args:
        with_per_project (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | GlobalUsageSummary
    """

    return sync_detailed(
        client=client,
        with_per_project=with_per_project,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    with_per_project: bool | Unset = False,
) -> Response[DSSError | GlobalUsageSummary]:
    """Get a summary of the instance's usage

     Counts the instance's projects, datasets, recipes, notebooks, scenarios, ...

    Args:
        with_per_project (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | GlobalUsageSummary]
    """

    kwargs = request_kwargs(
        with_per_project=with_per_project,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    with_per_project: bool | Unset = False,
) -> DSSError | GlobalUsageSummary | None:
    """Get a summary of the instance's usage

     Counts the instance's projects, datasets, recipes, notebooks, scenarios, ...

    Args:
        with_per_project (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | GlobalUsageSummary
    """

    return (
        await asyncio_detailed(
            client=client,
            with_per_project=with_per_project,
        )
    ).parsed
