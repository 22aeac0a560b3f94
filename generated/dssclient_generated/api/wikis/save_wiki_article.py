from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import Response, path_segment

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.dss_error import DSSError
    from ...models.wiki_article_data import WikiArticleData


def request_kwargs(
    project_key: str,
    article_id: str,
    *,
    body: WikiArticleData,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": f"/projects/{path_segment(project_key)}/wiki/{path_segment(article_id)}",
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
    article_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: WikiArticleData,
) -> Response[DSSError | WikiArticleData]:
    """Save a wiki article

     Saves the article's body (`payload`) and metadata (`article`), and
    answers them as saved. Changing `article.name` renames the article
    (another article's name is refused); its identifier and its place in
    the taxonomy stay. Writers of the project's content may.

    Args:
        project_key (str):
        article_id (str):
        body (WikiArticleData): An article - its metadata and its Markdown body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | WikiArticleData]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        article_id=article_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_key: str,
    article_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: WikiArticleData,
) -> DSSError | WikiArticleData | None:
    """Save a wiki article

     Saves the article's body (`payload`) and metadata (`article`), and
    answers them as saved. Changing `article.name` renames the article
    (another article's name is refused); its identifier and its place in
    the taxonomy stay. Writers of the project's content may.

    Args:
        project_key (str):
        article_id (str):
        body (WikiArticleData): An article - its metadata and its Markdown body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | WikiArticleData
    """

    return sync_detailed(
        project_key=project_key,
        article_id=article_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    project_key: str,
    article_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: WikiArticleData,
) -> Response[DSSError | WikiArticleData]:
    """Save a wiki article

     Saves the article's body (`payload`) and metadata (`article`), and
    answers them as saved. Changing `article.name` renames the article
    (another article's name is refused); its identifier and its place in
    the taxonomy stay. Writers of the project's content may.

    Args:
        project_key (str):
        article_id (str):
        body (WikiArticleData): An article - its metadata and its Markdown body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | WikiArticleData]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        article_id=article_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_key: str,
    article_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: WikiArticleData,
) -> DSSError | WikiArticleData | None:
    """Save a wiki article

     Saves the article's body (`payload`) and metadata (`article`), and
    answers them as saved. Changing `article.name` renames the article
    (another article's name is refused); its identifier and its place in
    the taxonomy stay. Writers of the project's content may.

    Args:
        project_key (str):
        article_id (str):
        body (WikiArticleData): An article - its metadata and its Markdown body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | WikiArticleData
    """

    return (
        await asyncio_detailed(
            project_key=project_key,
            article_id=article_id,
            client=client,
            body=body,
        )
    ).parsed
