"""Wikis: a project's wiki settings, its articles, their attached files and exports (models/wikis.py).

Readers of the project's content may read the wiki and export it; writers of its content may
change it (settings, articles, attached files).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

from ..automation.access import READ, WRITE, project_for
from ..context import BinaryReply, RequestContext
from ..models.wikis import Wikis
from ..multipart import UploadedPart
from ._registry import handles

_CHUNK = 64 * 1024


def _wikis(ctx: RequestContext) -> Wikis:
    return ctx.services.state.extension(Wikis)


def _readable(ctx: RequestContext) -> str:
    return project_for(ctx, ctx.path["projectKey"], READ).key


def _writable(ctx: RequestContext) -> str:
    return project_for(ctx, ctx.path["projectKey"], WRITE).key


def _file_reply(path: Any, delete: bool) -> BinaryReply:
    """A file's content as chunks, from a handle opened now (deleted after when ``delete``)."""
    handle = open(path, "rb")  # noqa: SIM115 - closed by the chunks' generator
    size = os.fstat(handle.fileno()).st_size
    if delete:
        os.unlink(path)  # the open handle keeps the content until it is closed

    def chunks() -> Iterator[bytes]:
        with handle:
            while chunk := handle.read(_CHUNK):
                yield chunk

    return BinaryReply(media_type="application/octet-stream", length=size, chunks=chunks)


@handles("getWikiSettings")
def get_wiki_settings(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        return _wikis(ctx).settings(_readable(ctx))


@handles("saveWikiSettings")
def save_wiki_settings(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        return _wikis(ctx).save_settings(_writable(ctx), ctx.body)


@handles("createWikiArticle")
def create_wiki_article(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        project_key = _writable(ctx)
        return _wikis(ctx).create(project_key, ctx.body_fields["name"], ctx.body_fields.get("parent"), ctx.user.login)


@handles("getWikiArticle")
def get_wiki_article(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        return _wikis(ctx).article(_readable(ctx), ctx.path["articleId"]).data()


@handles("saveWikiArticle")
def save_wiki_article(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        project_key = _writable(ctx)
        return _wikis(ctx).save(project_key, ctx.path["articleId"], ctx.body_fields, ctx.user.login)


@handles("deleteWikiArticle")
def delete_wiki_article(ctx: RequestContext) -> None:
    with ctx.services.state.lock:
        _wikis(ctx).delete(_writable(ctx), ctx.path["articleId"])


@handles("uploadWikiAttachment")
def upload_wiki_attachment(ctx: RequestContext) -> dict[str, Any]:
    part: UploadedPart = ctx.body["file"]
    with ctx.services.state.lock:
        project_key = _writable(ctx)
        return _wikis(ctx).attach(
            project_key, ctx.path["articleId"], part.filename or "file", part.path, ctx.user.login
        )


@handles("getWikiAttachment")
def get_wiki_attachment(ctx: RequestContext) -> BinaryReply:
    with ctx.services.state.lock:
        attachment = _wikis(ctx).attachment(_readable(ctx), ctx.path["articleId"], ctx.path["uploadId"])
        return _file_reply(attachment.path, delete=False)


def _export(ctx: RequestContext, article: str | None) -> BinaryReply:
    fields = ctx.body_fields
    with ctx.services.state.lock:
        _, path = _wikis(ctx).export(
            _readable(ctx),
            article,
            fields.get("paperSize") or "A4",
            bool(fields.get("exportChildren")),
            bool(fields.get("exportAttachments")),
            ctx.services.workdir,
        )
    return _file_reply(path, delete=True)


@handles("exportWiki")
def export_wiki(ctx: RequestContext) -> BinaryReply:
    return _export(ctx, None)


@handles("exportWikiArticle")
def export_wiki_article(ctx: RequestContext) -> BinaryReply:
    return _export(ctx, ctx.path["articleId"])
