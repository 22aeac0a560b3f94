from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import Response, path_segment

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.computed_metrics_values import ComputedMetricsValues
    from ...models.dss_error import DSSError


def request_kwargs(
    project_key: str,
    evaluation_store_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/projects/{path_segment(project_key)}/evaluationstores/{path_segment(evaluation_store_id)}/metrics/last",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ComputedMetricsValues | DSSError:

    from ...models.computed_metrics_values import ComputedMetricsValues
    from ...models.dss_error import DSSError

    if response.status_code == 200:
        response_200 = ComputedMetricsValues.from_dict(response.json())

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
) -> Response[ComputedMetricsValues | DSSError]:
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
) -> Response[ComputedMetricsValues | DSSError]:
    """Get the metrics of a store's latest evaluation

     Returns every metric of the store's latest evaluation with its value (each evaluation
    is a "partition" of the store's metrics, named by its identifier).

    Args:
        project_key (str):
        evaluation_store_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ComputedMetricsValues | DSSError]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        evaluation_store_id=evaluation_store_id,
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
) -> ComputedMetricsValues | DSSError | None:
    """Get the metrics of a store's latest evaluation

     Returns every metric of the store's latest evaluation with its value (each evaluation
    is a "partition" of the store's metrics, named by its identifier).

    Args:
        project_key (str):
        evaluation_store_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ComputedMetricsValues | DSSError
    """

    return sync_detailed(
        project_key=project_key,
        evaluation_store_id=evaluation_store_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    project_key: str,
    evaluation_store_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ComputedMetricsValues | DSSError]:
    """Get the metrics of a store's latest evaluation

     Returns every metric of the store's latest evaluation with its value (each evaluation
    is a "partition" of the store's metrics, named by its identifier).

    Args:
        project_key (str):
        evaluation_store_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ComputedMetricsValues | DSSError]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        evaluation_store_id=evaluation_store_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_key: str,
    evaluation_store_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ComputedMetricsValues | DSSError | None:
    """Get the metrics of a store's latest evaluation

     Returns every metric of the store's latest evaluation with its value (each evaluation
    is a "partition" of the store's metrics, named by its identifier).

    Args:
        project_key (str):
        evaluation_store_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ComputedMetricsValues | DSSError
    """

    return (
        await asyncio_detailed(
            project_key=project_key,
            evaluation_store_id=evaluation_store_id,
            client=client,
        )
    ).parsed
