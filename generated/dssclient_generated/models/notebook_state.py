from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.notebook_state_active_sessions_item import (
        NotebookStateActiveSessionsItem,
    )


T = TypeVar("T", bound="NotebookState")


@_attrs_define
class NotebookState:
    """A Jupyter notebook and its running sessions.

    Attributes:
        project_key (str): Project of the notebook.
        name (str): Name of the notebook.
        active_sessions (list[NotebookStateActiveSessionsItem] | Unset): Running sessions (`sessionId`, `kernelId`,
            `kernelPid`, `sessionCreator`, `kernelExecutionState`, `sessionStartTime`, ...).
    """

    project_key: str
    name: str
    active_sessions: list[NotebookStateActiveSessionsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_key = self.project_key

        name = self.name

        active_sessions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.active_sessions, Unset):
            active_sessions = []
            for active_sessions_item_data in self.active_sessions:
                active_sessions_item = active_sessions_item_data.to_dict()
                active_sessions.append(active_sessions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "projectKey": project_key,
                "name": name,
            }
        )
        if active_sessions is not UNSET:
            field_dict["activeSessions"] = active_sessions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.notebook_state_active_sessions_item import (
            NotebookStateActiveSessionsItem,
        )

        d = dict(src_dict)
        project_key = d.pop("projectKey")

        name = d.pop("name")

        _active_sessions = d.pop("activeSessions", UNSET)
        active_sessions: list[NotebookStateActiveSessionsItem] | Unset = UNSET
        if _active_sessions is not UNSET:
            active_sessions = []
            for active_sessions_item_data in _active_sessions:
                active_sessions_item = NotebookStateActiveSessionsItem.from_dict(
                    active_sessions_item_data
                )

                active_sessions.append(active_sessions_item)

        notebook_state = cls(
            project_key=project_key,
            name=name,
            active_sessions=active_sessions,
        )

        notebook_state.additional_properties = d
        return notebook_state

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
