from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response, Unset, path_segment

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.dss_error import DSSError
    from ...models.get_project_data_quality_status_response_200 import (
        GetProjectDataQualityStatusResponse200,
    )


def request_kwargs(
    project_key: str,
    *,
    only_monitored: bool | Unset = True,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["onlyMonitored"] = only_monitored

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/projects/{path_segment(project_key)}/data-quality/status",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DSSError | GetProjectDataQualityStatusResponse200:

    from ...models.dss_error import DSSError
    from ...models.get_project_data_quality_status_response_200 import (
        GetProjectDataQualityStatusResponse200,
    )

    if response.status_code == 200:
        response_200 = GetProjectDataQualityStatusResponse200.from_dict(response.json())

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
) -> Response[DSSError | GetProjectDataQualityStatusResponse200]:
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
    only_monitored: bool | Unset = True,
) -> Response[DSSError | GetProjectDataQualityStatusResponse200]:
    """Get a project's data quality status

     The status of the project's datasets, by dataset name: the monitored ones (those with
    rules; unverified) unless `onlyMonitored` is false.

    Args:
        project_key (str):
        only_monitored (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | GetProjectDataQualityStatusResponse200]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        only_monitored=only_monitored,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_key: str,
    *,
    client: AuthenticatedClient | Client,
    only_monitored: bool | Unset = True,
) -> DSSError | GetProjectDataQualityStatusResponse200 | None:
    """Get a project's data quality status

     The status of the project's datasets, by dataset name: the monitored ones (those with
    rules; unverified) unless `onlyMonitored` is false.

    Args:
        project_key (str):
        only_monitored (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | GetProjectDataQualityStatusResponse200
    """

    return sync_detailed(
        project_key=project_key,
        client=client,
        only_monitored=only_monitored,
    ).parsed


async def asyncio_detailed(
    project_key: str,
    *,
    client: AuthenticatedClient | Client,
    only_monitored: bool | Unset = True,
) -> Response[DSSError | GetProjectDataQualityStatusResponse200]:
    """Get a project's data quality status

     The status of the project's datasets, by dataset name: the monitored ones (those with
    rules; unverified) unless `onlyMonitored` is false.

    Args:
        project_key (str):
        only_monitored (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | GetProjectDataQualityStatusResponse200]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        only_monitored=only_monitored,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_key: str,
    *,
    client: AuthenticatedClient | Client,
    only_monitored: bool | Unset = True,
) -> DSSError | GetProjectDataQualityStatusResponse200 | None:
    """Get a project's data quality status

     The status of the project's datasets, by dataset name: the monitored ones (those with
    rules; unverified) unless `onlyMonitored` is false.

    Args:
        project_key (str):
        only_monitored (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | GetProjectDataQualityStatusResponse200
    """

    return (
        await asyncio_detailed(
            project_key=project_key,
            client=client,
            only_monitored=only_monitored,
        )
    ).parsed
