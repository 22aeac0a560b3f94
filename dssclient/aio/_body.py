"""Reading an answer's body whole, bounded: shared by the requester and the transport.

Kept apart from ``_transport`` (which needs httpcore) so that importing the handles does not
load the network stack; that waits for the first client.
"""

from __future__ import annotations

import httpx

CALL_OPTIONS_EXTENSION = "dssclient.call_options"
"""Key of ``httpx.Request.extensions`` under which a request carries its client's CallOptions."""


async def read_body(response: httpx.Response, limit: int, *, truncate: bool = False) -> bytes:
    """The (decoded) body, read as it arrives, and the response closed.

    Reading stops past ``limit`` bytes: a longer body comes back cut to ``limit + 1`` bytes,
    so that the caller can tell and refuse it, or to ``limit`` bytes with ``truncate``.
    Bounding the decoded size stops compressed answers that inflate without end.
    """
    chunks: list[bytes] = []
    size = 0
    try:
        async for chunk in response.aiter_bytes():
            chunks.append(chunk)
            size += len(chunk)
            if size > limit:
                break
    finally:
        await response.aclose()
    body = b"".join(chunks)
    return body[:limit] if truncate else body[: limit + 1]
