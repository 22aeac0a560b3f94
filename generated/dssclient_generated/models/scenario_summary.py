from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ScenarioSummary")


@_attrs_define
class ScenarioSummary:
    """A scenario's identity and run status.

    Attributes:
        id (str): Identifier of the scenario.
        name (str | Unset): Display name.
        project_key (str | Unset): Key of the scenario's project.
        type_ (str | Unset): `step_based` or `custom_python`.
        active (bool | Unset): Whether the automatic triggers run the scenario.
        running (bool | Unset): Whether the scenario is running.
        start (int | Unset): When the current run started, in milliseconds since the Unix epoch (0 when not running).
        next_run (int | Unset): When an active time-based trigger will next run the scenario, in milliseconds since the
            Unix epoch.
        tags (list[str] | Unset): Tags of the scenario.
    """

    id: str
    name: str | Unset = UNSET
    project_key: str | Unset = UNSET
    type_: str | Unset = UNSET
    active: bool | Unset = UNSET
    running: bool | Unset = UNSET
    start: int | Unset = UNSET
    next_run: int | Unset = UNSET
    tags: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        project_key = self.project_key

        type_ = self.type_

        active = self.active

        running = self.running

        start = self.start

        next_run = self.next_run

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if project_key is not UNSET:
            field_dict["projectKey"] = project_key
        if type_ is not UNSET:
            field_dict["type"] = type_
        if active is not UNSET:
            field_dict["active"] = active
        if running is not UNSET:
            field_dict["running"] = running
        if start is not UNSET:
            field_dict["start"] = start
        if next_run is not UNSET:
            field_dict["nextRun"] = next_run
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name", UNSET)

        project_key = d.pop("projectKey", UNSET)

        type_ = d.pop("type", UNSET)

        active = d.pop("active", UNSET)

        running = d.pop("running", UNSET)

        start = d.pop("start", UNSET)

        next_run = d.pop("nextRun", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        scenario_summary = cls(
            id=id,
            name=name,
            project_key=project_key,
            type_=type_,
            active=active,
            running=running,
            start=start,
            next_run=next_run,
            tags=tags,
        )

        scenario_summary.additional_properties = d
        return scenario_summary

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
