from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response, Unset, path_segment

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.dss_error import DSSError


def request_kwargs(
    project_key: str,
    dataset_name: str,
    *,
    format_: str | Unset = "tsv-excel-noheader",
    partitions: list[str] | Unset = UNSET,
    columns: list[str] | Unset = UNSET,
    read_session_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["format"] = format_

    json_partitions: list[str] | Unset = UNSET
    if not isinstance(partitions, Unset):
        json_partitions = partitions

    params["partitions"] = json_partitions

    json_columns: list[str] | Unset = UNSET
    if not isinstance(columns, Unset):
        json_columns = columns

    params["columns"] = json_columns

    params["readSessionId"] = read_session_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/projects/{path_segment(project_key)}/datasets/{path_segment(dataset_name)}/data/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DSSError | str:

    from ...models.dss_error import DSSError

    if response.status_code == 200:
        response_200 = response.text
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
) -> Response[DSSError | str]:
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
    format_: str | Unset = "tsv-excel-noheader",
    partitions: list[str] | Unset = UNSET,
    columns: list[str] | Unset = UNSET,
    read_session_id: str | Unset = UNSET,
) -> Response[DSSError | str]:
    """Read a dataset's rows

     Streams the dataset's rows as UTF-8 tab-separated values without a
    header (Excel quoting: a value holding a tab, quote or line break is
    quoted, its quotes doubled), in the order of the schema's columns or of
    `columns`. Errors that happen once the stream has started are reported
    by `finishDatasetStreaming` for the same `readSessionId`.

    Args:
        project_key (str):
        dataset_name (str):
        format_ (str | Unset):  Default: 'tsv-excel-noheader'.
        partitions (list[str] | Unset):
        columns (list[str] | Unset):
        read_session_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | str]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        dataset_name=dataset_name,
        format_=format_,
        partitions=partitions,
        columns=columns,
        read_session_id=read_session_id,
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
    format_: str | Unset = "tsv-excel-noheader",
    partitions: list[str] | Unset = UNSET,
    columns: list[str] | Unset = UNSET,
    read_session_id: str | Unset = UNSET,
) -> DSSError | str | None:
    """Read a dataset's rows

     Streams the dataset's rows as UTF-8 tab-separated values without a
    header (Excel quoting: a value holding a tab, quote or line break is
    quoted, its quotes doubled), in the order of the schema's columns or of
    `columns`. Errors that happen once the stream has started are reported
    by `finishDatasetStreaming` for the same `readSessionId`.

    Args:
        project_key (str):
        dataset_name (str):
        format_ (str | Unset):  Default: 'tsv-excel-noheader'.
        partitions (list[str] | Unset):
        columns (list[str] | Unset):
        read_session_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | str
    """

    return sync_detailed(
        project_key=project_key,
        dataset_name=dataset_name,
        client=client,
        format_=format_,
        partitions=partitions,
        columns=columns,
        read_session_id=read_session_id,
    ).parsed


async def asyncio_detailed(
    project_key: str,
    dataset_name: str,
    *,
    client: AuthenticatedClient | Client,
    format_: str | Unset = "tsv-excel-noheader",
    partitions: list[str] | Unset = UNSET,
    columns: list[str] | Unset = UNSET,
    read_session_id: str | Unset = UNSET,
) -> Response[DSSError | str]:
    """Read a dataset's rows

     Streams the dataset's rows as UTF-8 tab-separated values without a
    header (Excel quoting: a value holding a tab, quote or line break is
    quoted, its quotes doubled), in the order of the schema's columns or of
    `columns`. Errors that happen once the stream has started are reported
    by `finishDatasetStreaming` for the same `readSessionId`.

    Args:
        project_key (str):
        dataset_name (str):
        format_ (str | Unset):  Default: 'tsv-excel-noheader'.
        partitions (list[str] | Unset):
        columns (list[str] | Unset):
        read_session_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | str]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        dataset_name=dataset_name,
        format_=format_,
        partitions=partitions,
        columns=columns,
        read_session_id=read_session_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_key: str,
    dataset_name: str,
    *,
    client: AuthenticatedClient | Client,
    format_: str | Unset = "tsv-excel-noheader",
    partitions: list[str] | Unset = UNSET,
    columns: list[str] | Unset = UNSET,
    read_session_id: str | Unset = UNSET,
) -> DSSError | str | None:
    """Read a dataset's rows

     Streams the dataset's rows as UTF-8 tab-separated values without a
    header (Excel quoting: a value holding a tab, quote or line break is
    quoted, its quotes doubled), in the order of the schema's columns or of
    `columns`. Errors that happen once the stream has started are reported
    by `finishDatasetStreaming` for the same `readSessionId`.

    Args:
        project_key (str):
        dataset_name (str):
        format_ (str | Unset):  Default: 'tsv-excel-noheader'.
        partitions (list[str] | Unset):
        columns (list[str] | Unset):
        read_session_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | str
    """

    return (
        await asyncio_detailed(
            project_key=project_key,
            dataset_name=dataset_name,
            client=client,
            format_=format_,
            partitions=partitions,
            columns=columns,
            read_session_id=read_session_id,
        )
    ).parsed
