from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import Response, path_segment

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.dss_error import DSSError
    from ...models.external_model_version_metadata import ExternalModelVersionMetadata


def request_kwargs(
    project_key: str,
    saved_model_id: str,
    version_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/projects/{path_segment(project_key)}/savedmodels/{path_segment(saved_model_id)}/versions/{path_segment(version_id)}/external-ml/metadata",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DSSError | ExternalModelVersionMetadata:

    from ...models.dss_error import DSSError
    from ...models.external_model_version_metadata import ExternalModelVersionMetadata

    if response.status_code == 200:
        response_200 = ExternalModelVersionMetadata.from_dict(response.json())

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
) -> Response[DSSError | ExternalModelVersionMetadata]:
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
) -> Response[DSSError | ExternalModelVersionMetadata]:
    """Get the metadata of an MLflow or external model's version

     Returns what DSS knows of the version's model (target, classes, features, formats).

    Args:
        project_key (str):
        saved_model_id (str):
        version_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | ExternalModelVersionMetadata]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        saved_model_id=saved_model_id,
        version_id=version_id,
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
) -> DSSError | ExternalModelVersionMetadata | None:
    """Get the metadata of an MLflow or external model's version

     Returns what DSS knows of the version's model (target, classes, features, formats).

    Args:
        project_key (str):
        saved_model_id (str):
        version_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | ExternalModelVersionMetadata
    """

    return sync_detailed(
        project_key=project_key,
        saved_model_id=saved_model_id,
        version_id=version_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    project_key: str,
    saved_model_id: str,
    version_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DSSError | ExternalModelVersionMetadata]:
    """Get the metadata of an MLflow or external model's version

     Returns what DSS knows of the version's model (target, classes, features, formats).

    Args:
        project_key (str):
        saved_model_id (str):
        version_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | ExternalModelVersionMetadata]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        saved_model_id=saved_model_id,
        version_id=version_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_key: str,
    saved_model_id: str,
    version_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> DSSError | ExternalModelVersionMetadata | None:
    """Get the metadata of an MLflow or external model's version

     Returns what DSS knows of the version's model (target, classes, features, formats).

    Args:
        project_key (str):
        saved_model_id (str):
        version_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | ExternalModelVersionMetadata
    """

    return (
        await asyncio_detailed(
            project_key=project_key,
            saved_model_id=saved_model_id,
            version_id=version_id,
            client=client,
        )
    ).parsed
