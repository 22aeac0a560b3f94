from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DatasetInfoLastBuild")


@_attrs_define
class DatasetInfoLastBuild:
    """The last build of the dataset, when it was ever built.

    Attributes:
        build_start_time (int | Unset): When the build started, in milliseconds since the Unix epoch.
        build_end_time (int | Unset): When the build ended, in milliseconds since the Unix epoch.
        build_success (bool | Unset): Whether the build succeeded.
        job_id (str | Unset): Identifier of the job that built the dataset.
        job_project_key (str | Unset): Project of that job.
    """

    build_start_time: int | Unset = UNSET
    build_end_time: int | Unset = UNSET
    build_success: bool | Unset = UNSET
    job_id: str | Unset = UNSET
    job_project_key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        build_start_time = self.build_start_time

        build_end_time = self.build_end_time

        build_success = self.build_success

        job_id = self.job_id

        job_project_key = self.job_project_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if build_start_time is not UNSET:
            field_dict["buildStartTime"] = build_start_time
        if build_end_time is not UNSET:
            field_dict["buildEndTime"] = build_end_time
        if build_success is not UNSET:
            field_dict["buildSuccess"] = build_success
        if job_id is not UNSET:
            field_dict["jobId"] = job_id
        if job_project_key is not UNSET:
            field_dict["jobProjectKey"] = job_project_key

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        build_start_time = d.pop("buildStartTime", UNSET)

        build_end_time = d.pop("buildEndTime", UNSET)

        build_success = d.pop("buildSuccess", UNSET)

        job_id = d.pop("jobId", UNSET)

        job_project_key = d.pop("jobProjectKey", UNSET)

        dataset_info_last_build = cls(
            build_start_time=build_start_time,
            build_end_time=build_end_time,
            build_success=build_success,
            job_id=job_id,
            job_project_key=job_project_key,
        )

        dataset_info_last_build.additional_properties = d
        return dataset_info_last_build

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
