from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response, path_segment

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.dss_error import DSSError
    from ...models.metric_history import MetricHistory


def request_kwargs(
    project_key: str,
    evaluation_store_id: str,
    *,
    metric_lookup: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["metricLookup"] = metric_lookup

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/projects/{path_segment(project_key)}/evaluationstores/{path_segment(evaluation_store_id)}/metrics/history",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DSSError | MetricHistory:

    from ...models.dss_error import DSSError
    from ...models.metric_history import MetricHistory

    if response.status_code == 200:
        response_200 = MetricHistory.from_dict(response.json())

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
) -> Response[DSSError | MetricHistory]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_key: str,
    evaluation_store_id: str,
    *,
    client: AuthenticatedClient | Client,
    metric_lookup: str,
) -> Response[DSSError | MetricHistory]:
    """Get the history of a metric of an evaluation store

     Returns the values a metric took over the store's evaluations, oldest first.

    Args:
        project_key (str):
        evaluation_store_id (str):
        metric_lookup (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | MetricHistory]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        evaluation_store_id=evaluation_store_id,
        metric_lookup=metric_lookup,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_key: str,
    evaluation_store_id: str,
    *,
    client: AuthenticatedClient | Client,
    metric_lookup: str,
) -> DSSError | MetricHistory | None:
    """Get the history of a metric of an evaluation store

     Returns the values a metric took over the store's evaluations, oldest first.

    Args:
        project_key (str):
        evaluation_store_id (str):
        metric_lookup (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | MetricHistory
    """

    return sync_detailed(
        project_key=project_key,
        evaluation_store_id=evaluation_store_id,
        client=client,
        metric_lookup=metric_lookup,
    ).parsed


async def asyncio_detailed(
    project_key: str,
    evaluation_store_id: str,
    *,
    client: AuthenticatedClient | Client,
    metric_lookup: str,
) -> Response[DSSError | MetricHistory]:
    """Get the history of a metric of an evaluation store

     Returns the values a metric took over the store's evaluations, oldest first.

    Args:
        project_key (str):
        evaluation_store_id (str):
        metric_lookup (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | MetricHistory]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        evaluation_store_id=evaluation_store_id,
        metric_lookup=metric_lookup,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_key: str,
    evaluation_store_id: str,
    *,
    client: AuthenticatedClient | Client,
    metric_lookup: str,
) -> DSSError | MetricHistory | None:
    """Get the history of a metric of an evaluation store

     Returns the values a metric took over the store's evaluations, oldest first.

    Args:
        project_key (str):
        evaluation_store_id (str):
        metric_lookup (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | MetricHistory
    """

    return (
        await asyncio_detailed(
            project_key=project_key,
            evaluation_store_id=evaluation_store_id,
            client=client,
            metric_lookup=metric_lookup,
        )
    ).parsed
