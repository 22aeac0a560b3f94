from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response, path_segment

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.dss_error import DSSError
    from ...models.project_from_bundle import ProjectFromBundle


def request_kwargs(
    project_key: str,
    *,
    archive_path: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["archivePath"] = archive_path

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/projects/{path_segment(project_key)}/bundles/imported/actions/importFromArchive",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DSSError | ProjectFromBundle:

    from ...models.dss_error import DSSError
    from ...models.project_from_bundle import ProjectFromBundle

    if response.status_code == 200:
        response_200 = ProjectFromBundle.from_dict(response.json())

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
) -> Response[DSSError | ProjectFromBundle]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_key: str,
    *,
    client: AuthenticatedClient | Client,
    archive_path: str,
) -> Response[DSSError | ProjectFromBundle]:
    """Import a bundle from the node's disk into a project

     Like `importBundleFromStream`, from an archive the node reads at
    `archivePath` (the archive stays where it is; the node keeps a copy).
    Automation nodes only.

    Args:
        project_key (str):
        archive_path (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | ProjectFromBundle]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        archive_path=archive_path,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_key: str,
    *,
    client: AuthenticatedClient | Client,
    archive_path: str,
) -> DSSError | ProjectFromBundle | None:
    """Import a bundle from the node's disk into a project

     Like `importBundleFromStream`, from an archive the node reads at
    `archivePath` (the archive stays where it is; the node keeps a copy).
    Automation nodes only.

    Args:
        project_key (str):
        archive_path (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | ProjectFromBundle
    """

    return sync_detailed(
        project_key=project_key,
        client=client,
        archive_path=archive_path,
    ).parsed


async def asyncio_detailed(
    project_key: str,
    *,
    client: AuthenticatedClient | Client,
    archive_path: str,
) -> Response[DSSError | ProjectFromBundle]:
    """Import a bundle from the node's disk into a project

     Like `importBundleFromStream`, from an archive the node reads at
    `archivePath` (the archive stays where it is; the node keeps a copy).
    Automation nodes only.

    Args:
        project_key (str):
        archive_path (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | ProjectFromBundle]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        archive_path=archive_path,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_key: str,
    *,
    client: AuthenticatedClient | Client,
    archive_path: str,
) -> DSSError | ProjectFromBundle | None:
    """Import a bundle from the node's disk into a project

     Like `importBundleFromStream`, from an archive the node reads at
    `archivePath` (the archive stays where it is; the node keeps a copy).
    Automation nodes only.

    Args:
        project_key (str):
        archive_path (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | ProjectFromBundle
    """

    return (
        await asyncio_detailed(
            project_key=project_key,
            client=client,
            archive_path=archive_path,
        )
    ).parsed
