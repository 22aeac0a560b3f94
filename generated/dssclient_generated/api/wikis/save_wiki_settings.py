from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import Response, path_segment

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.dss_error import DSSError
    from ...models.wiki_settings import WikiSettings


def request_kwargs(
    project_key: str,
    *,
    body: WikiSettings,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": f"/projects/{path_segment(project_key)}/wiki/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DSSError | WikiSettings:

    from ...models.dss_error import DSSError
    from ...models.wiki_settings import WikiSettings

    if response.status_code == 200:
        response_200 = WikiSettings.from_dict(response.json())

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

    response_default = DSSError.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DSSError | WikiSettings]:
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
    body: WikiSettings,
) -> Response[DSSError | WikiSettings]:
    """Save a project's wiki settings

     Replaces the taxonomy and the home article, and answers the settings as
    saved. Every article of the wiki must appear in the taxonomy once and
    only once, and only articles of the wiki; the home article, when set,
    must be an article of the wiki. Writers of the project's content may.

    Args:
        project_key (str):
        body (WikiSettings): The settings of a project's wiki.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | WikiSettings]
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
    body: WikiSettings,
) -> DSSError | WikiSettings | None:
    """Save a project's wiki settings

     Replaces the taxonomy and the home article, and answers the settings as
    saved. Every article of the wiki must appear in the taxonomy once and
    only once, and only articles of the wiki; the home article, when set,
    must be an article of the wiki. Writers of the project's content may.

    Args:
        project_key (str):
        body (WikiSettings): The settings of a project's wiki.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | WikiSettings
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
    body: WikiSettings,
) -> Response[DSSError | WikiSettings]:
    """Save a project's wiki settings

     Replaces the taxonomy and the home article, and answers the settings as
    saved. Every article of the wiki must appear in the taxonomy once and
    only once, and only articles of the wiki; the home article, when set,
    must be an article of the wiki. Writers of the project's content may.

    Args:
        project_key (str):
        body (WikiSettings): The settings of a project's wiki.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | WikiSettings]
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
    body: WikiSettings,
) -> DSSError | WikiSettings | None:
    """Save a project's wiki settings

     Replaces the taxonomy and the home article, and answers the settings as
    saved. Every article of the wiki must appear in the taxonomy once and
    only once, and only articles of the wiki; the home article, when set,
    must be an article of the wiki. Writers of the project's content may.

    Args:
        project_key (str):
        body (WikiSettings): The settings of a project's wiki.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | WikiSettings
    """

    return (
        await asyncio_detailed(
            project_key=project_key,
            client=client,
            body=body,
        )
    ).parsed
