from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, File, Response, Unset, path_segment

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.dss_error import DSSError
    from ...models.project_export_options import ProjectExportOptions


def request_kwargs(
    project_key: str,
    *,
    body: ProjectExportOptions | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/projects/{path_segment(project_key)}/export",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DSSError | File:
    from io import BytesIO

    from ...models.dss_error import DSSError

    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

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
) -> Response[DSSError | File]:
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
    body: ProjectExportOptions | Unset = UNSET,
) -> Response[DSSError | File]:
    """Export a project

     Answers the project as a zip archive (its settings, metadata,
    variables, datasets and the rest of its definition), which
    `uploadProjectImport` and `processProjectImport` turn back into a
    project, on this node or another design node. The options choose
    which data go with it. Read the answer as a stream.

    Args:
        project_key (str):
        body (ProjectExportOptions | Unset): What goes into a project export besides the project's
            definition (each false by default).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | File]
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
    body: ProjectExportOptions | Unset = UNSET,
) -> DSSError | File | None:
    """Export a project

     Answers the project as a zip archive (its settings, metadata,
    variables, datasets and the rest of its definition), which
    `uploadProjectImport` and `processProjectImport` turn back into a
    project, on this node or another design node. The options choose
    which data go with it. Read the answer as a stream.

    Args:
        project_key (str):
        body (ProjectExportOptions | Unset): What goes into a project export besides the project's
            definition (each false by default).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | File
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
    body: ProjectExportOptions | Unset = UNSET,
) -> Response[DSSError | File]:
    """Export a project

     Answers the project as a zip archive (its settings, metadata,
    variables, datasets and the rest of its definition), which
    `uploadProjectImport` and `processProjectImport` turn back into a
    project, on this node or another design node. The options choose
    which data go with it. Read the answer as a stream.

    Args:
        project_key (str):
        body (ProjectExportOptions | Unset): What goes into a project export besides the project's
            definition (each false by default).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | File]
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
    body: ProjectExportOptions | Unset = UNSET,
) -> DSSError | File | None:
    """Export a project

     Answers the project as a zip archive (its settings, metadata,
    variables, datasets and the rest of its definition), which
    `uploadProjectImport` and `processProjectImport` turn back into a
    project, on this node or another design node. The options choose
    which data go with it. Read the answer as a stream.

    Args:
        project_key (str):
        body (ProjectExportOptions | Unset): What goes into a project export besides the project's
            definition (each false by default).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | File
    """

    return (
        await asyncio_detailed(
            project_key=project_key,
            client=client,
            body=body,
        )
    ).parsed
