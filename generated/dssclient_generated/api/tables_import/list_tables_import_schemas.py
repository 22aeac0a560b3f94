from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast

import httpx

from ...types import UNSET, Response, path_segment

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.dss_error import DSSError


def request_kwargs(
    project_key: str,
    *,
    connection_name: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["connectionName"] = connection_name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/projects/{path_segment(project_key)}/datasets/tables-import/actions/list-schemas",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DSSError | list[str]:

    from ...models.dss_error import DSSError

    if response.status_code == 200:
        response_200 = cast(list[str], response.json())

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
) -> Response[DSSError | list[str]]:
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
    connection_name: str,
) -> Response[DSSError | list[str]]:
    """List the schemas of an SQL connection

     Lists the schemas of an SQL connection the caller may use, to import
    tables from (`@virtual(hive-jdbc):<database>` names Hive's databases).

    Args:
        project_key (str):
        connection_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | list[str]]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        connection_name=connection_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_key: str,
    *,
    client: AuthenticatedClient | Client,
    connection_name: str,
) -> DSSError | list[str] | None:
    """List the schemas of an SQL connection

     Lists the schemas of an SQL connection the caller may use, to import
    tables from (`@virtual(hive-jdbc):<database>` names Hive's databases).

    Args:
        project_key (str):
        connection_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | list[str]
    """

    return sync_detailed(
        project_key=project_key,
        client=client,
        connection_name=connection_name,
    ).parsed


async def asyncio_detailed(
    project_key: str,
    *,
    client: AuthenticatedClient | Client,
    connection_name: str,
) -> Response[DSSError | list[str]]:
    """List the schemas of an SQL connection

     Lists the schemas of an SQL connection the caller may use, to import
    tables from (`@virtual(hive-jdbc):<database>` names Hive's databases).

    Args:
        project_key (str):
        connection_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | list[str]]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        connection_name=connection_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_key: str,
    *,
    client: AuthenticatedClient | Client,
    connection_name: str,
) -> DSSError | list[str] | None:
    """List the schemas of an SQL connection

     Lists the schemas of an SQL connection the caller may use, to import
    tables from (`@virtual(hive-jdbc):<database>` names Hive's databases).

    Args:
        project_key (str):
        connection_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | list[str]
    """

    return (
        await asyncio_detailed(
            project_key=project_key,
            client=client,
            connection_name=connection_name,
        )
    ).parsed
