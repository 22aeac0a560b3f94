from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast

import httpx

from ...types import UNSET, Response, Unset, path_segment

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.dss_error import DSSError
    from ...models.plugin_settings import PluginSettings


def request_kwargs(
    plugin_id: str,
    *,
    body: PluginSettings,
    project_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["projectKey"] = project_key

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/plugins/{path_segment(plugin_id)}/settings",
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
    plugin_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PluginSettings,
    project_key: str | Unset = UNSET,
) -> Response[Any | DSSError]:
    """Save a plugin's settings

     Replaces the plugin's settings (instance-wide, or of the project `projectKey`) with the body, a
    modified copy of what `getPluginSettings` returned.

    Args:
        plugin_id (str):
        project_key (str | Unset):
        body (PluginSettings): A plugin's settings: instance-wide ones (`codeEnvName`, `presets`,
            `parameterSets`, permissions) or a project's (`presets`). DSS adds
            the descriptions of the parameter sets, `accessibleParameterSetDescs`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DSSError]
    """

    kwargs = request_kwargs(
        plugin_id=plugin_id,
        body=body,
        project_key=project_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    plugin_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PluginSettings,
    project_key: str | Unset = UNSET,
) -> Any | DSSError | None:
    """Save a plugin's settings

     Replaces the plugin's settings (instance-wide, or of the project `projectKey`) with the body, a
    modified copy of what `getPluginSettings` returned.

    Args:
        plugin_id (str):
        project_key (str | Unset):
        body (PluginSettings): A plugin's settings: instance-wide ones (`codeEnvName`, `presets`,
            `parameterSets`, permissions) or a project's (`presets`). DSS adds
            the descriptions of the parameter sets, `accessibleParameterSetDescs`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DSSError
    """

    return sync_detailed(
        plugin_id=plugin_id,
        client=client,
        body=body,
        project_key=project_key,
    ).parsed


async def asyncio_detailed(
    plugin_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PluginSettings,
    project_key: str | Unset = UNSET,
) -> Response[Any | DSSError]:
    """Save a plugin's settings

     Replaces the plugin's settings (instance-wide, or of the project `projectKey`) with the body, a
    modified copy of what `getPluginSettings` returned.

    Args:
        plugin_id (str):
        project_key (str | Unset):
        body (PluginSettings): A plugin's settings: instance-wide ones (`codeEnvName`, `presets`,
            `parameterSets`, permissions) or a project's (`presets`). DSS adds
            the descriptions of the parameter sets, `accessibleParameterSetDescs`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DSSError]
    """

    kwargs = request_kwargs(
        plugin_id=plugin_id,
        body=body,
        project_key=project_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    plugin_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PluginSettings,
    project_key: str | Unset = UNSET,
) -> Any | DSSError | None:
    """Save a plugin's settings

     Replaces the plugin's settings (instance-wide, or of the project `projectKey`) with the body, a
    modified copy of what `getPluginSettings` returned.

    Args:
        plugin_id (str):
        project_key (str | Unset):
        body (PluginSettings): A plugin's settings: instance-wide ones (`codeEnvName`, `presets`,
            `parameterSets`, permissions) or a project's (`presets`). DSS adds
            the descriptions of the parameter sets, `accessibleParameterSetDescs`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DSSError
    """

    return (
        await asyncio_detailed(
            plugin_id=plugin_id,
            client=client,
            body=body,
            project_key=project_key,
        )
    ).parsed
