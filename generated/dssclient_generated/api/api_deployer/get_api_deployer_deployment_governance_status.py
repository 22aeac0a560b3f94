from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response, Unset, path_segment

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.api_deployer_info_messages import ApiDeployerInfoMessages
    from ...models.dss_error import DSSError


def request_kwargs(
    deployment_id: str,
    *,
    version: str | Unset = "",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["version"] = version

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/api-deployer/deployments/{path_segment(deployment_id)}/governance-status",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiDeployerInfoMessages | DSSError:

    from ...models.api_deployer_info_messages import ApiDeployerInfoMessages
    from ...models.dss_error import DSSError

    if response.status_code == 200:
        response_200 = ApiDeployerInfoMessages.from_dict(response.json())

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
) -> Response[ApiDeployerInfoMessages | DSSError]:
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
    version: str | Unset = "",
) -> Response[ApiDeployerInfoMessages | DSSError]:
    """Get a deployment's governance status

     Reports, as messages, whether the models the deployment serves are approved in Dataiku Govern.

    Args:
        deployment_id (str):
        version (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiDeployerInfoMessages | DSSError]
    """

    kwargs = request_kwargs(
        deployment_id=deployment_id,
        version=version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    deployment_id: str,
    *,
    client: AuthenticatedClient | Client,
    version: str | Unset = "",
) -> ApiDeployerInfoMessages | DSSError | None:
    """Get a deployment's governance status

     Reports, as messages, whether the models the deployment serves are approved in Dataiku Govern.

    Args:
        deployment_id (str):
        version (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiDeployerInfoMessages | DSSError
    """

    return sync_detailed(
        deployment_id=deployment_id,
        client=client,
        version=version,
    ).parsed


async def asyncio_detailed(
    deployment_id: str,
    *,
    client: AuthenticatedClient | Client,
    version: str | Unset = "",
) -> Response[ApiDeployerInfoMessages | DSSError]:
    """Get a deployment's governance status

     Reports, as messages, whether the models the deployment serves are approved in Dataiku Govern.

    Args:
        deployment_id (str):
        version (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiDeployerInfoMessages | DSSError]
    """

    kwargs = request_kwargs(
        deployment_id=deployment_id,
        version=version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    deployment_id: str,
    *,
    client: AuthenticatedClient | Client,
    version: str | Unset = "",
) -> ApiDeployerInfoMessages | DSSError | None:
    """Get a deployment's governance status

     Reports, as messages, whether the models the deployment serves are approved in Dataiku Govern.

    Args:
        deployment_id (str):
        version (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiDeployerInfoMessages | DSSError
    """

    return (
        await asyncio_detailed(
            deployment_id=deployment_id,
            client=client,
            version=version,
        )
    ).parsed
