"""httpx's network failures, as dssclient's exceptions."""

from __future__ import annotations

import logging
import re
from collections.abc import Generator
from contextlib import contextmanager

import httpx

from ._deadline import deadline_passed
from .errors import DSSConnectionError, DSSTimeoutError

# A path segment that is an API key's secret: DSS's deprecated /admin/globalAPIKeys/{secret}.
_SECRET_IN_PATH = re.compile(r"(/admin/globalAPIKeys/)[^/?#]+")


def safe_url(url: httpx.URL | str) -> str:
    """The URL without any user information, or API key secret in its path, that it might carry."""
    try:
        shown = str(httpx.URL(url).copy_with(username=None, password=None))
    except (httpx.InvalidURL, TypeError, ValueError):
        return "<an invalid URL>"
    return _SECRET_IN_PATH.sub(r"\1<secret>", shown)


class _SecretPathFilter(logging.Filter):
    """Masks API key secrets in the URLs that httpx logs ("HTTP Request: GET <url> ...")."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple) and any(_SECRET_IN_PATH.search(str(arg)) for arg in record.args):
            record.args = tuple(
                _SECRET_IN_PATH.sub(r"\1<secret>", str(arg)) if _SECRET_IN_PATH.search(str(arg)) else arg
                for arg in record.args
            )
        return True


_SECRET_PATH_FILTER = _SecretPathFilter()


def hide_secret_paths_in_http_logs() -> None:
    """Keep the secret of a path like /admin/globalAPIKeys/{secret} out of httpx's request log."""
    logger = logging.getLogger("httpx")
    if _SECRET_PATH_FILTER not in logger.filters:
        logger.addFilter(_SECRET_PATH_FILTER)


@contextmanager
def translate_transport_errors(method: str, url: httpx.URL | str) -> Generator[None]:
    """Re-raise network failures as DSSConnectionError / DSSTimeoutError naming the request (never its credentials)."""
    import httpcore  # loaded by httpx's transport already; its own errors reach here from direct body reads

    try:
        yield
    except (httpx.TimeoutException, httpcore.TimeoutException) as error:
        why = "the call's timeout passed" if deadline_passed() else f"no answer in time ({type(error).__name__})"
        raise DSSTimeoutError(f"{method} {safe_url(url)}: {why}") from error
    except (httpx.TransportError, httpcore.NetworkError, httpcore.ProtocolError) as error:
        raise DSSConnectionError(
            f"{method} {safe_url(url)}: could not reach DSS ({type(error).__name__}: {error})"
        ) from error
