from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.dss_error import DSSError
    from ...models.published_project_creation import PublishedProjectCreation
    from ...models.published_project_settings import PublishedProjectSettings


def request_kwargs(
    *,
    body: PublishedProjectCreation,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/project-deployer/projects",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DSSError | PublishedProjectSettings:

    from ...models.dss_error import DSSError
    from ...models.published_project_settings import PublishedProjectSettings

    if response.status_code == 200:
        response_200 = PublishedProjectSettings.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = DSSError.from_dict(response.json())

        return response_409

    response_default = DSSError.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DSSError | PublishedProjectSettings]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PublishedProjectCreation,
) -> Response[DSSError | PublishedProjectSettings]:
    """Create a published project

     Creates an empty published project, which bundles are then uploaded or published to.

    Args:
        body (PublishedProjectCreation): A new published project.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | PublishedProjectSettings]
    """

    kwargs = request_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: PublishedProjectCreation,
) -> DSSError | PublishedProjectSettings | None:
    """Create a published project

     Creates an empty published project, which bundles are then uploaded or published to.

    Args:
        body (PublishedProjectCreation): A new published project.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | PublishedProjectSettings
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PublishedProjectCreation,
) -> Response[DSSError | PublishedProjectSettings]:
    """Create a published project

     Creates an empty published project, which bundles are then uploaded or published to.

    Args:
        body (PublishedProjectCreation): A new published project.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | PublishedProjectSettings]
    """

    kwargs = request_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PublishedProjectCreation,
) -> DSSError | PublishedProjectSettings | None:
    """Create a published project

     Creates an empty published project, which bundles are then uploaded or published to.

    Args:
        body (PublishedProjectCreation): A new published project.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | PublishedProjectSettings
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
