from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import Response, path_segment

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.api_deployer_open_api_document import ApiDeployerOpenApiDocument
    from ...models.dss_error import DSSError


def request_kwargs(
    deployment_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/api-deployer/deployments/{path_segment(deployment_id)}/get-open-api",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiDeployerOpenApiDocument | DSSError:

    from ...models.api_deployer_open_api_document import ApiDeployerOpenApiDocument
    from ...models.dss_error import DSSError

    if response.status_code == 200:
        response_200 = ApiDeployerOpenApiDocument.from_dict(response.json())

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
) -> Response[ApiDeployerOpenApiDocument | DSSError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    deployment_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ApiDeployerOpenApiDocument | DSSError]:
    """Get a deployment's OpenAPI document

     Returns the OpenAPI document of the service the deployment runs, made
    from the endpoints of its deployed version. DSS answers 404 when there
    is none (a deployment never deployed, or disabled).

    Args:
        deployment_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiDeployerOpenApiDocument | DSSError]
    """

    kwargs = request_kwargs(
        deployment_id=deployment_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    deployment_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ApiDeployerOpenApiDocument | DSSError | None:
    """Get a deployment's OpenAPI document

     Returns the OpenAPI document of the service the deployment runs, made
    from the endpoints of its deployed version. DSS answers 404 when there
    is none (a deployment never deployed, or disabled).

    Args:
        deployment_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiDeployerOpenApiDocument | DSSError
    """

    return sync_detailed(
        deployment_id=deployment_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    deployment_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ApiDeployerOpenApiDocument | DSSError]:
    """Get a deployment's OpenAPI document

     Returns the OpenAPI document of the service the deployment runs, made
    from the endpoints of its deployed version. DSS answers 404 when there
    is none (a deployment never deployed, or disabled).

    Args:
        deployment_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiDeployerOpenApiDocument | DSSError]
    """

    kwargs = request_kwargs(
        deployment_id=deployment_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    deployment_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ApiDeployerOpenApiDocument | DSSError | None:
    """Get a deployment's OpenAPI document

     Returns the OpenAPI document of the service the deployment runs, made
    from the endpoints of its deployed version. DSS answers 404 when there
    is none (a deployment never deployed, or disabled).

    Args:
        deployment_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiDeployerOpenApiDocument | DSSError
    """

    return (
        await asyncio_detailed(
            deployment_id=deployment_id,
            client=client,
        )
    ).parsed
