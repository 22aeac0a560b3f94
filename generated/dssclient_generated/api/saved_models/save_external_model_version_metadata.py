from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast

import httpx

from ...types import UNSET, Response, Unset, path_segment

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.dss_error import DSSError
    from ...models.external_model_version_metadata import ExternalModelVersionMetadata


def request_kwargs(
    project_key: str,
    saved_model_id: str,
    version_id: str,
    *,
    body: ExternalModelVersionMetadata,
    container_exec_config_name: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["containerExecConfigName"] = container_exec_config_name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": f"/projects/{path_segment(project_key)}/savedmodels/{path_segment(saved_model_id)}/versions/{path_segment(version_id)}/external-ml/metadata",
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
    project_key: str,
    saved_model_id: str,
    version_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ExternalModelVersionMetadata,
    container_exec_config_name: str | Unset = UNSET,
) -> Response[Any | DSSError]:
    """Save the metadata of an MLflow or external model's version

     Replaces the version's metadata (the official client sends back what it read, edited).

    Args:
        project_key (str):
        saved_model_id (str):
        version_id (str):
        container_exec_config_name (str | Unset):
        body (ExternalModelVersionMetadata): What DSS knows of an MLflow or external model's
            version.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DSSError]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        saved_model_id=saved_model_id,
        version_id=version_id,
        body=body,
        container_exec_config_name=container_exec_config_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_key: str,
    saved_model_id: str,
    version_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ExternalModelVersionMetadata,
    container_exec_config_name: str | Unset = UNSET,
) -> Any | DSSError | None:
    """Save the metadata of an MLflow or external model's version

     Replaces the version's metadata (the official client sends back what it read, edited).

    Args:
        project_key (str):
        saved_model_id (str):
        version_id (str):
        container_exec_config_name (str | Unset):
        body (ExternalModelVersionMetadata): What DSS knows of an MLflow or external model's
            version.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DSSError
    """

    return sync_detailed(
        project_key=project_key,
        saved_model_id=saved_model_id,
        version_id=version_id,
        client=client,
        body=body,
        container_exec_config_name=container_exec_config_name,
    ).parsed


async def asyncio_detailed(
    project_key: str,
    saved_model_id: str,
    version_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ExternalModelVersionMetadata,
    container_exec_config_name: str | Unset = UNSET,
) -> Response[Any | DSSError]:
    """Save the metadata of an MLflow or external model's version

     Replaces the version's metadata (the official client sends back what it read, edited).

    Args:
        project_key (str):
        saved_model_id (str):
        version_id (str):
        container_exec_config_name (str | Unset):
        body (ExternalModelVersionMetadata): What DSS knows of an MLflow or external model's
            version.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DSSError]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        saved_model_id=saved_model_id,
        version_id=version_id,
        body=body,
        container_exec_config_name=container_exec_config_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_key: str,
    saved_model_id: str,
    version_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ExternalModelVersionMetadata,
    container_exec_config_name: str | Unset = UNSET,
) -> Any | DSSError | None:
    """Save the metadata of an MLflow or external model's version

     Replaces the version's metadata (the official client sends back what it read, edited).

    Args:
        project_key (str):
        saved_model_id (str):
        version_id (str):
        container_exec_config_name (str | Unset):
        body (ExternalModelVersionMetadata): What DSS knows of an MLflow or external model's
            version.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DSSError
    """

    return (
        await asyncio_detailed(
            project_key=project_key,
            saved_model_id=saved_model_id,
            version_id=version_id,
            client=client,
            body=body,
            container_exec_config_name=container_exec_config_name,
        )
    ).parsed
