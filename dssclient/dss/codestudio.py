# Derived from dssclient/aio/dss/codestudio.py by scripts/unasync.py: do not edit.
"""Code studios of a project: their definition, status, lifecycle and file synchronization."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, cast, overload

from dssclient_generated.api import code_studios

from dssclient.dss.utils import DSSListItem, DSSRawSettings

from .future import DSSFuture

if TYPE_CHECKING:
    from dssclient.payloads import (
        CodeStudio,
        CodeStudioConflicts,
        CodeStudioListItem,
        CodeStudioPushResult,
        CodeStudioStatus,
        CodeStudioZone,
    )

    from ..dssclient import DSSClient


class DSSCodeStudioObjectListItem(DSSListItem["CodeStudioListItem"]):
    """A code studio as listed by :meth:`DSSProject.list_code_studios`."""

    client: DSSClient

    def __init__(self, client: DSSClient, project_key: str, data: Mapping[str, Any]) -> None:
        super().__init__(client, cast("CodeStudioListItem", data))
        self.project_key = project_key

    def __repr__(self) -> str:
        return f"{type(self).__name__}(project_key={self.project_key!r}, id={self._data.get('id')!r})"

    def to_code_studio(self) -> DSSCodeStudioObject:
        """The handle of this code studio (no call is made)."""
        return DSSCodeStudioObject(self.client, self.project_key, self.id)

    @property
    def name(self) -> str:
        """The code studio's name."""
        name: str = self._data["name"]
        return name

    @property
    def id(self) -> str:
        """The code studio's id."""
        code_studio_id: str = self._data["id"]
        return code_studio_id

    @property
    def owner(self) -> str:
        """The code studio's owner."""
        owner: str = self._data["owner"]
        return owner

    @property
    def template_id(self) -> str:
        """The template it is made from."""
        template_id: str = self._data["templateId"]
        return template_id

    @property
    def template_label(self) -> str:
        """The template's label; the code studio's own id when the template has none (as the official client)."""
        label: str = (self._data.get("desc") or {}).get("label", self._data["id"])
        return label

    @property
    def template_description(self) -> str:
        """The template's short description (empty if none)."""
        description: str = (self._data.get("desc") or {}).get("shortDesc", "")
        return description


class DSSCodeStudioObject:
    """A handle on a code studio of a project. Get one with :meth:`DSSProject.get_code_studio`."""

    def __init__(self, client: DSSClient, project_key: str, code_studio_id: str) -> None:
        self.client = client
        self.project_key = project_key
        self.code_studio_id = code_studio_id

    def __repr__(self) -> str:
        return f"{type(self).__name__}(project_key={self.project_key!r}, code_studio_id={self.code_studio_id!r})"

    def delete(self) -> None:
        """Delete the code studio. (operation ``deleteCodeStudio``)"""
        self.client._requester.empty(
            code_studios.delete_code_studio.request_kwargs, self.project_key, self.code_studio_id
        )

    def get_settings(self) -> DSSCodeStudioObjectSettings:
        """The code studio's definition: name, owner, template. (operation ``getCodeStudio``)"""
        raw: CodeStudio = self.client._requester.json(
            code_studios.get_code_studio.request_kwargs, self.project_key, self.code_studio_id
        )
        return DSSCodeStudioObjectSettings(self.client, self.project_key, self.code_studio_id, raw)

    def get_status(self) -> DSSCodeStudioObjectStatus:
        """The code studio's state and, while it runs, its zones. (operation ``getCodeStudioStatus``)"""
        raw: CodeStudioStatus = self.client._requester.json(
            code_studios.get_code_studio_status.request_kwargs, self.project_key, self.code_studio_id
        )
        return DSSCodeStudioObjectStatus(self.client, self.project_key, self.code_studio_id, raw)

    def stop(self) -> DSSFuture:
        """Stop the code studio; returns the stop's future, already over if it was stopped.

        (operation ``stopCodeStudio``)
        """
        state = self.client._requester.json(
            code_studios.stop_code_studio.request_kwargs, self.project_key, self.code_studio_id
        )
        return DSSFuture.from_resp(self.client, state)

    def restart(self) -> DSSFuture:
        """Start the code studio, or restart it if it runs; returns the start's future.

        (operation ``restartCodeStudio``)
        """
        state = self.client._requester.json(
            code_studios.restart_code_studio.request_kwargs, self.project_key, self.code_studio_id
        )
        return DSSFuture.from_resp(self.client, state)

    def check_conflicts(self, zone: str) -> DSSCodeStudioObjectConflicts:
        """The files of a zone changed both in the code studio and in DSS. (operation ``checkCodeStudioConflicts``)

        :param zone: a zone of :meth:`DSSCodeStudioObjectStatus.get_zones`. An unknown
            zone is not an error: the answer's ``is_error`` is true.
        """
        raw: CodeStudioConflicts = self.client._requester.json(
            code_studios.check_code_studio_conflicts.request_kwargs, self.project_key, self.code_studio_id, zone
        )
        return DSSCodeStudioObjectConflicts(zone, raw)

    def pull_from_code_studio(self, zone: str) -> None:
        """Copy a zone's files from the code studio to DSS. (operation ``pullFromCodeStudio``)

        Returns None, as the official client does (DSS's answer lists the changes;
        :meth:`check_conflicts` beforehand tells what would be overwritten).
        """
        self.client._requester.empty(
            code_studios.pull_from_code_studio.request_kwargs, self.project_key, self.code_studio_id, zone
        )

    def push_to_code_studio(self, zone: str) -> CodeStudioPushResult:
        """Copy a zone's files from DSS to the code studio; returns ``{"count", "size"}``.

        (operation ``pushToCodeStudio``)
        """
        copied: CodeStudioPushResult = self.client._requester.json(
            code_studios.push_to_code_studio.request_kwargs, self.project_key, self.code_studio_id, zone
        )
        return copied

    def change_owner(self, new_owner: str) -> CodeStudio:
        """Give the code studio to another user; returns its definition. (operation ``changeCodeStudioOwner``)"""
        definition: CodeStudio = self.client._requester.json(
            code_studios.change_code_studio_owner.request_kwargs,
            self.project_key,
            self.code_studio_id,
            new_owner=new_owner,
        )
        return definition


class DSSCodeStudioObjectConflicts(dict[str, Any]):
    """The conflicts found in one zone of a code studio: a dict keyed by the zone, with properties over it.

    Only conflicting files are listed: changed in the code studio, while their DSS
    side changed too since the last synchronization.
    """

    def __init__(self, zone: str, conflicts: CodeStudioConflicts) -> None:
        super().__init__(conflicts)
        self._zone = zone
        self._conflicts = conflicts

    def get_raw(self) -> CodeStudioConflicts:
        """The conflicts as DSS sent them."""
        return self._conflicts

    @property
    def is_error(self) -> bool:
        """Whether the zone could not be checked (an unknown zone, a code studio that does not run)."""
        return "error" in self._conflicts

    def _files(self, kind: str) -> list[str]:
        zone: dict[str, Any] = cast("dict[str, Any]", self._conflicts).get(self._zone) or {}
        files: list[str] = zone.get(kind, [])
        return files

    @property
    def authors(self) -> list[str]:
        """Logins of the users who changed the conflicting files in DSS."""
        return self._files("authors")

    @property
    def added(self) -> list[str]:
        """Files added on one side since the last synchronisation."""
        return self._files("added")

    @property
    def modified(self) -> list[str]:
        """Files modified on both sides."""
        return self._files("modified")

    @property
    def deleted(self) -> list[str]:
        """Files deleted on one side."""
        return self._files("deleted")


class DSSCodeStudioObjectSettings(DSSRawSettings["CodeStudio"]):
    """The definition of a code studio. It cannot be saved: DSS offers no call for that."""

    def __init__(self, client: DSSClient, project_key: str, code_studio_id: str, settings: CodeStudio) -> None:
        super().__init__(settings)
        self.client = client
        self.project_key = project_key
        self.code_studio_id = code_studio_id

    @property
    def id(self) -> str:
        """The code studio's id."""
        code_studio_id = cast(str, self.settings["id"])
        return code_studio_id

    @property
    def name(self) -> str:
        """The code studio's name."""
        name = cast(str, self.settings["name"])
        return name

    @property
    def template_id(self) -> str:
        """The template it is made from."""
        template_id = cast(str, self.settings["templateId"])
        return template_id

    @property
    def lib_name(self) -> str:
        """The folder of the code studio's resource files: ``<datadir>/lib/code_studio/<projectKey>/<libName>/``."""
        lib_name = cast(str, self.settings["libName"])
        return lib_name

    @property
    def owner(self) -> str:
        """The owner, the only user who may use the code studio (project administrators may start and stop it)."""
        owner = cast(str, self.settings["owner"])
        return owner


class DSSCodeStudioObjectStatus:
    """The status of a code studio: its state and, while it runs, its synchronized zones."""

    def __init__(self, client: DSSClient, project_key: str, code_studio_id: str, status: CodeStudioStatus) -> None:
        self.client = client
        self.project_key = project_key
        self.code_studio_id = code_studio_id
        self.status = status

    def __repr__(self) -> str:
        return f"{type(self).__name__}(code_studio_id={self.code_studio_id!r}, state={self.status.get('state')!r})"

    def get_raw(self) -> CodeStudioStatus:
        """The status as DSS sent it."""
        return self.status

    @property
    def state(self) -> str:
        """``STOPPED``, ``STARTING``, ``RUNNING`` or ``STOPPING``."""
        state = self.status["state"]
        return state

    @property
    def last_state_change(self) -> datetime.datetime | None:
        """When the state last changed (local time zone), or None if the code studio never started."""
        timestamp_ms = self.status.get("lastStateChange") or 0
        if timestamp_ms <= 0:
            return None
        return datetime.datetime.fromtimestamp(timestamp_ms / 1000, tz=datetime.UTC).astimezone()

    @overload
    def get_zones(self, as_type: Literal["names", "name"] = "names") -> list[str]: ...

    @overload
    def get_zones(self, as_type: Literal["objects", "object"]) -> list[CodeStudioZone]: ...

    def get_zones(self, as_type: str = "names") -> list[str] | list[CodeStudioZone]:
        """The zones synchronized in the code studio (none unless it runs), as ids or as dicts with an ``id``."""
        zones: list[CodeStudioZone] = self.status.get("syncedZones") or []
        if as_type in ("names", "name"):
            return [zone.get("id") for zone in zones]
        if as_type in ("objects", "object"):
            return zones
        raise ValueError(f"Unknown as_type {as_type!r}: use 'names' or 'objects'")
