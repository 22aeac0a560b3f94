from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response, Unset, path_segment

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.data_quality_timeline_day import DataQualityTimelineDay
    from ...models.dss_error import DSSError


def request_kwargs(
    project_key: str,
    *,
    min_timestamp: int | Unset = UNSET,
    max_timestamp: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["minTimestamp"] = min_timestamp

    params["maxTimestamp"] = max_timestamp

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/projects/{path_segment(project_key)}/data-quality/timeline",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DSSError | list[DataQualityTimelineDay]:

    from ...models.data_quality_timeline_day import DataQualityTimelineDay
    from ...models.dss_error import DSSError

    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = DataQualityTimelineDay.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[DSSError | list[DataQualityTimelineDay]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_key: str,
    *,
    client: AuthenticatedClient | Client,
    min_timestamp: int | Unset = UNSET,
    max_timestamp: int | Unset = UNSET,
) -> Response[DSSError | list[DataQualityTimelineDay]]:
    """Get a project's data quality timeline

     The project's rule computations aggregated per day (UTC) over a time frame (the last 14
    days by default): each day's worst and current outcome, and the datasets computed that
    day. A dataset deleted since appears as `<name> (deleted)`.

    Args:
        project_key (str):
        min_timestamp (int | Unset):
        max_timestamp (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | list[DataQualityTimelineDay]]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        min_timestamp=min_timestamp,
        max_timestamp=max_timestamp,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_key: str,
    *,
    client: AuthenticatedClient | Client,
    min_timestamp: int | Unset = UNSET,
    max_timestamp: int | Unset = UNSET,
) -> DSSError | list[DataQualityTimelineDay] | None:
    """Get a project's data quality timeline

     The project's rule computations aggregated per day (UTC) over a time frame (the last 14
    days by default): each day's worst and current outcome, and the datasets computed that
    day. A dataset deleted since appears as `<name> (deleted)`.

    Args:
        project_key (str):
        min_timestamp (int | Unset):
        max_timestamp (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | list[DataQualityTimelineDay]
    """

    return sync_detailed(
        project_key=project_key,
        client=client,
        min_timestamp=min_timestamp,
        max_timestamp=max_timestamp,
    ).parsed


async def asyncio_detailed(
    project_key: str,
    *,
    client: AuthenticatedClient | Client,
    min_timestamp: int | Unset = UNSET,
    max_timestamp: int | Unset = UNSET,
) -> Response[DSSError | list[DataQualityTimelineDay]]:
    """Get a project's data quality timeline

     The project's rule computations aggregated per day (UTC) over a time frame (the last 14
    days by default): each day's worst and current outcome, and the datasets computed that
    day. A dataset deleted since appears as `<name> (deleted)`.

    Args:
        project_key (str):
        min_timestamp (int | Unset):
        max_timestamp (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | list[DataQualityTimelineDay]]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        min_timestamp=min_timestamp,
        max_timestamp=max_timestamp,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_key: str,
    *,
    client: AuthenticatedClient | Client,
    min_timestamp: int | Unset = UNSET,
    max_timestamp: int | Unset = UNSET,
) -> DSSError | list[DataQualityTimelineDay] | None:
    """Get a project's data quality timeline

     The project's rule computations aggregated per day (UTC) over a time frame (the last 14
    days by default): each day's worst and current outcome, and the datasets computed that
    day. A dataset deleted since appears as `<name> (deleted)`.

    Args:
        project_key (str):
        min_timestamp (int | Unset):
        max_timestamp (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | list[DataQualityTimelineDay]
    """

    return (
        await asyncio_detailed(
            project_key=project_key,
            client=client,
            min_timestamp=min_timestamp,
            max_timestamp=max_timestamp,
        )
    ).parsed
