from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import Response, path_segment

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.dss_error import DSSError
    from ...models.project_import_result import ProjectImportResult
    from ...models.project_import_settings import ProjectImportSettings


def request_kwargs(
    import_id: str,
    *,
    body: ProjectImportSettings,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/projects/import/{path_segment(import_id)}/process",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DSSError | ProjectImportResult:

    from ...models.dss_error import DSSError
    from ...models.project_import_result import ProjectImportResult

    if response.status_code == 200:
        response_200 = ProjectImportResult.from_dict(response.json())

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
) -> Response[DSSError | ProjectImportResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    import_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ProjectImportSettings,
) -> Response[DSSError | ProjectImportResult]:
    """Import an uploaded project archive

     Creates the project of a prepared import, under its original key or
    `targetProjectKey`, remapping connections, code environments and
    container configurations as asked. A prepared import is used once.
    The answer says whether the import succeeded and why not.

    Args:
        import_id (str):
        body (ProjectImportSettings): How to import. The official client sends `{"_": "_"}` for no
            settings
            (an empty object does not parse on DSS's side).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | ProjectImportResult]
    """

    kwargs = request_kwargs(
        import_id=import_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    import_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ProjectImportSettings,
) -> DSSError | ProjectImportResult | None:
    """Import an uploaded project archive

     Creates the project of a prepared import, under its original key or
    `targetProjectKey`, remapping connections, code environments and
    container configurations as asked. A prepared import is used once.
    The answer says whether the import succeeded and why not.

    Args:
        import_id (str):
        body (ProjectImportSettings): How to import. The official client sends `{"_": "_"}` for no
            settings
            (an empty object does not parse on DSS's side).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | ProjectImportResult
    """

    return sync_detailed(
        import_id=import_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    import_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ProjectImportSettings,
) -> Response[DSSError | ProjectImportResult]:
    """Import an uploaded project archive

     Creates the project of a prepared import, under its original key or
    `targetProjectKey`, remapping connections, code environments and
    container configurations as asked. A prepared import is used once.
    The answer says whether the import succeeded and why not.

    Args:
        import_id (str):
        body (ProjectImportSettings): How to import. The official client sends `{"_": "_"}` for no
            settings
            (an empty object does not parse on DSS's side).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | ProjectImportResult]
    """

    kwargs = request_kwargs(
        import_id=import_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    import_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ProjectImportSettings,
) -> DSSError | ProjectImportResult | None:
    """Import an uploaded project archive

     Creates the project of a prepared import, under its original key or
    `targetProjectKey`, remapping connections, code environments and
    container configurations as asked. A prepared import is used once.
    The answer says whether the import succeeded and why not.

    Args:
        import_id (str):
        body (ProjectImportSettings): How to import. The official client sends `{"_": "_"}` for no
            settings
            (an empty object does not parse on DSS's side).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | ProjectImportResult
    """

    return (
        await asyncio_detailed(
            import_id=import_id,
            client=client,
            body=body,
        )
    ).parsed
