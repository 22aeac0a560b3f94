from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.dss_error import DSSError
    from ...models.sql_query_request import SqlQueryRequest
    from ...models.sql_query_start import SqlQueryStart


def request_kwargs(
    *,
    body: SqlQueryRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/sql/queries/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DSSError | SqlQueryStart:

    from ...models.dss_error import DSSError
    from ...models.sql_query_start import SqlQueryStart

    if response.status_code == 200:
        response_200 = SqlQueryStart.from_dict(response.json())

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
) -> Response[DSSError | SqlQueryStart]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SqlQueryRequest,
) -> Response[DSSError | SqlQueryStart]:
    """Run an SQL query

     Runs a query on an SQL connection (or on the connection of a dataset, or
    on a Hive or Impala database), and answers with the query's identifier
    and the schema of its result. The rows are then read with
    `streamSqlQuery`, and `finishSqlQueryStreaming` tells whether reading
    them went well. A query that the database refuses (a syntax error, an
    unknown table) is refused here.

    Args:
        body (SqlQueryRequest): What to run, and where: one of `connection`, `datasetFullName`
            (the
            query runs on that dataset's connection) or `database` (Hive, Impala).
            The official client sends every property, null when not set.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | SqlQueryStart]
    """

    kwargs = request_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: SqlQueryRequest,
) -> DSSError | SqlQueryStart | None:
    """Run an SQL query

     Runs a query on an SQL connection (or on the connection of a dataset, or
    on a Hive or Impala database), and answers with the query's identifier
    and the schema of its result. The rows are then read with
    `streamSqlQuery`, and `finishSqlQueryStreaming` tells whether reading
    them went well. A query that the database refuses (a syntax error, an
    unknown table) is refused here.

    Args:
        body (SqlQueryRequest): What to run, and where: one of `connection`, `datasetFullName`
            (the
            query runs on that dataset's connection) or `database` (Hive, Impala).
            The official client sends every property, null when not set.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | SqlQueryStart
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SqlQueryRequest,
) -> Response[DSSError | SqlQueryStart]:
    """Run an SQL query

     Runs a query on an SQL connection (or on the connection of a dataset, or
    on a Hive or Impala database), and answers with the query's identifier
    and the schema of its result. The rows are then read with
    `streamSqlQuery`, and `finishSqlQueryStreaming` tells whether reading
    them went well. A query that the database refuses (a syntax error, an
    unknown table) is refused here.

    Args:
        body (SqlQueryRequest): What to run, and where: one of `connection`, `datasetFullName`
            (the
            query runs on that dataset's connection) or `database` (Hive, Impala).
            The official client sends every property, null when not set.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | SqlQueryStart]
    """

    kwargs = request_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SqlQueryRequest,
) -> DSSError | SqlQueryStart | None:
    """Run an SQL query

     Runs a query on an SQL connection (or on the connection of a dataset, or
    on a Hive or Impala database), and answers with the query's identifier
    and the schema of its result. The rows are then read with
    `streamSqlQuery`, and `finishSqlQueryStreaming` tells whether reading
    them went well. A query that the database refuses (a syntax error, an
    unknown table) is refused here.

    Args:
        body (SqlQueryRequest): What to run, and where: one of `connection`, `datasetFullName`
            (the
            query runs on that dataset's connection) or `database` (Hive, Impala).
            The official client sends every property, null when not set.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | SqlQueryStart
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
