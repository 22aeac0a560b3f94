# Derived from dssclient/aio/apinode_admin/auth.py by scripts/unasync.py: do not edit.
"""``APINodeAuth`` at the official module path (``dataikuapi.apinode_admin.auth``)."""

from __future__ import annotations

from dssclient.apinode_admin_client import APINodeAuth

__all__ = ["APINodeAuth"]
