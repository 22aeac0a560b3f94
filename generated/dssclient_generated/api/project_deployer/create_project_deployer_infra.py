from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.deployer_infra_creation import DeployerInfraCreation
    from ...models.deployer_infra_settings import DeployerInfraSettings
    from ...models.dss_error import DSSError


def request_kwargs(
    *,
    body: DeployerInfraCreation,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/project-deployer/infras",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DSSError | DeployerInfraSettings:

    from ...models.deployer_infra_settings import DeployerInfraSettings
    from ...models.dss_error import DSSError

    if response.status_code == 200:
        response_200 = DeployerInfraSettings.from_dict(response.json())

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
) -> Response[DSSError | DeployerInfraSettings]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DeployerInfraCreation,
) -> Response[DSSError | DeployerInfraSettings]:
    """Create an infrastructure

     Creates an automation infrastructure in a stage. Its automation node is set in its settings.

    Args:
        body (DeployerInfraCreation): A new infrastructure.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | DeployerInfraSettings]
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
    body: DeployerInfraCreation,
) -> DSSError | DeployerInfraSettings | None:
    """Create an infrastructure

     Creates an automation infrastructure in a stage. Its automation node is set in its settings.

    Args:
        body (DeployerInfraCreation): A new infrastructure.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | DeployerInfraSettings
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DeployerInfraCreation,
) -> Response[DSSError | DeployerInfraSettings]:
    """Create an infrastructure

     Creates an automation infrastructure in a stage. Its automation node is set in its settings.

    Args:
        body (DeployerInfraCreation): A new infrastructure.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | DeployerInfraSettings]
    """

    kwargs = request_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: DeployerInfraCreation,
) -> DSSError | DeployerInfraSettings | None:
    """Create an infrastructure

     Creates an automation infrastructure in a stage. Its automation node is set in its settings.

    Args:
        body (DeployerInfraCreation): A new infrastructure.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | DeployerInfraSettings
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
