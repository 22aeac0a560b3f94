from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.dss_error import DSSError
    from ...models.project_from_bundle import ProjectFromBundle


def request_kwargs(
    *,
    archive_path: str,
    permissions_propagation_policy: str | Unset = "NONE",
    fail_on_missing_users_or_groups: bool | Unset = True,
    project_folder_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["archivePath"] = archive_path

    params["permissionsPropagationPolicy"] = permissions_propagation_policy

    params["failOnMissingUsersOrGroups"] = fail_on_missing_users_or_groups

    params["projectFolderId"] = project_folder_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/projectsFromBundle/fromArchive",
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
    *,
    client: AuthenticatedClient | Client,
    archive_path: str,
    permissions_propagation_policy: str | Unset = "NONE",
    fail_on_missing_users_or_groups: bool | Unset = True,
    project_folder_id: str | Unset = UNSET,
) -> Response[DSSError | ProjectFromBundle]:
    """Create a project from a bundle on the node's disk

     Like `createProjectFromBundle`, from an archive the node reads at `archivePath`. Automation nodes
    only.

    Args:
        archive_path (str):
        permissions_propagation_policy (str | Unset):  Default: 'NONE'.
        fail_on_missing_users_or_groups (bool | Unset):  Default: True.
        project_folder_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | ProjectFromBundle]
    """

    kwargs = request_kwargs(
        archive_path=archive_path,
        permissions_propagation_policy=permissions_propagation_policy,
        fail_on_missing_users_or_groups=fail_on_missing_users_or_groups,
        project_folder_id=project_folder_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    archive_path: str,
    permissions_propagation_policy: str | Unset = "NONE",
    fail_on_missing_users_or_groups: bool | Unset = True,
    project_folder_id: str | Unset = UNSET,
) -> DSSError | ProjectFromBundle | None:
    """Create a project from a bundle on the node's disk

     Like `createProjectFromBundle`, from an archive the node reads at `archivePath`. Automation nodes
    only.

    Args:
        archive_path (str):
        permissions_propagation_policy (str | Unset):  Default: 'NONE'.
        fail_on_missing_users_or_groups (bool | Unset):  Default: True.
        project_folder_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | ProjectFromBundle
    """

    return sync_detailed(
        client=client,
        archive_path=archive_path,
        permissions_propagation_policy=permissions_propagation_policy,
        fail_on_missing_users_or_groups=fail_on_missing_users_or_groups,
        project_folder_id=project_folder_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    archive_path: str,
    permissions_propagation_policy: str | Unset = "NONE",
    fail_on_missing_users_or_groups: bool | Unset = True,
    project_folder_id: str | Unset = UNSET,
) -> Response[DSSError | ProjectFromBundle]:
    """Create a project from a bundle on the node's disk

     Like `createProjectFromBundle`, from an archive the node reads at `archivePath`. Automation nodes
    only.

    Args:
        archive_path (str):
        permissions_propagation_policy (str | Unset):  Default: 'NONE'.
        fail_on_missing_users_or_groups (bool | Unset):  Default: True.
        project_folder_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | ProjectFromBundle]
    """

    kwargs = request_kwargs(
        archive_path=archive_path,
        permissions_propagation_policy=permissions_propagation_policy,
        fail_on_missing_users_or_groups=fail_on_missing_users_or_groups,
        project_folder_id=project_folder_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    archive_path: str,
    permissions_propagation_policy: str | Unset = "NONE",
    fail_on_missing_users_or_groups: bool | Unset = True,
    project_folder_id: str | Unset = UNSET,
) -> DSSError | ProjectFromBundle | None:
    """Create a project from a bundle on the node's disk

     Like `createProjectFromBundle`, from an archive the node reads at `archivePath`. Automation nodes
    only.

    Args:
        archive_path (str):
        permissions_propagation_policy (str | Unset):  Default: 'NONE'.
        fail_on_missing_users_or_groups (bool | Unset):  Default: True.
        project_folder_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | ProjectFromBundle
    """

    return (
        await asyncio_detailed(
            client=client,
            archive_path=archive_path,
            permissions_propagation_policy=permissions_propagation_policy,
            fail_on_missing_users_or_groups=fail_on_missing_users_or_groups,
            project_folder_id=project_folder_id,
        )
    ).parsed
