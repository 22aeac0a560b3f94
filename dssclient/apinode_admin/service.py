# Derived from dssclient/aio/apinode_admin/service.py by scripts/unasync.py: do not edit.
"""``APINodeService`` at the official module path (``dataikuapi.apinode_admin.service``)."""

from __future__ import annotations

from dssclient.apinode_admin_client import APINodeService

__all__ = ["APINodeService"]
