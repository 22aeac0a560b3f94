"""Workspaces: settings with permissions, and the objects they show."""

from __future__ import annotations

import copy
import secrets
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any

from dssclient._json import is_array, is_object

from ..errors import UNAUTHORIZED, forbidden, not_found
from ..state import DSSState, User

READ, WRITE, ADMIN = "read", "write", "admin"


@dataclass
class Workspace:
    key: str
    settings: dict[str, Any]
    objects: list[dict[str, Any]] = field(default_factory=list[dict[str, Any]])

    def allows(self, user: User, right: str) -> bool:
        if user.admin:
            return True
        permissions = self.settings.get("permissions")
        for entry in permissions if is_array(permissions) else []:
            if not is_object(entry):
                continue
            if entry.get("user") == user.login or entry.get("group") in user.groups:
                # Rights include one another: admin > write > read.
                if (
                    entry.get(ADMIN) is True
                    or (right != ADMIN and entry.get(WRITE) is True)
                    or (right == READ and entry.get(READ) is True)
                ):
                    return True
        return False

    def view(self, user: User) -> dict[str, Any]:
        """The settings as this user sees them: permissions for the workspace's administrators only."""
        view = copy.deepcopy(self.settings)
        if not self.allows(user, ADMIN):
            view.pop("permissions", None)
        return view


class Workspaces:
    """The workspaces (a ``DSSState`` extension). Call its methods with ``state.lock`` held."""

    def __init__(self, state: DSSState) -> None:
        self.state = state
        self.workspaces: OrderedDict[str, Workspace] = OrderedDict()

    def get(self, key: str, user: User, right: str = READ) -> Workspace:
        workspace = self.workspaces.get(key)
        if workspace is None or not workspace.allows(user, READ):
            # Existence does not leak to those who may not read it.
            raise not_found(f"Workspace does not exist: {key}")
        if not workspace.allows(user, right):
            raise forbidden(f"You may not {right} workspace {key}", UNAUTHORIZED)
        return workspace

    def new_object_id(self, workspace: Workspace) -> str:
        taken = {obj.get("id") for obj in workspace.objects}
        while True:
            object_id = secrets.token_hex(4)
            if object_id not in taken:
                return object_id

    def forget_project(self, project_key: str) -> None:
        # A deleted project's objects leave the workspaces that showed them.
        for workspace in self.workspaces.values():
            workspace.objects = [
                obj
                for obj in workspace.objects
                if not (is_object(obj.get("reference")) and obj["reference"].get("projectKey") == project_key)
            ]
