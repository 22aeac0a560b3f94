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
    partitions: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_partitions: list[str] | Unset = UNSET
    if not isinstance(partitions, Unset):
        json_partitions = partitions

    params["partitions"] = json_partitions

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/projects/{path_segment(project_key)}/datasets/{path_segment(dataset_name)}/data-quality/get-partitions-status",
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
    partitions: list[str] | Unset = UNSET,
) -> Response[DSSError | DataQualityStatusByPartition]:
    """Get the status of some partitions

     The last status of each partition named, by partition (`NP` for a dataset that is not partitioned).

    Args:
        project_key (str):
        dataset_name (str):
        partitions (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | DataQualityStatusByPartition]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        dataset_name=dataset_name,
        partitions=partitions,
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
    partitions: list[str] | Unset = UNSET,
) -> DSSError | DataQualityStatusByPartition | None:
    """Get the status of some partitions

     The last status of each partition named, by partition (`NP` for a dataset that is not partitioned).

    Args:
        project_key (str):
        dataset_name (str):
        partitions (list[str] | Unset):

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
        partitions=partitions,
    ).parsed


async def asyncio_detailed(
    project_key: str,
    dataset_name: str,
    *,
    client: AuthenticatedClient | Client,
    partitions: list[str] | Unset = UNSET,
) -> Response[DSSError | DataQualityStatusByPartition]:
    """Get the status of some partitions

     The last status of each partition named, by partition (`NP` for a dataset that is not partitioned).

    Args:
        project_key (str):
        dataset_name (str):
        partitions (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | DataQualityStatusByPartition]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        dataset_name=dataset_name,
        partitions=partitions,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_key: str,
    dataset_name: str,
    *,
    client: AuthenticatedClient | Client,
    partitions: list[str] | Unset = UNSET,
) -> DSSError | DataQualityStatusByPartition | None:
    """Get the status of some partitions

     The last status of each partition named, by partition (`NP` for a dataset that is not partitioned).

    Args:
        project_key (str):
        dataset_name (str):
        partitions (list[str] | Unset):

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
            partitions=partitions,
        )
    ).parsed
