from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_state import JobState
    from ..models.job_status_base_status_activities_type_0 import (
        JobStatusBaseStatusActivitiesType0,
    )


T = TypeVar("T", bound="JobStatusBaseStatus")


@_attrs_define
class JobStatusBaseStatus:
    """The job's definition (`def`), `state`, start and end times, and its `activities` by identifier.

    Attributes:
        def_ (JobState | Unset): A job's definition as DSS stores it once started.
        state (None | str | Unset): `NOT_STARTED`, `RUNNING`, `DONE`, `FAILED` or `ABORTED` (`x-extensible-enum`).
        initiator (None | str | Unset): Login of who started the job.
        job_start_time (int | None | Unset): When the job started, in ms since the Unix epoch; 0 before.
        job_end_time (int | None | Unset): When the job ended, in ms since the Unix epoch; 0 while running.
        activities (JobStatusBaseStatusActivitiesType0 | None | Unset): The job's activities (one recipe run on one
            partition), by activity identifier.
    """

    def_: JobState | Unset = UNSET
    state: None | str | Unset = UNSET
    initiator: None | str | Unset = UNSET
    job_start_time: int | None | Unset = UNSET
    job_end_time: int | None | Unset = UNSET
    activities: JobStatusBaseStatusActivitiesType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.job_status_base_status_activities_type_0 import (
            JobStatusBaseStatusActivitiesType0,
        )

        def_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.def_, Unset):
            def_ = self.def_.to_dict()

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        else:
            state = self.state

        initiator: None | str | Unset
        if isinstance(self.initiator, Unset):
            initiator = UNSET
        else:
            initiator = self.initiator

        job_start_time: int | None | Unset
        if isinstance(self.job_start_time, Unset):
            job_start_time = UNSET
        else:
            job_start_time = self.job_start_time

        job_end_time: int | None | Unset
        if isinstance(self.job_end_time, Unset):
            job_end_time = UNSET
        else:
            job_end_time = self.job_end_time

        activities: dict[str, Any] | None | Unset
        if isinstance(self.activities, Unset):
            activities = UNSET
        elif isinstance(self.activities, JobStatusBaseStatusActivitiesType0):
            activities = self.activities.to_dict()
        else:
            activities = self.activities

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if def_ is not UNSET:
            field_dict["def"] = def_
        if state is not UNSET:
            field_dict["state"] = state
        if initiator is not UNSET:
            field_dict["initiator"] = initiator
        if job_start_time is not UNSET:
            field_dict["jobStartTime"] = job_start_time
        if job_end_time is not UNSET:
            field_dict["jobEndTime"] = job_end_time
        if activities is not UNSET:
            field_dict["activities"] = activities

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.job_state import JobState
        from ..models.job_status_base_status_activities_type_0 import (
            JobStatusBaseStatusActivitiesType0,
        )

        d = dict(src_dict)
        _def_ = d.pop("def", UNSET)
        def_: JobState | Unset
        if isinstance(_def_, Unset):
            def_ = UNSET
        else:
            def_ = JobState.from_dict(_def_)

        def _parse_state(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        state = _parse_state(d.pop("state", UNSET))

        def _parse_initiator(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        initiator = _parse_initiator(d.pop("initiator", UNSET))

        def _parse_job_start_time(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        job_start_time = _parse_job_start_time(d.pop("jobStartTime", UNSET))

        def _parse_job_end_time(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        job_end_time = _parse_job_end_time(d.pop("jobEndTime", UNSET))

        def _parse_activities(
            data: object,
        ) -> JobStatusBaseStatusActivitiesType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                activities_type_0 = JobStatusBaseStatusActivitiesType0.from_dict(data)

                return activities_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JobStatusBaseStatusActivitiesType0 | None | Unset, data)

        activities = _parse_activities(d.pop("activities", UNSET))

        job_status_base_status = cls(
            def_=def_,
            state=state,
            initiator=initiator,
            job_start_time=job_start_time,
            job_end_time=job_end_time,
            activities=activities,
        )

        job_status_base_status.additional_properties = d
        return job_status_base_status

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
