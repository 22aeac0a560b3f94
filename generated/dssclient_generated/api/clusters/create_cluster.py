from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.cluster_summary import ClusterSummary
    from ...models.create_cluster_body import CreateClusterBody
    from ...models.dss_error import DSSError


def request_kwargs(
    *,
    body: CreateClusterBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/admin/clusters/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ClusterSummary | DSSError:

    from ...models.cluster_summary import ClusterSummary
    from ...models.dss_error import DSSError

    if response.status_code == 200:
        response_200 = ClusterSummary.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = DSSError.from_dict(response.json())

        return response_409

    response_default = DSSError.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ClusterSummary | DSSError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateClusterBody,
) -> Response[ClusterSummary | DSSError]:
    """Create a cluster

     Declares a cluster (it is not started). Its id is derived from its name
    and answered; a name taken already is refused (409).

    Args:
        body (CreateClusterBody): What `createCluster` needs to declare a cluster.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClusterSummary | DSSError]
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
    body: CreateClusterBody,
) -> ClusterSummary | DSSError | None:
    """Create a cluster

     Declares a cluster (it is not started). Its id is derived from its name
    and answered; a name taken already is refused (409).

    Args:
        body (CreateClusterBody): What `createCluster` needs to declare a cluster.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClusterSummary | DSSError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateClusterBody,
) -> Response[ClusterSummary | DSSError]:
    """Create a cluster

     Declares a cluster (it is not started). Its id is derived from its name
    and answered; a name taken already is refused (409).

    Args:
        body (CreateClusterBody): What `createCluster` needs to declare a cluster.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClusterSummary | DSSError]
    """

    kwargs = request_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateClusterBody,
) -> ClusterSummary | DSSError | None:
    """Create a cluster

     Declares a cluster (it is not started). Its id is derived from its name
    and answered; a name taken already is refused (409).

    Args:
        body (CreateClusterBody): What `createCluster` needs to declare a cluster.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClusterSummary | DSSError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
