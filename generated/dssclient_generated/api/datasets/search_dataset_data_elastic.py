from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response, Unset, path_segment

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.dss_error import DSSError
    from ...models.future_state import FutureState


def request_kwargs(
    project_key: str,
    dataset_name: str,
    *,
    query_string: str,
    start: int | Unset = UNSET,
    size: int | Unset = UNSET,
    sort_columns: str | Unset = UNSET,
    partitions: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["queryString"] = query_string

    params["start"] = start

    params["size"] = size

    params["sortColumns"] = sort_columns

    params["partitions"] = partitions

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/projects/{path_segment(project_key)}/datasets/{path_segment(dataset_name)}/search-data-elastic",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DSSError | FutureState:

    from ...models.dss_error import DSSError
    from ...models.future_state import FutureState

    if response.status_code == 200:
        response_200 = FutureState.from_dict(response.json())

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
) -> Response[DSSError | FutureState]:
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
    query_string: str,
    start: int | Unset = UNSET,
    size: int | Unset = UNSET,
    sort_columns: str | Unset = UNSET,
    partitions: str | Unset = UNSET,
) -> Response[DSSError | FutureState]:
    """Search an Elasticsearch dataset's rows with a query string

     Starts a long task sending an Elasticsearch query string to the
    index behind a dataset on an Elasticsearch connection; its result
    holds the matching rows (`columns`, `rows`, `warnings`, and `found`
    when `start` is 0). Needs the right to read the project's content.
    DSS refuses datasets that are not on an Elasticsearch connection; the
    exact message is unverified.

    Args:
        project_key (str):
        dataset_name (str):
        query_string (str):
        start (int | Unset):
        size (int | Unset):
        sort_columns (str | Unset):
        partitions (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | FutureState]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        dataset_name=dataset_name,
        query_string=query_string,
        start=start,
        size=size,
        sort_columns=sort_columns,
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
    query_string: str,
    start: int | Unset = UNSET,
    size: int | Unset = UNSET,
    sort_columns: str | Unset = UNSET,
    partitions: str | Unset = UNSET,
) -> DSSError | FutureState | None:
    """Search an Elasticsearch dataset's rows with a query string

     Starts a long task sending an Elasticsearch query string to the
    index behind a dataset on an Elasticsearch connection; its result
    holds the matching rows (`columns`, `rows`, `warnings`, and `found`
    when `start` is 0). Needs the right to read the project's content.
    DSS refuses datasets that are not on an Elasticsearch connection; the
    exact message is unverified.

    Args:
        project_key (str):
        dataset_name (str):
        query_string (str):
        start (int | Unset):
        size (int | Unset):
        sort_columns (str | Unset):
        partitions (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | FutureState
    """

    return sync_detailed(
        project_key=project_key,
        dataset_name=dataset_name,
        client=client,
        query_string=query_string,
        start=start,
        size=size,
        sort_columns=sort_columns,
        partitions=partitions,
    ).parsed


async def asyncio_detailed(
    project_key: str,
    dataset_name: str,
    *,
    client: AuthenticatedClient | Client,
    query_string: str,
    start: int | Unset = UNSET,
    size: int | Unset = UNSET,
    sort_columns: str | Unset = UNSET,
    partitions: str | Unset = UNSET,
) -> Response[DSSError | FutureState]:
    """Search an Elasticsearch dataset's rows with a query string

     Starts a long task sending an Elasticsearch query string to the
    index behind a dataset on an Elasticsearch connection; its result
    holds the matching rows (`columns`, `rows`, `warnings`, and `found`
    when `start` is 0). Needs the right to read the project's content.
    DSS refuses datasets that are not on an Elasticsearch connection; the
    exact message is unverified.

    Args:
        project_key (str):
        dataset_name (str):
        query_string (str):
        start (int | Unset):
        size (int | Unset):
        sort_columns (str | Unset):
        partitions (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | FutureState]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        dataset_name=dataset_name,
        query_string=query_string,
        start=start,
        size=size,
        sort_columns=sort_columns,
        partitions=partitions,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_key: str,
    dataset_name: str,
    *,
    client: AuthenticatedClient | Client,
    query_string: str,
    start: int | Unset = UNSET,
    size: int | Unset = UNSET,
    sort_columns: str | Unset = UNSET,
    partitions: str | Unset = UNSET,
) -> DSSError | FutureState | None:
    """Search an Elasticsearch dataset's rows with a query string

     Starts a long task sending an Elasticsearch query string to the
    index behind a dataset on an Elasticsearch connection; its result
    holds the matching rows (`columns`, `rows`, `warnings`, and `found`
    when `start` is 0). Needs the right to read the project's content.
    DSS refuses datasets that are not on an Elasticsearch connection; the
    exact message is unverified.

    Args:
        project_key (str):
        dataset_name (str):
        query_string (str):
        start (int | Unset):
        size (int | Unset):
        sort_columns (str | Unset):
        partitions (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | FutureState
    """

    return (
        await asyncio_detailed(
            project_key=project_key,
            dataset_name=dataset_name,
            client=client,
            query_string=query_string,
            start=start,
            size=size,
            sort_columns=sort_columns,
            partitions=partitions,
        )
    ).parsed
