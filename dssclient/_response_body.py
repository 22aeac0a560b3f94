"""What code written for ``requests.Response`` reads on a whole body: ``content``, ``text``, ``json()``.

The official client's downloads (``DSSManagedFolder.get_file``, ``DSSDataset`` and plugin
downloads, ...) return a ``requests.Response``, and published scripts read them so:
``folder.get_file("report.csv").content``. The sync :class:`~dssclient.DSSStream` gets these
from :class:`ResponseBody`; the async stream cannot offer a property that reads from the network,
so :class:`AsyncResponseBody` adds nothing (read with ``await stream.readall()``).
"""

from __future__ import annotations

import json
from typing import Any


class AsyncResponseBody:
    """Nothing: an awaited read cannot be a property (``await stream.readall()`` reads the body)."""


class ResponseBody:
    """``content``, ``text`` and ``json()`` over a stream's ``readall()``; the body is read once."""

    _whole_body: bytes | None = None

    def readall(self) -> bytes:  # pragma: no cover - provided by the stream
        raise NotImplementedError

    @property
    def content(self) -> bytes:
        """The rest of the body, read to its end the first time (then kept), as ``requests`` does."""
        if self._whole_body is None:
            self._whole_body = self.readall()
        return self._whole_body

    @property
    def text(self) -> str:
        """:attr:`content` decoded as UTF-8 (DSS's downloads are), undecodable bytes replaced."""
        return self.content.decode("utf-8", errors="replace")

    def json(self, **kwargs: Any) -> Any:
        """:attr:`content` parsed as JSON (``kwargs`` go to :func:`json.loads`)."""
        return json.loads(self.content, **kwargs)
