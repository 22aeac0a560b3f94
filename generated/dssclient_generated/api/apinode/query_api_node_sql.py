from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response, Unset, path_segment

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.api_node_sql_query_body import ApiNodeSqlQueryBody
    from ...models.api_node_sql_query_result import ApiNodeSqlQueryResult
    from ...models.dss_error import DSSError


def request_kwargs(
    service_id: str,
    endpoint_id: str,
    *,
    body: ApiNodeSqlQueryBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/v1/{path_segment(service_id)}/{path_segment(endpoint_id)}/query",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiNodeSqlQueryResult | DSSError:

    from ...models.api_node_sql_query_result import ApiNodeSqlQueryResult
    from ...models.dss_error import DSSError

    if response.status_code == 200:
        response_200 = ApiNodeSqlQueryResult.from_dict(response.json())

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
) -> Response[ApiNodeSqlQueryResult | DSSError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    service_id: str,
    endpoint_id: str,
    *,
    client: AuthenticatedClient,
    body: ApiNodeSqlQueryBody | Unset = UNSET,
) -> Response[ApiNodeSqlQueryResult | DSSError]:
    """Run an SQL query endpoint

     Runs the endpoint's SQL query with the named parameters of the body (each parameter the query
    declares is required).
    Served by an API node, on the active generation of the service (or the one the body's
    `dispatch` forces, where the operation takes one).
    Without arguments, the official client sends no body at all.

    Args:
        service_id (str):
        endpoint_id (str):
        body (ApiNodeSqlQueryBody | Unset): The query's named parameters, by name.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiNodeSqlQueryResult | DSSError]
    """

    kwargs = request_kwargs(
        service_id=service_id,
        endpoint_id=endpoint_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    service_id: str,
    endpoint_id: str,
    *,
    client: AuthenticatedClient,
    body: ApiNodeSqlQueryBody | Unset = UNSET,
) -> ApiNodeSqlQueryResult | DSSError | None:
    """Run an SQL query endpoint

     Runs the endpoint's SQL query with the named parameters of the body (each parameter the query
    declares is required).
    Served by an API node, on the active generation of the service (or the one the body's
    `dispatch` forces, where the operation takes one).
    Without arguments, the official client sends no body at all.

    Args:
        service_id (str):
        endpoint_id (str):
        body (ApiNodeSqlQueryBody | Unset): The query's named parameters, by name.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiNodeSqlQueryResult | DSSError
    """

    return sync_detailed(
        service_id=service_id,
        endpoint_id=endpoint_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    service_id: str,
    endpoint_id: str,
    *,
    client: AuthenticatedClient,
    body: ApiNodeSqlQueryBody | Unset = UNSET,
) -> Response[ApiNodeSqlQueryResult | DSSError]:
    """Run an SQL query endpoint

     Runs the endpoint's SQL query with the named parameters of the body (each parameter the query
    declares is required).
    Served by an API node, on the active generation of the service (or the one the body's
    `dispatch` forces, where the operation takes one).
    Without arguments, the official client sends no body at all.

    Args:
        service_id (str):
        endpoint_id (str):
        body (ApiNodeSqlQueryBody | Unset): The query's named parameters, by name.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiNodeSqlQueryResult | DSSError]
    """

    kwargs = request_kwargs(
        service_id=service_id,
        endpoint_id=endpoint_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    service_id: str,
    endpoint_id: str,
    *,
    client: AuthenticatedClient,
    body: ApiNodeSqlQueryBody | Unset = UNSET,
) -> ApiNodeSqlQueryResult | DSSError | None:
    """Run an SQL query endpoint

     Runs the endpoint's SQL query with the named parameters of the body (each parameter the query
    declares is required).
    Served by an API node, on the active generation of the service (or the one the body's
    `dispatch` forces, where the operation takes one).
    Without arguments, the official client sends no body at all.

    Args:
        service_id (str):
        endpoint_id (str):
        body (ApiNodeSqlQueryBody | Unset): The query's named parameters, by name.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiNodeSqlQueryResult | DSSError
    """

    return (
        await asyncio_detailed(
            service_id=service_id,
            endpoint_id=endpoint_id,
            client=client,
            body=body,
        )
    ).parsed
