"""Connections: their definitions (secrets kept in clear, answered encrypted), who may use them and
read their details, and the credentials they resolve to for a given user."""

from __future__ import annotations

import copy
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from dssclient._json import is_array, is_mapping, is_object, mapping_or_empty, object_or_empty

from ..errors import UNAUTHORIZED, bad_request, conflict, forbidden, not_found
from .encryption import strip_secrets

if TYPE_CHECKING:
    from ..state import DSSState, User

_VARIABLE = re.compile(r"\$\{([^}]+)\}")

# Connection types that hold streaming endpoints (created by an administrator like any
# connection), each with the type of streaming endpoint it holds (models/streaming.py).
STREAMING_CONNECTION_TYPES = {"Kafka": "kafka", "SQS": "SQS", "KDBPlus": "kdbplustick"}


def connection_defaults(name: str, type_: str) -> dict[str, Any]:
    return {
        "name": name,
        "type": type_,
        "description": "",
        "params": {},
        "usableBy": "ALL",
        "allowedGroups": [],
        "detailsReadability": {"readableBy": "NONE", "allowedGroups": []},
        "allowWrite": True,
        "allowManagedDatasets": True,
        "allowManagedFolders": True,
        "allowKnowledgeBanks": True,
        "allowMirror": False,
        "credentialsMode": "GLOBAL",
        "maxActivities": 0,
        "useGlobalProxy": False,
        "indexingSettings": {"indexForeignKeys": False, "indexIndices": False, "indexSystemTables": False},
    }


@dataclass
class Connection:
    # The definition, secrets in clear.
    definition: dict[str, Any]

    @property
    def type(self) -> str:
        return str(self.definition.get("type", ""))

    def usable_by(self, user: User) -> bool:
        if user.admin or self.definition.get("usableBy", "ALL") == "ALL":
            return True
        return bool(set(_strings(self.definition.get("allowedGroups"))) & set(user.groups))

    def details_readable_by(self, user: User) -> bool:
        if user.admin:
            return True
        readability = self.definition.get("detailsReadability")
        readable = mapping_or_empty(readability)
        mode = readable.get("readableBy", "NONE")
        if mode == "ALL":
            return True
        return mode == "ALLOWED" and bool(set(_strings(readable.get("allowedGroups"))) & set(user.groups))

    def groups_named(self) -> list[str]:
        """The groups the definition names (usage and details readability)."""
        readability = self.definition.get("detailsReadability")
        names = _strings(self.definition.get("allowedGroups"))
        if is_mapping(readability):
            names += _strings(readability.get("allowedGroups"))
        return list(dict.fromkeys(names))


class ConnectionsModel:
    def __init__(self, state: DSSState) -> None:
        self.state = state
        self.connections: dict[str, Connection] = {}
        for name, type_, params in (
            ("filesystem_managed", "Filesystem", {"root": "${dip.home}/managed_datasets"}),
            ("filesystem_folders", "Filesystem", {"root": "${dip.home}/managed_folders"}),
            ("filesystem_root", "Filesystem", {"root": "/"}),
        ):
            definition = connection_defaults(name, type_) | {"params": params}
            if name == "filesystem_root":
                definition |= {"allowManagedDatasets": False, "allowManagedFolders": False, "allowWrite": False}
            self.connections[name] = Connection(definition)

    def existing(self, name: str) -> Connection:
        connection = self.connections.get(name)
        if connection is None:
            raise not_found(f"Connection '{name}' does not exist")
        return connection

    def create(self, fields: Mapping[str, Any], creator: str) -> Connection:
        name = fields["name"]
        if name in self.connections:
            raise conflict(f"Connection '{name}' already exists")
        definition = connection_defaults(name, fields["type"])
        for key in ("description", "params", "usableBy", "allowedGroups"):
            if fields.get(key) is not None:
                definition[key] = copy.deepcopy(fields[key])
        if is_mapping(definition["params"]) and definition["params"].get("credentialsMode") is not None:
            definition["credentialsMode"] = definition["params"]["credentialsMode"]
        definition["creationTag"] = {
            "versionNumber": 0,
            "lastModifiedBy": {"login": creator},
            "lastModifiedOn": self.state.clock(),
        }
        self.check_groups(definition)
        connection = self.connections[name] = Connection(definition)
        return connection

    def check_groups(self, definition: Mapping[str, Any]) -> None:
        unknown = [g for g in Connection(dict(definition)).groups_named() if g not in self.state.groups]
        if unknown:
            raise bad_request(f"Group does not exist: {', '.join(unknown)}")

    def info(self, name: str, user: User, variables: Mapping[str, Any]) -> dict[str, Any]:
        """The connection's details for ``user``, credentials resolved in clear."""
        connection = self.existing(name)
        if not connection.usable_by(user) or not connection.details_readable_by(user):
            raise forbidden(f"You may not read the details of connection {name}", UNAUTHORIZED)
        definition = connection.definition
        found = definition.get("params")
        params: Mapping[str, Any] = found if is_mapping(found) else {}
        mode = str(definition.get("credentialsMode") or "GLOBAL")
        info: dict[str, Any] = {
            "name": name,
            "type": connection.type,
            "credentialsMode": mode,
            "params": strip_secrets(params),
            "resolvedParams": _resolve(strip_secrets(params), variables),
        }
        if mode == "PER_USER":
            credential = object_or_empty(user.settings.get("credentials")).get(name)
            if is_mapping(credential) and credential.get("type") == "BASIC":
                info["resolvedBasicCredential"] = {
                    "user": str(credential.get("user") or ""),
                    "password": str(credential.get("password") or ""),
                }
            elif is_mapping(credential) and isinstance(credential.get("accessToken"), str):
                info["resolvedOAuth2Credential"] = {"accessToken": credential["accessToken"]}
        else:
            if isinstance(params.get("user"), str) and isinstance(params.get("password"), str):
                info["resolvedBasicCredential"] = {
                    "user": _resolve(params["user"], variables),
                    "password": params["password"],
                }
            if isinstance(params.get("accessKey"), str) and isinstance(params.get("secretKey"), str):
                aws = {"accessKey": params["accessKey"], "secretKey": params["secretKey"]}
                if isinstance(params.get("sessionToken"), str):
                    aws["sessionToken"] = params["sessionToken"]
                info["resolvedAWSCredential"] = aws
        return info

    def test(self, name: str, user: User, variables: Mapping[str, Any]) -> dict[str, Any]:
        connection = self.existing(name)
        if not connection.usable_by(user):
            raise forbidden(f"You may not use connection {name}", UNAUTHORIZED)
        if connection.type == "Filesystem":
            params = connection.definition.get("params")
            root = _resolve((params or {}).get("root", ""), variables) if is_mapping(params) else ""
            ok = isinstance(root, str) and bool(root) and Path(root).is_dir()
            return {"connectionOK": ok, "message": f"{root} is a directory" if ok else f"{root} is not a directory"}
        return {
            "connectionOK": False,
            "message": f"The emulator cannot reach what a {connection.type} connection points to",
        }


def _strings(value: Any) -> list[str]:
    if not isinstance(value, (list, tuple)):
        return []
    # A JSON array (or a tuple the emulator built): each item is checked.
    return [v for v in cast("Sequence[object]", value) if isinstance(v, str)]


def _resolve(value: Any, variables: Mapping[str, Any]) -> Any:
    """``${name}`` references replaced by the variables' values (unknown ones left as they are)."""
    if isinstance(value, str):
        return _VARIABLE.sub(lambda m: _text(variables[m.group(1)]) if m.group(1) in variables else m.group(0), value)
    if is_object(value):
        return {k: _resolve(v, variables) for k, v in value.items()}
    if is_array(value):
        return [_resolve(v, variables) for v in value]
    return value


def _text(value: Any) -> str:
    return value if isinstance(value, str) else str(value)
