from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response, Unset, path_segment

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.data_quality_status_by_partition import DataQualityStatusByPartition
    from ...models.dss_error import DSSError


def request_kwargs(
    project_key: str,
    dataset_name: str,
    *,
    include_all_partitions: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["includeAllPartitions"] = include_all_partitions

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/projects/{path_segment(project_key)}/datasets/{path_segment(dataset_name)}/data-quality/status-by-partition",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DSSError | DataQualityStatusByPartition:

    from ...models.data_quality_status_by_partition import DataQualityStatusByPartition
    from ...models.dss_error import DSSError

    if response.status_code == 200:
        response_200 = DataQualityStatusByPartition.from_dict(response.json())

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
) -> Response[DSSError | DataQualityStatusByPartition]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_key: str,
    dataset_name: str,
    *,
    client: AuthenticatedClient | Client,
    include_all_partitions: bool | Unset = False,
) -> Response[DSSError | DataQualityStatusByPartition]:
    """Get a dataset's status by partition

     The status of each partition the dataset's status comes from (the partitions last
    computed), or of every partition with results when `includeAllPartitions`.

    Args:
        project_key (str):
        dataset_name (str):
        include_all_partitions (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | DataQualityStatusByPartition]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        dataset_name=dataset_name,
        include_all_partitions=include_all_partitions,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_key: str,
    dataset_name: str,
    *,
    client: AuthenticatedClient | Client,
    include_all_partitions: bool | Unset = False,
) -> DSSError | DataQualityStatusByPartition | None:
    """Get a dataset's status by partition

     The status of each partition the dataset's status comes from (the partitions last
    computed), or of every partition with results when `includeAllPartitions`.

    Args:
        project_key (str):
        dataset_name (str):
        include_all_partitions (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | DataQualityStatusByPartition
    """

    return sync_detailed(
        project_key=project_key,
        dataset_name=dataset_name,
        client=client,
        include_all_partitions=include_all_partitions,
    ).parsed


async def asyncio_detailed(
    project_key: str,
    dataset_name: str,
    *,
    client: AuthenticatedClient | Client,
    include_all_partitions: bool | Unset = False,
) -> Response[DSSError | DataQualityStatusByPartition]:
    """Get a dataset's status by partition

     The status of each partition the dataset's status comes from (the partitions last
    computed), or of every partition with results when `includeAllPartitions`.

    Args:
        project_key (str):
        dataset_name (str):
        include_all_partitions (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | DataQualityStatusByPartition]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        dataset_name=dataset_name,
        include_all_partitions=include_all_partitions,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_key: str,
    dataset_name: str,
    *,
    client: AuthenticatedClient | Client,
    include_all_partitions: bool | Unset = False,
) -> DSSError | DataQualityStatusByPartition | None:
    """Get a dataset's status by partition

     The status of each partition the dataset's status comes from (the partitions last
    computed), or of every partition with results when `includeAllPartitions`.

    Args:
        project_key (str):
        dataset_name (str):
        include_all_partitions (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | DataQualityStatusByPartition
    """

    return (
        await asyncio_detailed(
            project_key=project_key,
            dataset_name=dataset_name,
            client=client,
            include_all_partitions=include_all_partitions,
        )
    ).parsed
