from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import Response, path_segment

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.dss_error import DSSError
    from ...models.duplicate_project_body import DuplicateProjectBody
    from ...models.project_duplicated import ProjectDuplicated


def request_kwargs(
    project_key: str,
    *,
    body: DuplicateProjectBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/projects/{path_segment(project_key)}/duplicate/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DSSError | ProjectDuplicated:

    from ...models.dss_error import DSSError
    from ...models.project_duplicated import ProjectDuplicated

    if response.status_code == 200:
        response_200 = ProjectDuplicated.from_dict(response.json())

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
) -> Response[DSSError | ProjectDuplicated]:
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
    body: DuplicateProjectBody,
) -> Response[DSSError | ProjectDuplicated]:
    """Duplicate a project

     Creates a new project as a copy of this one: settings, variables,
    permissions, datasets, recipes and scenarios. `duplicationMode` says
    which data is copied: `FULL` every dataset's, `MINIMAL` and `SHARING`
    only the data of the flow's source datasets, `NONE` none. Needs the
    right to create projects and to read this one.

    Args:
        project_key (str):
        body (DuplicateProjectBody): What `duplicateProject` needs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | ProjectDuplicated]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_key: str,
    *,
    client: AuthenticatedClient | Client,
    body: DuplicateProjectBody,
) -> DSSError | ProjectDuplicated | None:
    """Duplicate a project

     Creates a new project as a copy of this one: settings, variables,
    permissions, datasets, recipes and scenarios. `duplicationMode` says
    which data is copied: `FULL` every dataset's, `MINIMAL` and `SHARING`
    only the data of the flow's source datasets, `NONE` none. Needs the
    right to create projects and to read this one.

    Args:
        project_key (str):
        body (DuplicateProjectBody): What `duplicateProject` needs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | ProjectDuplicated
    """

    return sync_detailed(
        project_key=project_key,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    project_key: str,
    *,
    client: AuthenticatedClient | Client,
    body: DuplicateProjectBody,
) -> Response[DSSError | ProjectDuplicated]:
    """Duplicate a project

     Creates a new project as a copy of this one: settings, variables,
    permissions, datasets, recipes and scenarios. `duplicationMode` says
    which data is copied: `FULL` every dataset's, `MINIMAL` and `SHARING`
    only the data of the flow's source datasets, `NONE` none. Needs the
    right to create projects and to read this one.

    Args:
        project_key (str):
        body (DuplicateProjectBody): What `duplicateProject` needs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | ProjectDuplicated]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_key: str,
    *,
    client: AuthenticatedClient | Client,
    body: DuplicateProjectBody,
) -> DSSError | ProjectDuplicated | None:
    """Duplicate a project

     Creates a new project as a copy of this one: settings, variables,
    permissions, datasets, recipes and scenarios. `duplicationMode` says
    which data is copied: `FULL` every dataset's, `MINIMAL` and `SHARING`
    only the data of the flow's source datasets, `NONE` none. Needs the
    right to create projects and to read this one.

    Args:
        project_key (str):
        body (DuplicateProjectBody): What `duplicateProject` needs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | ProjectDuplicated
    """

    return (
        await asyncio_detailed(
            project_key=project_key,
            client=client,
            body=body,
        )
    ).parsed
