from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.acknowledgement import Acknowledgement
    from ...models.create_api_deployer_deployment_body import (
        CreateApiDeployerDeploymentBody,
    )
    from ...models.dss_error import DSSError


def request_kwargs(
    *,
    body: CreateApiDeployerDeploymentBody,
    ignore_warnings: bool | Unset = False,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["ignoreWarnings"] = ignore_warnings

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api-deployer/deployments",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Acknowledgement | DSSError:

    from ...models.acknowledgement import Acknowledgement
    from ...models.dss_error import DSSError

    if response.status_code == 200:
        response_200 = Acknowledgement.from_dict(response.json())

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
) -> Response[Acknowledgement | DSSError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateApiDeployerDeploymentBody,
    ignore_warnings: bool | Unset = False,
) -> Response[Acknowledgement | DSSError]:
    """Create a deployment

     Creates a deployment of a version of a published service on an
    infrastructure, enabled, not yet deployed: `updateApiDeployerDeployment`
    deploys it. The published service, its version and the infrastructure
    must exist; Deploy Anywhere infrastructures also need the endpoint to
    deploy when the version has several.

    Args:
        ignore_warnings (bool | Unset):  Default: False.
        body (CreateApiDeployerDeploymentBody): What `createApiDeployerDeployment` needs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Acknowledgement | DSSError]
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
    body: CreateApiDeployerDeploymentBody,
    ignore_warnings: bool | Unset = False,
) -> Acknowledgement | DSSError | None:
    """Create a deployment

     Creates a deployment of a version of a published service on an
    infrastructure, enabled, not yet deployed: `updateApiDeployerDeployment`
    deploys it. The published service, its version and the infrastructure
    must exist; Deploy Anywhere infrastructures also need the endpoint to
    deploy when the version has several.

    Args:
        ignore_warnings (bool | Unset):  Default: False.
        body (CreateApiDeployerDeploymentBody): What `createApiDeployerDeployment` needs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Acknowledgement | DSSError
    """

    return sync_detailed(
        client=client,
        body=body,
        ignore_warnings=ignore_warnings,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateApiDeployerDeploymentBody,
    ignore_warnings: bool | Unset = False,
) -> Response[Acknowledgement | DSSError]:
    """Create a deployment

     Creates a deployment of a version of a published service on an
    infrastructure, enabled, not yet deployed: `updateApiDeployerDeployment`
    deploys it. The published service, its version and the infrastructure
    must exist; Deploy Anywhere infrastructures also need the endpoint to
    deploy when the version has several.

    Args:
        ignore_warnings (bool | Unset):  Default: False.
        body (CreateApiDeployerDeploymentBody): What `createApiDeployerDeployment` needs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Acknowledgement | DSSError]
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
    body: CreateApiDeployerDeploymentBody,
    ignore_warnings: bool | Unset = False,
) -> Acknowledgement | DSSError | None:
    """Create a deployment

     Creates a deployment of a version of a published service on an
    infrastructure, enabled, not yet deployed: `updateApiDeployerDeployment`
    deploys it. The published service, its version and the infrastructure
    must exist; Deploy Anywhere infrastructures also need the endpoint to
    deploy when the version has several.

    Args:
        ignore_warnings (bool | Unset):  Default: False.
        body (CreateApiDeployerDeploymentBody): What `createApiDeployerDeployment` needs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Acknowledgement | DSSError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            ignore_warnings=ignore_warnings,
        )
    ).parsed
