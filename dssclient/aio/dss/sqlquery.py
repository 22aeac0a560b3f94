"""SQL queries run through DSS."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any

from dssclient_generated.api import sql

from dssclient._rows import casters_for

from .._rowstream import iter_rows_of

if TYPE_CHECKING:
    from dssclient.payloads import SqlColumn, SqlQueryStart

    from ..dssclient import AsyncDSSClient


class AsyncDSSSQLQuery:
    """A query that DSS runs on one of its connections. Start one with :meth:`DSSClient.sql_query`.

    Read its rows with :meth:`iter_rows`, then call :meth:`verify`: rows stop coming
    both when there are no more and when the query failed midway, and only
    :meth:`verify` tells which.
    """

    def __init__(self, client: AsyncDSSClient, streaming_session: SqlQueryStart) -> None:
        self.client = client
        self.streaming_session = streaming_session
        self.queryId: str = streaming_session["queryId"]  # noqa: N815 - the official client's attribute

    def __repr__(self) -> str:
        return f"{type(self).__name__}(queryId={self.queryId!r})"

    def get_schema(self) -> list[SqlColumn]:
        """The result's columns, each a dict with ``name`` and DSS ``type`` (``originalType``: the database's).

        The schema came with the answer that started the query: no call is made.
        """
        return self.streaming_session["schema"]

    async def iter_rows(self) -> AsyncIterator[list[Any]]:
        """The rows, as lists of values cast by column type, read as they arrive. (operation ``streamSqlQuery``)

        A million-row answer is never held in memory. The rows can be read once.
        """
        casters = casters_for(self.get_schema())
        async with await self.client._requester.stream(sql.stream_sql_query.request_kwargs, self.queryId) as stream:
            async for row in iter_rows_of(stream, casters):  # noqa: UP028 - the sync twin cannot yield from an async source
                yield row

    async def verify(self) -> None:
        """Raise the query's error if it failed, after its rows were read. (operation ``finishSqlQueryStreaming``)

        This also ends the query on DSS (running its post-queries if the rows were not read).
        """
        await self.client._requester.empty(sql.finish_sql_query_streaming.request_kwargs, self.queryId)
