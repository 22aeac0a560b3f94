from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FullModelId")


@_attrs_define
class FullModelId:
    """The parts of a trained model's full id.

    Attributes:
        project_key (str | Unset): The model's project.
        analysis_id (str | Unset): The model's visual analysis.
        ml_task_id (str | Unset): The model's ML task.
        session_id (str | Unset): The training session that trained it (`s1`, `s2`, ...).
        pps_id (str | Unset): The preprocessing (and split) of the session it used (`pp1`).
        model_id (str | Unset): The model's number in the task (`m1`, ...).
    """

    project_key: str | Unset = UNSET
    analysis_id: str | Unset = UNSET
    ml_task_id: str | Unset = UNSET
    session_id: str | Unset = UNSET
    pps_id: str | Unset = UNSET
    model_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_key = self.project_key

        analysis_id = self.analysis_id

        ml_task_id = self.ml_task_id

        session_id = self.session_id

        pps_id = self.pps_id

        model_id = self.model_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if project_key is not UNSET:
            field_dict["projectKey"] = project_key
        if analysis_id is not UNSET:
            field_dict["analysisId"] = analysis_id
        if ml_task_id is not UNSET:
            field_dict["mlTaskId"] = ml_task_id
        if session_id is not UNSET:
            field_dict["sessionId"] = session_id
        if pps_id is not UNSET:
            field_dict["ppsId"] = pps_id
        if model_id is not UNSET:
            field_dict["modelId"] = model_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        project_key = d.pop("projectKey", UNSET)

        analysis_id = d.pop("analysisId", UNSET)

        ml_task_id = d.pop("mlTaskId", UNSET)

        session_id = d.pop("sessionId", UNSET)

        pps_id = d.pop("ppsId", UNSET)

        model_id = d.pop("modelId", UNSET)

        full_model_id = cls(
            project_key=project_key,
            analysis_id=analysis_id,
            ml_task_id=ml_task_id,
            session_id=session_id,
            pps_id=pps_id,
            model_id=model_id,
        )

        full_model_id.additional_properties = d
        return full_model_id

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
