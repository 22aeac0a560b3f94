from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.create_project_from_bundle_body import CreateProjectFromBundleBody
    from ...models.dss_error import DSSError
    from ...models.project_from_bundle import ProjectFromBundle


def request_kwargs(
    *,
    body: CreateProjectFromBundleBody,
    permissions_propagation_policy: str | Unset = "NONE",
    fail_on_missing_users_or_groups: bool | Unset = True,
    project_folder_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["permissionsPropagationPolicy"] = permissions_propagation_policy

    params["failOnMissingUsersOrGroups"] = fail_on_missing_users_or_groups

    params["projectFolderId"] = project_folder_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/projectsFromBundle/",
        "params": params,
    }

    _kwargs["files"] = body.to_multipart()

    # httpx writes the multipart Content-Type, with a random boundary (a fixed one could occur in the file).

    _kwargs["headers"] = headers
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
    body: CreateProjectFromBundleBody,
    permissions_propagation_policy: str | Unset = "NONE",
    fail_on_missing_users_or_groups: bool | Unset = True,
    project_folder_id: str | Unset = UNSET,
) -> Response[DSSError | ProjectFromBundle]:
    """Create a project from a bundle

     Creates a project from an uploaded bundle archive, under the bundle's
    project key, with the bundle imported (activate it to give the project
    its content). Automation nodes only.

    Args:
        permissions_propagation_policy (str | Unset):  Default: 'NONE'.
        fail_on_missing_users_or_groups (bool | Unset):  Default: True.
        project_folder_id (str | Unset):
        body (CreateProjectFromBundleBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | ProjectFromBundle]
    """

    kwargs = request_kwargs(
        body=body,
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
    body: CreateProjectFromBundleBody,
    permissions_propagation_policy: str | Unset = "NONE",
    fail_on_missing_users_or_groups: bool | Unset = True,
    project_folder_id: str | Unset = UNSET,
) -> DSSError | ProjectFromBundle | None:
    """Create a project from a bundle

     Creates a project from an uploaded bundle archive, under the bundle's
    project key, with the bundle imported (activate it to give the project
    its content). Automation nodes only.

    Args:
        permissions_propagation_policy (str | Unset):  Default: 'NONE'.
        fail_on_missing_users_or_groups (bool | Unset):  Default: True.
        project_folder_id (str | Unset):
        body (CreateProjectFromBundleBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | ProjectFromBundle
    """

    return sync_detailed(
        client=client,
        body=body,
        permissions_propagation_policy=permissions_propagation_policy,
        fail_on_missing_users_or_groups=fail_on_missing_users_or_groups,
        project_folder_id=project_folder_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateProjectFromBundleBody,
    permissions_propagation_policy: str | Unset = "NONE",
    fail_on_missing_users_or_groups: bool | Unset = True,
    project_folder_id: str | Unset = UNSET,
) -> Response[DSSError | ProjectFromBundle]:
    """Create a project from a bundle

     Creates a project from an uploaded bundle archive, under the bundle's
    project key, with the bundle imported (activate it to give the project
    its content). Automation nodes only.

    Args:
        permissions_propagation_policy (str | Unset):  Default: 'NONE'.
        fail_on_missing_users_or_groups (bool | Unset):  Default: True.
        project_folder_id (str | Unset):
        body (CreateProjectFromBundleBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | ProjectFromBundle]
    """

    kwargs = request_kwargs(
        body=body,
        permissions_propagation_policy=permissions_propagation_policy,
        fail_on_missing_users_or_groups=fail_on_missing_users_or_groups,
        project_folder_id=project_folder_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateProjectFromBundleBody,
    permissions_propagation_policy: str | Unset = "NONE",
    fail_on_missing_users_or_groups: bool | Unset = True,
    project_folder_id: str | Unset = UNSET,
) -> DSSError | ProjectFromBundle | None:
    """Create a project from a bundle

     Creates a project from an uploaded bundle archive, under the bundle's
    project key, with the bundle imported (activate it to give the project
    its content). Automation nodes only.

    Args:
        permissions_propagation_policy (str | Unset):  Default: 'NONE'.
        fail_on_missing_users_or_groups (bool | Unset):  Default: True.
        project_folder_id (str | Unset):
        body (CreateProjectFromBundleBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | ProjectFromBundle
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            permissions_propagation_policy=permissions_propagation_policy,
            fail_on_missing_users_or_groups=fail_on_missing_users_or_groups,
            project_folder_id=project_folder_id,
        )
    ).parsed
