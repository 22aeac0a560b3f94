from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_status_base_status import JobStatusBaseStatus
    from ..models.job_status_global_state import JobStatusGlobalState


T = TypeVar("T", bound="JobStatus")


@_attrs_define
class JobStatus:
    """The status of a job.

    Attributes:
        base_status (JobStatusBaseStatus): The job's definition (`def`), `state`, start and end times, and its
            `activities` by identifier.
        global_state (JobStatusGlobalState | Unset): How many activities are in each state.
    """

    base_status: JobStatusBaseStatus
    global_state: JobStatusGlobalState | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        base_status = self.base_status.to_dict()

        global_state: dict[str, Any] | Unset = UNSET
        if not isinstance(self.global_state, Unset):
            global_state = self.global_state.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "baseStatus": base_status,
            }
        )
        if global_state is not UNSET:
            field_dict["globalState"] = global_state

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.job_status_base_status import JobStatusBaseStatus
        from ..models.job_status_global_state import JobStatusGlobalState

        d = dict(src_dict)
        base_status = JobStatusBaseStatus.from_dict(d.pop("baseStatus"))

        _global_state = d.pop("globalState", UNSET)
        global_state: JobStatusGlobalState | Unset
        if isinstance(_global_state, Unset):
            global_state = UNSET
        else:
            global_state = JobStatusGlobalState.from_dict(_global_state)

        job_status = cls(
            base_status=base_status,
            global_state=global_state,
        )

        job_status.additional_properties = d
        return job_status

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
