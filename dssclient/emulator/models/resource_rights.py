"""Who may use or manage an instance-level resource that DSS shares per group (clusters, code envs)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from dssclient._json import array_or_empty, is_mapping

if TYPE_CHECKING:
    from ..state import User


def resource_allows(
    user: User,
    settings: Mapping[str, Any],
    owner: Any,
    *,
    manage_right: str,
    create_right: str,
    manage: bool,
) -> bool:
    """DSS's rule: the global manage right, or ownership with the create right, or a group
    permission (``update`` to manage, ``use`` to use); anyone may use it when ``usableByAll``."""
    if user.may(manage_right):
        return True
    if owner == user.login and user.may(create_right):
        return True
    for entry in array_or_empty(settings.get("permissions")):
        if is_mapping(entry) and entry.get("group") in user.groups:
            if entry.get("update" if manage else "use") is True:
                return True
    return not manage and settings.get("usableByAll") is True
