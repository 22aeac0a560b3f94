from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.thrown_error_type_0 import ThrownErrorType0


T = TypeVar("T", bound="ScenarioStepRunAdditionalReportItemsType0Item")


@_attrs_define
class ScenarioStepRunAdditionalReportItemsType0Item:
    """One item of the report.

    Attributes:
        type_ (None | str | Unset): Kind of item (`JOB_EXECUTED`, ...).
        job_id (None | str | Unset): The job, for `JOB_EXECUTED`.
        project_key (None | str | Unset): Project of the job.
        outcome (None | str | Unset): Outcome of the job (`SUCCESS`, `FAILED`, ...).
        thrown (None | ThrownErrorType0 | Unset): Why something failed.
    """

    type_: None | str | Unset = UNSET
    job_id: None | str | Unset = UNSET
    project_key: None | str | Unset = UNSET
    outcome: None | str | Unset = UNSET
    thrown: None | ThrownErrorType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.thrown_error_type_0 import ThrownErrorType0

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        job_id: None | str | Unset
        if isinstance(self.job_id, Unset):
            job_id = UNSET
        else:
            job_id = self.job_id

        project_key: None | str | Unset
        if isinstance(self.project_key, Unset):
            project_key = UNSET
        else:
            project_key = self.project_key

        outcome: None | str | Unset
        if isinstance(self.outcome, Unset):
            outcome = UNSET
        else:
            outcome = self.outcome

        thrown: dict[str, Any] | None | Unset
        if isinstance(self.thrown, Unset):
            thrown = UNSET
        elif isinstance(self.thrown, ThrownErrorType0):
            thrown = self.thrown.to_dict()
        else:
            thrown = self.thrown

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if job_id is not UNSET:
            field_dict["jobId"] = job_id
        if project_key is not UNSET:
            field_dict["projectKey"] = project_key
        if outcome is not UNSET:
            field_dict["outcome"] = outcome
        if thrown is not UNSET:
            field_dict["thrown"] = thrown

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.thrown_error_type_0 import ThrownErrorType0

        d = dict(src_dict)

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_job_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        job_id = _parse_job_id(d.pop("jobId", UNSET))

        def _parse_project_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        project_key = _parse_project_key(d.pop("projectKey", UNSET))

        def _parse_outcome(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        outcome = _parse_outcome(d.pop("outcome", UNSET))

        def _parse_thrown(data: object) -> None | ThrownErrorType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_thrown_error_type_0 = ThrownErrorType0.from_dict(data)

                return componentsschemas_thrown_error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ThrownErrorType0 | Unset, data)

        thrown = _parse_thrown(d.pop("thrown", UNSET))

        scenario_step_run_additional_report_items_type_0_item = cls(
            type_=type_,
            job_id=job_id,
            project_key=project_key,
            outcome=outcome,
            thrown=thrown,
        )

        scenario_step_run_additional_report_items_type_0_item.additional_properties = d
        return scenario_step_run_additional_report_items_type_0_item

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
