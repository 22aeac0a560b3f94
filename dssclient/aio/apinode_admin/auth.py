"""``AsyncAPINodeAuth`` at the official module path (``dataikuapi.apinode_admin.auth``)."""

from __future__ import annotations

from dssclient.aio.apinode_admin_client import AsyncAPINodeAuth

__all__ = ["AsyncAPINodeAuth"]
