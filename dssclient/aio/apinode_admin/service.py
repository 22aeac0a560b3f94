"""``AsyncAPINodeService`` at the official module path (``dataikuapi.apinode_admin.service``)."""

from __future__ import annotations

from dssclient.aio.apinode_admin_client import AsyncAPINodeService

__all__ = ["AsyncAPINodeService"]
