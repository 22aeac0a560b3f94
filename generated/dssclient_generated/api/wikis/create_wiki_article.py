from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import Response, path_segment

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.create_wiki_article_body import CreateWikiArticleBody
    from ...models.dss_error import DSSError
    from ...models.wiki_article_data import WikiArticleData


def request_kwargs(
    project_key: str,
    *,
    body: CreateWikiArticleBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/projects/{path_segment(project_key)}/wiki/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DSSError | WikiArticleData:

    from ...models.dss_error import DSSError
    from ...models.wiki_article_data import WikiArticleData

    if response.status_code == 200:
        response_200 = WikiArticleData.from_dict(response.json())

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
) -> Response[DSSError | WikiArticleData]:
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
    body: CreateWikiArticleBody,
) -> Response[DSSError | WikiArticleData]:
    """Create a wiki article

     Creates an empty article named `name`, at the end of the taxonomy's
    root or of the children of the article `parent`, and answers its data.
    DSS chooses the article's identifier (the emulator numbers them: "1",
    "2", ...). A name already taken is refused.
    Writers of the project's content may.

    Args:
        project_key (str):
        body (CreateWikiArticleBody): The article to create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | WikiArticleData]
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
    body: CreateWikiArticleBody,
) -> DSSError | WikiArticleData | None:
    """Create a wiki article

     Creates an empty article named `name`, at the end of the taxonomy's
    root or of the children of the article `parent`, and answers its data.
    DSS chooses the article's identifier (the emulator numbers them: "1",
    "2", ...). A name already taken is refused.
    Writers of the project's content may.

    Args:
        project_key (str):
        body (CreateWikiArticleBody): The article to create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | WikiArticleData
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
    body: CreateWikiArticleBody,
) -> Response[DSSError | WikiArticleData]:
    """Create a wiki article

     Creates an empty article named `name`, at the end of the taxonomy's
    root or of the children of the article `parent`, and answers its data.
    DSS chooses the article's identifier (the emulator numbers them: "1",
    "2", ...). A name already taken is refused.
    Writers of the project's content may.

    Args:
        project_key (str):
        body (CreateWikiArticleBody): The article to create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | WikiArticleData]
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
    body: CreateWikiArticleBody,
) -> DSSError | WikiArticleData | None:
    """Create a wiki article

     Creates an empty article named `name`, at the end of the taxonomy's
    root or of the children of the article `parent`, and answers its data.
    DSS chooses the article's identifier (the emulator numbers them: "1",
    "2", ...). A name already taken is refused.
    Writers of the project's content may.

    Args:
        project_key (str):
        body (CreateWikiArticleBody): The article to create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | WikiArticleData
    """

    return (
        await asyncio_detailed(
            project_key=project_key,
            client=client,
            body=body,
        )
    ).parsed
