from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response, Unset, path_segment

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.dss_error import DSSError


def request_kwargs(
    query_id: str,
    *,
    format_: str | Unset = "tsv-excel-noheader",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["format"] = format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/sql/queries/{path_segment(query_id)}/stream",
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
    query_id: str,
    *,
    client: AuthenticatedClient | Client,
    format_: str | Unset = "tsv-excel-noheader",
) -> Response[DSSError | str]:
    """Read the rows of an SQL query

     Streams the rows of a running query as they are fetched from the
    database, in DSS's `tsv-excel-noheader` format: UTF-8, one row per
    line, values separated by tabs, no header; a value holding a tab, a
    quote or a line break is quoted, its quotes doubled; nulls are empty.
    The rows can be read once.

    Args:
        query_id (str):
        format_ (str | Unset):  Default: 'tsv-excel-noheader'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | str]
    """

    kwargs = request_kwargs(
        query_id=query_id,
        format_=format_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    query_id: str,
    *,
    client: AuthenticatedClient | Client,
    format_: str | Unset = "tsv-excel-noheader",
) -> DSSError | str | None:
    """Read the rows of an SQL query

     Streams the rows of a running query as they are fetched from the
    database, in DSS's `tsv-excel-noheader` format: UTF-8, one row per
    line, values separated by tabs, no header; a value holding a tab, a
    quote or a line break is quoted, its quotes doubled; nulls are empty.
    The rows can be read once.

    Args:
        query_id (str):
        format_ (str | Unset):  Default: 'tsv-excel-noheader'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | str
    """

    return sync_detailed(
        query_id=query_id,
        client=client,
        format_=format_,
    ).parsed


async def asyncio_detailed(
    query_id: str,
    *,
    client: AuthenticatedClient | Client,
    format_: str | Unset = "tsv-excel-noheader",
) -> Response[DSSError | str]:
    """Read the rows of an SQL query

     Streams the rows of a running query as they are fetched from the
    database, in DSS's `tsv-excel-noheader` format: UTF-8, one row per
    line, values separated by tabs, no header; a value holding a tab, a
    quote or a line break is quoted, its quotes doubled; nulls are empty.
    The rows can be read once.

    Args:
        query_id (str):
        format_ (str | Unset):  Default: 'tsv-excel-noheader'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | str]
    """

    kwargs = request_kwargs(
        query_id=query_id,
        format_=format_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    query_id: str,
    *,
    client: AuthenticatedClient | Client,
    format_: str | Unset = "tsv-excel-noheader",
) -> DSSError | str | None:
    """Read the rows of an SQL query

     Streams the rows of a running query as they are fetched from the
    database, in DSS's `tsv-excel-noheader` format: UTF-8, one row per
    line, values separated by tabs, no header; a value holding a tab, a
    quote or a line break is quoted, its quotes doubled; nulls are empty.
    The rows can be read once.

    Args:
        query_id (str):
        format_ (str | Unset):  Default: 'tsv-excel-noheader'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | str
    """

    return (
        await asyncio_detailed(
            query_id=query_id,
            client=client,
            format_=format_,
        )
    ).parsed
