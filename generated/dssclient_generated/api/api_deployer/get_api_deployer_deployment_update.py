from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import Response, path_segment

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.api_deployer_deployment_update import ApiDeployerDeploymentUpdate
    from ...models.dss_error import DSSError


def request_kwargs(
    deployment_id: str,
    timestamp: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/api-deployer/deployments/{path_segment(deployment_id)}/update/{path_segment(timestamp)}",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiDeployerDeploymentUpdate | DSSError:

    from ...models.api_deployer_deployment_update import ApiDeployerDeploymentUpdate
    from ...models.dss_error import DSSError

    if response.status_code == 200:
        response_200 = ApiDeployerDeploymentUpdate.from_dict(response.json())

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
) -> Response[ApiDeployerDeploymentUpdate | DSSError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    deployment_id: str,
    timestamp: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ApiDeployerDeploymentUpdate | DSSError]:
    """Get one update of a deployment

     Returns the update that started at this time, with its logs.

    Args:
        deployment_id (str):
        timestamp (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiDeployerDeploymentUpdate | DSSError]
    """

    kwargs = request_kwargs(
        deployment_id=deployment_id,
        timestamp=timestamp,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    deployment_id: str,
    timestamp: str,
    *,
    client: AuthenticatedClient | Client,
) -> ApiDeployerDeploymentUpdate | DSSError | None:
    """Get one update of a deployment

     Returns the update that started at this time, with its logs.

    Args:
        deployment_id (str):
        timestamp (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiDeployerDeploymentUpdate | DSSError
    """

    return sync_detailed(
        deployment_id=deployment_id,
        timestamp=timestamp,
        client=client,
    ).parsed


async def asyncio_detailed(
    deployment_id: str,
    timestamp: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ApiDeployerDeploymentUpdate | DSSError]:
    """Get one update of a deployment

     Returns the update that started at this time, with its logs.

    Args:
        deployment_id (str):
        timestamp (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiDeployerDeploymentUpdate | DSSError]
    """

    kwargs = request_kwargs(
        deployment_id=deployment_id,
        timestamp=timestamp,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    deployment_id: str,
    timestamp: str,
    *,
    client: AuthenticatedClient | Client,
) -> ApiDeployerDeploymentUpdate | DSSError | None:
    """Get one update of a deployment

     Returns the update that started at this time, with its logs.

    Args:
        deployment_id (str):
        timestamp (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiDeployerDeploymentUpdate | DSSError
    """

    return (
        await asyncio_detailed(
            deployment_id=deployment_id,
            timestamp=timestamp,
            client=client,
        )
    ).parsed
