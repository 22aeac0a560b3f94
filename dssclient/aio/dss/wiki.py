"""A project's wiki: its settings and taxonomy, its articles, their attached files, exports."""

from __future__ import annotations

import copy
import os
import re
from typing import TYPE_CHECKING, Any, cast

from dssclient_generated.api import wikis

from dssclient.dss.utils import DSSRawSettings
from dssclient.errors import InvalidRequestError

from .._requester import json_body, multipart_body
from .._stream import AsyncDSSStream
from ._files import upload_source, write_to_file
from .discussion import AsyncDSSObjectDiscussions

if TYPE_CHECKING:
    from dssclient.payloads import WikiArticle, WikiArticleData, WikiSettings, WikiTaxonomyNode

    from ..dssclient import AsyncDSSClient

PAPER_SIZES = ("A4", "A3", "US_LETTER", "LEDGER")


def _paper_size(paper_size: str) -> str:
    if paper_size not in PAPER_SIZES:
        raise InvalidRequestError(f"paper_size must be one of {', '.join(PAPER_SIZES)}, not {paper_size!r}")
    return paper_size


class AsyncDSSWiki:
    """The wiki of a project. Get it with :meth:`DSSProject.get_wiki` (no call is made)."""

    def __init__(self, client: AsyncDSSClient, project_key: str) -> None:
        self.client = client
        self.project_key = project_key

    def __repr__(self) -> str:
        return f"{type(self).__name__}(project_key={self.project_key!r})"

    async def get_settings(self) -> AsyncDSSWikiSettings:
        """The wiki's settings: its taxonomy and home article. (operation ``getWikiSettings``)"""
        settings: WikiSettings = await self.client._requester.json(
            wikis.get_wiki_settings.request_kwargs, self.project_key
        )
        return AsyncDSSWikiSettings(self.client, self.project_key, settings)

    async def get_article(self, article_id_or_name: str) -> AsyncDSSWikiArticle:
        """The article of that identifier or name; reads it to learn its identifier, as the
        official client does (a missing article raises ``NotFoundError``). (operation ``getWikiArticle``)
        """
        return await AsyncDSSWikiArticle.resolve(self.client, self.project_key, article_id_or_name)

    async def list_articles(self) -> list[AsyncDSSWikiArticle]:
        """Every article, in the order of the taxonomy (depth first), each read once as
        :meth:`get_article` reads it. (operations ``getWikiSettings``, ``getWikiArticle``)
        """
        settings = await self.get_settings()
        return [await self.get_article(article_id) for article_id in _flatten(settings.get_taxonomy())]

    async def create_article(
        self, article_name: str, parent_id: str | None = None, content: str | None = None
    ) -> AsyncDSSWikiArticle:
        """Create an article (under ``parent_id``, or at the root) and, with ``content``, save its body.
        (operations ``createWikiArticle``, ``getWikiArticle``, ``saveWikiArticle``)
        """
        body = {"projectKey": self.project_key, "name": article_name, "parent": parent_id}
        created: WikiArticleData = await self.client._requester.json(
            wikis.create_wiki_article.request_kwargs, self.project_key, body=json_body(body)
        )
        article = await self.get_article(str(created["article"]["id"]))
        if content is not None:
            data = await article.get_data()
            data.set_body(content)
            await data.save()
        return article

    async def get_export_stream(self, paper_size: str = "A4", export_attachment: bool = False) -> AsyncDSSStream:
        """The whole wiki as a PDF, or with ``export_attachment`` a zip of the PDF and the attached
        files, as a stream to read and close. ``paper_size``: ``A4``, ``A3``, ``US_LETTER`` or
        ``LEDGER``. (operation ``exportWiki``)
        """
        body = {"paperSize": _paper_size(paper_size), "exportAttachments": export_attachment}
        return await self.client._requester.stream(
            wikis.export_wiki.request_kwargs, self.project_key, body=json_body(body)
        )

    async def export_to_file(
        self, path: str | os.PathLike[str], paper_size: str = "A4", export_attachment: bool = False
    ) -> None:
        """Write :meth:`get_export_stream`'s file to ``path`` as it arrives. (operation ``exportWiki``)"""
        await write_to_file(await self.get_export_stream(paper_size, export_attachment), path)


def _flatten(taxonomy: list[WikiTaxonomyNode]) -> list[str]:
    found: list[str] = []
    for node in taxonomy:
        found.append(node["id"])
        found += _flatten(node.get("children") or [])
    return found


def _take(taxonomy: list[WikiTaxonomyNode], article_id: str, remove: bool) -> WikiTaxonomyNode | None:
    """The node of ``article_id`` in the tree (taken out of it when ``remove``)."""
    for index, node in enumerate(taxonomy):
        if node["id"] == article_id:
            return taxonomy.pop(index) if remove else node
        found = _take(node.setdefault("children", []), article_id, remove)
        if found is not None:
            return found
    return None


class AsyncDSSWikiSettings(DSSRawSettings["WikiSettings"]):
    """The wiki's settings (taxonomy, home article), edited in place; :meth:`save` sends them back."""

    def __init__(self, client: AsyncDSSClient, project_key: str, settings: WikiSettings) -> None:
        super().__init__(settings)
        self.client = client
        self.project_key = project_key

    def get_taxonomy(self) -> list[WikiTaxonomyNode]:
        """The tree of the articles: a list of ``{"id": ..., "children": [...]}`` (the settings'
        own list: changes to it are saved). Every article appears once and only once."""
        return self.settings.get("taxonomy") or []

    def move_article_in_taxonomy(self, article_id: str, parent_article_id: str | None = None) -> None:
        """Move an article, with its children, under ``parent_article_id`` (at the root for None).

        Raises ``InvalidRequestError`` when either article is not in the taxonomy, or the parent
        is one of the article's descendants; the taxonomy is then left as it was.
        """
        taxonomy = self._untyped.setdefault("taxonomy", [])
        before = copy.deepcopy(taxonomy)
        node = _take(taxonomy, article_id, remove=True)
        if node is None:
            raise InvalidRequestError(f"Article not found in the taxonomy: {article_id}")
        if parent_article_id is None:
            taxonomy.append(node)
            return
        parent = _take(taxonomy, parent_article_id, remove=False)
        if parent is None:
            self._untyped["taxonomy"] = before
            raise InvalidRequestError(
                "Parent article not found in the taxonomy (or is one of the article's descendants): "
                f"{parent_article_id}"
            )
        parent.setdefault("children", []).append(node)

    def set_taxonomy(self, taxonomy: list[WikiTaxonomyNode] | list[dict[str, Any]]) -> None:
        """Replace the taxonomy (saved by :meth:`save`)."""
        self._untyped["taxonomy"] = taxonomy

    def get_home_article_id(self) -> str | None:
        """The identifier of the article the wiki opens on, if any."""
        return self.settings.get("homeArticleId")

    def set_home_article_id(self, home_article_id: str | None) -> None:
        """Set the article the wiki opens on (saved by :meth:`save`)."""
        self.settings["homeArticleId"] = home_article_id

    async def save(self) -> None:
        """Save the settings; they then hold what DSS saved. (operation ``saveWikiSettings``)"""
        self.settings = await self.client._requester.json(
            wikis.save_wiki_settings.request_kwargs, self.project_key, body=json_body(self.settings)
        )


class AsyncDSSWikiArticle:
    """An article of a wiki. Get one with :meth:`DSSWiki.get_article` or :meth:`DSSWiki.create_article`."""

    def __init__(self, client: AsyncDSSClient, project_key: str, article_id: str) -> None:
        self.client = client
        self.project_key = project_key
        self.article_id = article_id

    def __repr__(self) -> str:
        return f"{type(self).__name__}(project_key={self.project_key!r}, article_id={self.article_id!r})"

    @classmethod
    async def resolve(cls, client: AsyncDSSClient, project_key: str, article_id_or_name: str) -> AsyncDSSWikiArticle:
        """The article of that identifier or name, read once to learn its identifier. (operation ``getWikiArticle``)"""
        data: WikiArticleData = await client._requester.json(
            wikis.get_wiki_article.request_kwargs, project_key, article_id_or_name
        )
        return cls(client, project_key, str(data["article"]["id"]))

    async def get_data(self) -> AsyncDSSWikiArticleData:
        """The article's body and metadata, to edit and save. (operation ``getWikiArticle``)"""
        data: WikiArticleData = await self.client._requester.json(
            wikis.get_wiki_article.request_kwargs, self.project_key, self.article_id
        )
        return AsyncDSSWikiArticleData(self.client, self.project_key, self.article_id, data)

    async def upload_attachement(self, fp: Any, filename: str) -> None:
        """Attach a file (a binary file object, bytes, a path or a download), sent as it is read, under
        ``filename`` (DSS tells its type by the extension). (operation ``uploadWikiAttachment``)
        """
        # Sent with the characters DSS keeps in a name only (letters, digits, space, '.', '_', '-').
        clean_name = re.sub(r"[^A-Za-z0-9 ._-]+", "", filename)
        async with upload_source(fp, "AsyncDSSWikiArticle.upload_attachement") as content:
            body = multipart_body(file=(clean_name, content))
            await self.client._requester.json(
                wikis.upload_wiki_attachment.request_kwargs, self.project_key, self.article_id, body=body
            )

    async def get_uploaded_file(self, upload_id: str) -> AsyncDSSStream:
        """An attached file (``upload_id``: the ``smartId`` of its entry in the metadata's
        ``attachments``), as a stream to read and close. (operation ``getWikiAttachment``)
        """
        return await self.client._requester.stream(
            wikis.get_wiki_attachment.request_kwargs, self.project_key, self.article_id, upload_id
        )

    async def get_export_stream(
        self, paper_size: str = "A4", export_children: bool = False, export_attachment: bool = False
    ) -> AsyncDSSStream:
        """The article (with ``export_children``, its descendants too) as a PDF, or with
        ``export_attachment`` a zip of the PDF and the attached files, as a stream to read and close.
        (operation ``exportWikiArticle``)
        """
        body = {
            "paperSize": _paper_size(paper_size),
            "exportChildren": export_children,
            "exportAttachments": export_attachment,
        }
        return await self.client._requester.stream(
            wikis.export_wiki_article.request_kwargs, self.project_key, self.article_id, body=json_body(body)
        )

    async def export_to_file(
        self,
        path: str | os.PathLike[str],
        paper_size: str = "A4",
        export_children: bool = False,
        export_attachment: bool = False,
    ) -> None:
        """Write :meth:`get_export_stream`'s file to ``path`` as it arrives. (operation ``exportWikiArticle``)"""
        stream = await self.get_export_stream(paper_size, export_children, export_attachment)
        await write_to_file(stream, path)

    async def delete(self) -> None:
        """Delete the article and its attached files. (operation ``deleteWikiArticle``)"""
        await self.client._requester.empty(wikis.delete_wiki_article.request_kwargs, self.project_key, self.article_id)

    def get_object_discussions(self) -> AsyncDSSObjectDiscussions:
        """The discussions about the article (no call is made)."""
        return AsyncDSSObjectDiscussions(self.client, self.project_key, "ARTICLE", self.article_id)


class AsyncDSSWikiArticleData:
    """An article's body and metadata, edited in place; :meth:`save` sends them back."""

    def __init__(
        self, client: AsyncDSSClient, project_key: str, article_id: str, article_data: WikiArticleData
    ) -> None:
        self.client = client
        self.project_key = project_key
        self.article_id = article_id
        self.article_data = article_data

    def __repr__(self) -> str:
        return f"{type(self).__name__}(project_key={self.project_key!r}, article_id={self.article_id!r})"

    def get_body(self) -> str | None:
        """The body, in Markdown."""
        return self.article_data.get("payload")

    def set_body(self, content: str) -> None:
        """Set the body (saved by :meth:`save`)."""
        self.article_data["payload"] = content

    def get_metadata(self) -> WikiArticle | None:
        """The article's metadata (name, attachments, tags): the data's own dict, changes are saved."""
        return self.article_data.get("article")

    def set_metadata(self, metadata: WikiArticle | dict[str, Any]) -> None:
        """Replace the metadata (saved by :meth:`save`)."""
        self.article_data["article"] = cast("WikiArticle", metadata)

    def get_name(self) -> str:
        """The article's name."""
        name = self.article_data["article"]["name"]
        if name is None:
            raise InvalidRequestError(f"Article {self.article_id} has no name in its data")
        return name

    def set_name(self, name: str) -> None:
        """Rename the article (saved by :meth:`save`)."""
        self.article_data["article"]["name"] = name

    async def save(self) -> None:
        """Save the body and metadata; the data then holds what DSS saved. (operation ``saveWikiArticle``)"""
        self.article_data = await self.client._requester.json(
            wikis.save_wiki_article.request_kwargs, self.project_key, self.article_id, body=json_body(self.article_data)
        )
