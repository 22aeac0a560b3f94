from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_state import JobState


T = TypeVar("T", bound="JobListItem")


@_attrs_define
class JobListItem:
    """A job as listed.

    Attributes:
        def_ (JobState | Unset): A job's definition as DSS stores it once started.
        state (str | Unset): `NOT_STARTED`, `RUNNING`, `DONE`, `FAILED` or `ABORTED`.
        stable_state (bool | Unset): Whether the state is final.
        start_time (int | Unset): When the job started, in milliseconds since the Unix epoch.
        end_time (int | Unset): When the job ended, in milliseconds since the Unix epoch; 0 while running.
        warnings_count (int | Unset): Warnings the job reported.
    """

    def_: JobState | Unset = UNSET
    state: str | Unset = UNSET
    stable_state: bool | Unset = UNSET
    start_time: int | Unset = UNSET
    end_time: int | Unset = UNSET
    warnings_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        def_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.def_, Unset):
            def_ = self.def_.to_dict()

        state = self.state

        stable_state = self.stable_state

        start_time = self.start_time

        end_time = self.end_time

        warnings_count = self.warnings_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if def_ is not UNSET:
            field_dict["def"] = def_
        if state is not UNSET:
            field_dict["state"] = state
        if stable_state is not UNSET:
            field_dict["stableState"] = stable_state
        if start_time is not UNSET:
            field_dict["startTime"] = start_time
        if end_time is not UNSET:
            field_dict["endTime"] = end_time
        if warnings_count is not UNSET:
            field_dict["warningsCount"] = warnings_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.job_state import JobState

        d = dict(src_dict)
        _def_ = d.pop("def", UNSET)
        def_: JobState | Unset
        if isinstance(_def_, Unset):
            def_ = UNSET
        else:
            def_ = JobState.from_dict(_def_)

        state = d.pop("state", UNSET)

        stable_state = d.pop("stableState", UNSET)

        start_time = d.pop("startTime", UNSET)

        end_time = d.pop("endTime", UNSET)

        warnings_count = d.pop("warningsCount", UNSET)

        job_list_item = cls(
            def_=def_,
            state=state,
            stable_state=stable_state,
            start_time=start_time,
            end_time=end_time,
            warnings_count=warnings_count,
        )

        job_list_item.additional_properties = d
        return job_list_item

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
