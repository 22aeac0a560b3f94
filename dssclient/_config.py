"""Explicit configuration objects: how to reach a DSS node, and the options of each call.

``ConnectionSettings`` is fixed for a client's life (where, who, TLS); ``CallOptions``
(timeout, retries, answer size limit) can differ between clients that share one
connection pool (``client.with_options(...)``). Both validate what they are given,
so that a bad value fails where it is written rather than on some later call.
"""

from __future__ import annotations

import math
import ssl
import warnings
from dataclasses import dataclass, field, replace
from typing import Any

import httpx

from ._auth import DSSAuth
from ._retry import RetryPolicy

DEFAULT_TIMEOUT = 120.0
"""Seconds a call may take by default, retries and waits included."""
DEFAULT_CONNECT_TIMEOUT = 10.0
"""Seconds that connecting may take by default, within the call's timeout."""
DEFAULT_MAX_JSON_BYTES = 256 * 1024 * 1024
"""Largest JSON answer read by default (decoded size): DSS's largest listings stay far below."""
MAX_ERROR_BODY_BYTES = 1024 * 1024
"""Largest error answer read: an error message needs no more."""

TimeoutTypes = float | int | httpx.Timeout


def resolve_timeout(timeout: TimeoutTypes) -> tuple[httpx.Timeout, float]:
    """(each socket operation's timeouts, the deadline of a whole call) from a ``timeout`` argument.

    A number of seconds bounds the whole call, and connecting within it by at most
    ``DEFAULT_CONNECT_TIMEOUT``. An ``httpx.Timeout`` sets each phase; the whole call is then
    bounded by the largest of them. Every value must be a finite number of seconds above
    zero: there is no way to wait forever.
    """
    if isinstance(timeout, httpx.Timeout):
        phases = {"connect": timeout.connect, "read": timeout.read, "write": timeout.write, "pool": timeout.pool}
        for name, value in phases.items():
            _check_seconds(f"timeout.{name}", value)
        return timeout, max(v for v in phases.values() if v is not None)
    _check_seconds("timeout", timeout)
    seconds = float(timeout)
    return httpx.Timeout(seconds, connect=min(DEFAULT_CONNECT_TIMEOUT, seconds)), seconds


def _check_seconds(name: str, value: Any) -> None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValueError(f"{name} must be a number of seconds, not {value!r} (a timeout cannot be disabled)")
    if not math.isfinite(value) or value <= 0:
        raise ValueError(f"{name} must be a finite number of seconds above zero, not {value!r}")


@dataclass(frozen=True, slots=True)
class CallOptions:
    """What bounds each call: the options that ``with_options`` changes."""

    timeout: httpx.Timeout
    # Seconds for a whole call (see _deadline).
    deadline: float
    retry: RetryPolicy
    max_json_bytes: int = DEFAULT_MAX_JSON_BYTES

    def __post_init__(self) -> None:
        if not _is_positive_int(self.max_json_bytes):
            raise ValueError(f"max_json_bytes must be a positive number of bytes, not {self.max_json_bytes!r}")

    @classmethod
    def create(
        cls,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int | None = None,
        retry_policy: RetryPolicy | None = None,
        max_json_bytes: int = DEFAULT_MAX_JSON_BYTES,
    ) -> CallOptions:
        phases, deadline = resolve_timeout(timeout)
        return cls(phases, deadline, _retry(RetryPolicy(), max_retries, retry_policy), max_json_bytes)

    def updated(
        self,
        timeout: TimeoutTypes | None = None,
        max_retries: int | None = None,
        retry_policy: RetryPolicy | None = None,
        max_json_bytes: int | None = None,
    ) -> CallOptions:
        """A copy with the given options changed (None: unchanged)."""
        options = self
        if timeout is not None:
            phases, deadline = resolve_timeout(timeout)
            options = replace(options, timeout=phases, deadline=deadline)
        if max_retries is not None or retry_policy is not None:
            options = replace(options, retry=_retry(options.retry, max_retries, retry_policy))
        if max_json_bytes is not None:
            options = replace(options, max_json_bytes=max_json_bytes)
        return options


def _is_positive_int(value: object) -> bool:
    # Typed int, but checked as anything: scripts without a type checker pass strings or bools.
    return isinstance(value, int) and not isinstance(value, bool) and value > 0


def _retry(current: RetryPolicy, max_retries: int | None, retry_policy: object) -> RetryPolicy:
    # retry_policy is typed RetryPolicy | None by the public signatures, checked here as anything.
    if retry_policy is not None and max_retries is not None:
        raise ValueError("pass max_retries or retry_policy, not both")
    if retry_policy is not None:
        if not isinstance(retry_policy, RetryPolicy):
            raise TypeError(f"retry_policy must be a RetryPolicy, not {type(retry_policy).__name__}")
        return retry_policy
    if max_retries is not None:
        return replace(current, max_retries=max_retries)
    return current


@dataclass(frozen=True, slots=True)
class ConnectionSettings:
    """Where and as whom a client connects: fixed for the client's life."""

    base_url: str
    auth: DSSAuth
    verify: bool | ssl.SSLContext = True
    headers: dict[str, str] = field(default_factory=dict[str, str])
    limits: httpx.Limits = field(
        default_factory=lambda: httpx.Limits(max_connections=100, max_keepalive_connections=20)
    )

    def __repr__(self) -> str:
        return f"ConnectionSettings(base_url={self.base_url!r}, auth={self.auth!r})"

    def ssl_context(self) -> ssl.SSLContext:
        """The TLS configuration of the connection pool."""
        if isinstance(self.verify, ssl.SSLContext):
            return self.verify
        if self.base_url.startswith("http://"):
            # Every request goes to the base URL, in plain HTTP: TLS is never used. A context
            # without trusted certificates costs nothing to build (loading them costs tens of
            # milliseconds) and would refuse any server if TLS ever were attempted.
            return ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        return httpx.create_ssl_context(verify=self.verify)


def configured_instance(instance: str | None = None) -> tuple[str, str, bool]:
    """(URL, API key, no_check_certificate) of the DSS to use, found as Dataiku's own packages find it.

    Without ``instance``: the environment variables ``DKU_DSS_URL`` and ``DKU_API_KEY`` when both
    are set, else the ``default_instance`` of ``~/.dataiku/config.json``; with it, that entry of
    the file's ``dss_instances``.
    """
    import json
    import os
    from pathlib import Path

    from ._json import is_object
    from .errors import ConfigurationError

    if instance is None:
        url, key = os.environ.get("DKU_DSS_URL"), os.environ.get("DKU_API_KEY")
        if url and key:
            return url, key, False
    path = Path.home() / ".dataiku" / "config.json"
    try:
        config = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigurationError(
            "no DSS is configured: set DKU_DSS_URL and DKU_API_KEY, or write ~/.dataiku/config.json "
            '({"dss_instances": {"default": {"url": ..., "api_key": ...}}, "default_instance": "default"})'
        ) from None
    except (OSError, ValueError) as error:
        raise ConfigurationError(f"cannot read {path}: {type(error).__name__}") from None
    instances = config.get("dss_instances") if is_object(config) else None
    name = instance if instance is not None else (config.get("default_instance") if is_object(config) else None)
    entry = instances.get(name) if is_object(instances) and isinstance(name, str) else None
    if not is_object(entry):
        raise ConfigurationError(f"{path} has no DSS instance named {name!r} under dss_instances")
    url, key = entry.get("url"), entry.get("api_key")
    if not isinstance(url, str) or not url or not isinstance(key, str) or not key:
        raise ConfigurationError(f"the instance {name!r} of {path} needs a url and an api_key")
    return url, key, bool(entry.get("no_check_certificate", False))


def checked_legacy_options(owner: str, no_check_certificate: bool, kwargs: dict[str, Any]) -> bool:
    """``no_check_certificate``, or the official client's older name for it, ``insecure_tls``
    (deprecated: a warning), in a constructor's ``kwargs``; any other keyword left is a TypeError
    naming ``owner``. The clients of DSS and of the API node take their options so."""
    if "insecure_tls" in kwargs:
        # stacklevel 3: the code that built the client, not its constructor.
        warnings.warn("insecure_tls is deprecated: use no_check_certificate", DeprecationWarning, stacklevel=3)
        no_check_certificate = bool(kwargs.pop("insecure_tls")) or no_check_certificate
    if kwargs:
        raise TypeError(f"{owner}() got unexpected keyword arguments: {sorted(kwargs)}")
    return no_check_certificate
