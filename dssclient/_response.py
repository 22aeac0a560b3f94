"""What an answer means: a typed error for anything but a success, JSON decoded with bounds.

Pure functions over an ``httpx.Response`` whose body the caller has read (or
chosen not to read): the sync and async pipelines share them, so that an answer
means the same thing whichever variant received it.
"""

from __future__ import annotations

import json
from typing import Any

import httpx

from ._json import is_object
from ._translate import safe_url
from .errors import DSSAPIError, RedirectError, UnexpectedResponseError, error_class_for_status


def is_success(status_code: int) -> bool:
    return 200 <= status_code < 300


def error_for_answer(response: httpx.Response, body: bytes) -> Exception:
    """The typed error for an answer that is not a success (``body``: what was read of it)."""
    request = response.request
    where = f"{request.method} {safe_url(request.url)}"
    if response.status_code < 400:
        location = response.headers.get("Location")
        shown = safe_url(location) if location else None
        return RedirectError(
            f"{where} answered {response.status_code} {response.reason_phrase}"
            + (f", redirecting to {shown}" if shown else "")
            + ": dssclient does not follow redirections (is the host URL right: http or https, "
            "the base path, a proxy or login page in front of DSS?)",
            status_code=response.status_code,
            location=shown,
        )
    return dss_error(response, body)


def dss_error(response: httpx.Response, body: bytes) -> DSSAPIError:
    """The ``DSSAPIError`` subclass for an error answer, with DSS's ``errorType`` and messages when it sent them."""
    decoded: Any = None
    try:
        decoded = json.loads(body) if body else None
    except ValueError:
        pass
    fields: dict[str, Any] = decoded if is_object(decoded) else {}
    error_type = fields.get("errorType")
    message = fields.get("message")
    if not isinstance(error_type, str) or not error_type:
        # Not a DSS error body: a proxy's page, or an empty answer.
        error_type = "Unknown error"
    if not isinstance(message, str):
        snippet = body[:300].decode("utf-8", errors="replace").strip()
        message = f"HTTP {response.status_code} {response.reason_phrase}" + (f": {snippet}" if snippet else "")
    detailed = fields.get("detailedMessage")
    request = response.request
    return error_class_for_status(response.status_code)(
        status_code=response.status_code,
        error_type=error_type,
        message=message,
        detailed_message=detailed if isinstance(detailed, str) and detailed else None,
        method=request.method,
        url=safe_url(request.url),
        body=fields,
    )


def decode_json(response: httpx.Response, body: bytes, *, required: bool) -> Any:
    """The JSON value of a success answer's body.

    An empty body is None when the operation may answer nothing (``required=False``)
    and an error otherwise; a body that is not JSON (a proxy's HTML page) is an error.
    """
    if not body.strip():
        if required:
            raise _unexpected(response, "with an empty body where a JSON document was expected")
        return None
    # DSS does not always label its JSON as such, so only a web page is refused unread.
    media_type = response.headers.get("Content-Type", "").split(";", 1)[0].strip().lower()
    if media_type in ("text/html", "application/xhtml+xml"):
        raise _unexpected(response, f"with a web page where JSON was expected (a proxy or login page?): {body[:200]!r}")
    try:
        return json.loads(body)
    except ValueError as error:
        raise _unexpected(response, f"with a body that is not JSON: {body[:200]!r}") from error
    except RecursionError:
        raise _unexpected(response, "with a JSON document nested too deeply to decode") from None


def _unexpected(response: httpx.Response, problem: str) -> UnexpectedResponseError:
    request = response.request
    return UnexpectedResponseError(
        f"{request.method} {safe_url(request.url)} answered {response.status_code} {problem}"
    )
