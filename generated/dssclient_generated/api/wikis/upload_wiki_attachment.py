from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import Response, path_segment

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.dss_error import DSSError
    from ...models.wiki_article_data import WikiArticleData
    from ...models.wiki_attachment_upload import WikiAttachmentUpload


def request_kwargs(
    project_key: str,
    article_id: str,
    *,
    body: WikiAttachmentUpload,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/projects/{path_segment(project_key)}/wiki/{path_segment(article_id)}/upload",
    }

    _kwargs["files"] = body.to_multipart()

    # httpx writes the multipart Content-Type, with a random boundary (a fixed one could occur in the file).

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
    body: WikiAttachmentUpload,
) -> Response[DSSError | WikiArticleData]:
    """Attach a file to a wiki article

     Uploads a file and attaches it to the article: a new entry of
    `article.attachments`, whose `smartId` is the upload's identifier for
    `getWikiAttachment`. Answers the article's data (the emulator's choice:
    the official client ignores the answer). Writers of the project's content may.

    Args:
        project_key (str):
        article_id (str):
        body (WikiAttachmentUpload): A file to attach (a multipart form, its part named `file`
            with the file's name).

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
    body: WikiAttachmentUpload,
) -> DSSError | WikiArticleData | None:
    """Attach a file to a wiki article

     Uploads a file and attaches it to the article: a new entry of
    `article.attachments`, whose `smartId` is the upload's identifier for
    `getWikiAttachment`. Answers the article's data (the emulator's choice:
    the official client ignores the answer). Writers of the project's content may.

    Args:
        project_key (str):
        article_id (str):
        body (WikiAttachmentUpload): A file to attach (a multipart form, its part named `file`
            with the file's name).

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
    body: WikiAttachmentUpload,
) -> Response[DSSError | WikiArticleData]:
    """Attach a file to a wiki article

     Uploads a file and attaches it to the article: a new entry of
    `article.attachments`, whose `smartId` is the upload's identifier for
    `getWikiAttachment`. Answers the article's data (the emulator's choice:
    the official client ignores the answer). Writers of the project's content may.

    Args:
        project_key (str):
        article_id (str):
        body (WikiAttachmentUpload): A file to attach (a multipart form, its part named `file`
            with the file's name).

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
    body: WikiAttachmentUpload,
) -> DSSError | WikiArticleData | None:
    """Attach a file to a wiki article

     Uploads a file and attaches it to the article: a new entry of
    `article.attachments`, whose `smartId` is the upload's identifier for
    `getWikiAttachment`. Answers the article's data (the emulator's choice:
    the official client ignores the answer). Writers of the project's content may.

    Args:
        project_key (str):
        article_id (str):
        body (WikiAttachmentUpload): A file to attach (a multipart form, its part named `file`
            with the file's name).

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
