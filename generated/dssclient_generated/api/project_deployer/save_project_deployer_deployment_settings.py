from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast

import httpx

from ...types import UNSET, Response, Unset, path_segment

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.deployment_settings import DeploymentSettings
    from ...models.dss_error import DSSError


def request_kwargs(
    deployment_id: str,
    *,
    body: DeploymentSettings,
    ignore_warnings: bool | Unset = False,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["ignoreWarnings"] = ignore_warnings

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": f"/project-deployer/deployments/{path_segment(deployment_id)}/settings",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | DSSError:

    from ...models.dss_error import DSSError

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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
) -> Response[Any | DSSError]:
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
    body: DeploymentSettings,
    ignore_warnings: bool | Unset = False,
) -> Response[Any | DSSError]:
    """Save a deployment's settings

     Replaces the settings (to deploy another bundle, say); the change is deployed by the next update.

    Args:
        deployment_id (str):
        ignore_warnings (bool | Unset):  Default: False.
        body (DeploymentSettings): A deployment's settings.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DSSError]
    """

    kwargs = request_kwargs(
        deployment_id=deployment_id,
        body=body,
        ignore_warnings=ignore_warnings,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    deployment_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DeploymentSettings,
    ignore_warnings: bool | Unset = False,
) -> Any | DSSError | None:
    """Save a deployment's settings

     Replaces the settings (to deploy another bundle, say); the change is deployed by the next update.

    Args:
        deployment_id (str):
        ignore_warnings (bool | Unset):  Default: False.
        body (DeploymentSettings): A deployment's settings.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DSSError
    """

    return sync_detailed(
        deployment_id=deployment_id,
        client=client,
        body=body,
        ignore_warnings=ignore_warnings,
    ).parsed


async def asyncio_detailed(
    deployment_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DeploymentSettings,
    ignore_warnings: bool | Unset = False,
) -> Response[Any | DSSError]:
    """Save a deployment's settings

     Replaces the settings (to deploy another bundle, say); the change is deployed by the next update.

    Args:
        deployment_id (str):
        ignore_warnings (bool | Unset):  Default: False.
        body (DeploymentSettings): A deployment's settings.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DSSError]
    """

    kwargs = request_kwargs(
        deployment_id=deployment_id,
        body=body,
        ignore_warnings=ignore_warnings,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    deployment_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DeploymentSettings,
    ignore_warnings: bool | Unset = False,
) -> Any | DSSError | None:
    """Save a deployment's settings

     Replaces the settings (to deploy another bundle, say); the change is deployed by the next update.

    Args:
        deployment_id (str):
        ignore_warnings (bool | Unset):  Default: False.
        body (DeploymentSettings): A deployment's settings.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DSSError
    """

    return (
        await asyncio_detailed(
            deployment_id=deployment_id,
            client=client,
            body=body,
            ignore_warnings=ignore_warnings,
        )
    ).parsed
