from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.deployment_creation import DeploymentCreation
    from ...models.deployment_settings import DeploymentSettings
    from ...models.dss_error import DSSError


def request_kwargs(
    *,
    body: DeploymentCreation,
    ignore_warnings: bool | Unset = False,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["ignoreWarnings"] = ignore_warnings

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/project-deployer/deployments",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DSSError | DeploymentSettings:

    from ...models.deployment_settings import DeploymentSettings
    from ...models.dss_error import DSSError

    if response.status_code == 200:
        response_200 = DeploymentSettings.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = DSSError.from_dict(response.json())

        return response_409

    response_default = DSSError.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DSSError | DeploymentSettings]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DeploymentCreation,
    ignore_warnings: bool | Unset = False,
) -> Response[DSSError | DeploymentSettings]:
    """Create a deployment

     Creates a deployment of a published project's bundle on an
    infrastructure. Nothing is deployed until the deployment is updated.

    Args:
        ignore_warnings (bool | Unset):  Default: False.
        body (DeploymentCreation): A new deployment.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | DeploymentSettings]
    """

    kwargs = request_kwargs(
        body=body,
        ignore_warnings=ignore_warnings,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: DeploymentCreation,
    ignore_warnings: bool | Unset = False,
) -> DSSError | DeploymentSettings | None:
    """Create a deployment

     Creates a deployment of a published project's bundle on an
    infrastructure. Nothing is deployed until the deployment is updated.

    Args:
        ignore_warnings (bool | Unset):  Default: False.
        body (DeploymentCreation): A new deployment.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | DeploymentSettings
    """

    return sync_detailed(
        client=client,
        body=body,
        ignore_warnings=ignore_warnings,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DeploymentCreation,
    ignore_warnings: bool | Unset = False,
) -> Response[DSSError | DeploymentSettings]:
    """Create a deployment

     Creates a deployment of a published project's bundle on an
    infrastructure. Nothing is deployed until the deployment is updated.

    Args:
        ignore_warnings (bool | Unset):  Default: False.
        body (DeploymentCreation): A new deployment.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | DeploymentSettings]
    """

    kwargs = request_kwargs(
        body=body,
        ignore_warnings=ignore_warnings,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: DeploymentCreation,
    ignore_warnings: bool | Unset = False,
) -> DSSError | DeploymentSettings | None:
    """Create a deployment

     Creates a deployment of a published project's bundle on an
    infrastructure. Nothing is deployed until the deployment is updated.

    Args:
        ignore_warnings (bool | Unset):  Default: False.
        body (DeploymentCreation): A new deployment.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | DeploymentSettings
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            ignore_warnings=ignore_warnings,
        )
    ).parsed
