from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scenario_run_error import ScenarioRunError


T = TypeVar("T", bound="ScenarioStepRunAdditionalReportItemsItem")


@_attrs_define
class ScenarioStepRunAdditionalReportItemsItem:
    """One item of the report.

    Attributes:
        type_ (str | Unset): `JOB_EXECUTED` for a job the step ran, and others.
        job_id (str | Unset): Identifier of the job (`JOB_EXECUTED` items).
        project_key (None | str | Unset): Project of the job.
        outcome (str | Unset): `SUCCESS`, `WARNING`, `FAILED` or `ABORTED`.
        thrown (ScenarioRunError | Unset): The error a failed step or job threw, as the official client documents it.
    """

    type_: str | Unset = UNSET
    job_id: str | Unset = UNSET
    project_key: None | str | Unset = UNSET
    outcome: str | Unset = UNSET
    thrown: ScenarioRunError | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        job_id = self.job_id

        project_key: None | str | Unset
        if isinstance(self.project_key, Unset):
            project_key = UNSET
        else:
            project_key = self.project_key

        outcome = self.outcome

        thrown: dict[str, Any] | Unset = UNSET
        if not isinstance(self.thrown, Unset):
            thrown = self.thrown.to_dict()

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
        from ..models.scenario_run_error import ScenarioRunError

        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        job_id = d.pop("jobId", UNSET)

        def _parse_project_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        project_key = _parse_project_key(d.pop("projectKey", UNSET))

        outcome = d.pop("outcome", UNSET)

        _thrown = d.pop("thrown", UNSET)
        thrown: ScenarioRunError | Unset
        if isinstance(_thrown, Unset):
            thrown = UNSET
        else:
            thrown = ScenarioRunError.from_dict(_thrown)

        scenario_step_run_additional_report_items_item = cls(
            type_=type_,
            job_id=job_id,
            project_key=project_key,
            outcome=outcome,
            thrown=thrown,
        )

        scenario_step_run_additional_report_items_item.additional_properties = d
        return scenario_step_run_additional_report_items_item

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
