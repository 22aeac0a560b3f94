from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response, Unset, path_segment

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.column_lineage_relation import ColumnLineageRelation
    from ...models.dss_error import DSSError


def request_kwargs(
    project_key: str,
    dataset_name: str,
    *,
    column_name: str,
    max_dataset_count: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["columnName"] = column_name

    params["maxDatasetCount"] = max_dataset_count

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/projects/{path_segment(project_key)}/datasets/{path_segment(dataset_name)}/column-lineage",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DSSError | list[ColumnLineageRelation]:

    from ...models.column_lineage_relation import ColumnLineageRelation
    from ...models.dss_error import DSSError

    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = ColumnLineageRelation.from_dict(response_200_item_data)

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
) -> Response[DSSError | list[ColumnLineageRelation]]:
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
    column_name: str,
    max_dataset_count: int | Unset = UNSET,
) -> Response[DSSError | list[ColumnLineageRelation]]:
    """Get the lineage of a dataset's column

     The relations (computed from the flow's recipes, and declared by hand)
    linking a column of the dataset to the columns it comes from upstream
    and to those it feeds downstream, across the datasets of this project
    and of the projects it shares datasets with. Needs the right to read
    the project's content. The relation's fields are unverified.

    Args:
        project_key (str):
        dataset_name (str):
        column_name (str):
        max_dataset_count (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | list[ColumnLineageRelation]]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        dataset_name=dataset_name,
        column_name=column_name,
        max_dataset_count=max_dataset_count,
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
    column_name: str,
    max_dataset_count: int | Unset = UNSET,
) -> DSSError | list[ColumnLineageRelation] | None:
    """Get the lineage of a dataset's column

     The relations (computed from the flow's recipes, and declared by hand)
    linking a column of the dataset to the columns it comes from upstream
    and to those it feeds downstream, across the datasets of this project
    and of the projects it shares datasets with. Needs the right to read
    the project's content. The relation's fields are unverified.

    Args:
        project_key (str):
        dataset_name (str):
        column_name (str):
        max_dataset_count (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | list[ColumnLineageRelation]
    """

    return sync_detailed(
        project_key=project_key,
        dataset_name=dataset_name,
        client=client,
        column_name=column_name,
        max_dataset_count=max_dataset_count,
    ).parsed


async def asyncio_detailed(
    project_key: str,
    dataset_name: str,
    *,
    client: AuthenticatedClient | Client,
    column_name: str,
    max_dataset_count: int | Unset = UNSET,
) -> Response[DSSError | list[ColumnLineageRelation]]:
    """Get the lineage of a dataset's column

     The relations (computed from the flow's recipes, and declared by hand)
    linking a column of the dataset to the columns it comes from upstream
    and to those it feeds downstream, across the datasets of this project
    and of the projects it shares datasets with. Needs the right to read
    the project's content. The relation's fields are unverified.

    Args:
        project_key (str):
        dataset_name (str):
        column_name (str):
        max_dataset_count (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | list[ColumnLineageRelation]]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        dataset_name=dataset_name,
        column_name=column_name,
        max_dataset_count=max_dataset_count,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_key: str,
    dataset_name: str,
    *,
    client: AuthenticatedClient | Client,
    column_name: str,
    max_dataset_count: int | Unset = UNSET,
) -> DSSError | list[ColumnLineageRelation] | None:
    """Get the lineage of a dataset's column

     The relations (computed from the flow's recipes, and declared by hand)
    linking a column of the dataset to the columns it comes from upstream
    and to those it feeds downstream, across the datasets of this project
    and of the projects it shares datasets with. Needs the right to read
    the project's content. The relation's fields are unverified.

    Args:
        project_key (str):
        dataset_name (str):
        column_name (str):
        max_dataset_count (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | list[ColumnLineageRelation]
    """

    return (
        await asyncio_detailed(
            project_key=project_key,
            dataset_name=dataset_name,
            client=client,
            column_name=column_name,
            max_dataset_count=max_dataset_count,
        )
    ).parsed
