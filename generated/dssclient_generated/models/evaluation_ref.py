from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EvaluationRef")


@_attrs_define
class EvaluationRef:
    """Where an evaluation is.

    Attributes:
        evaluation_id (str): Identifier of the evaluation within its store.
        project_key (str | Unset): Project of the store.
        mes_id (str | Unset): Identifier of the store.
        full_id (str | Unset): The evaluation's full id, `ME-{projectKey}-{storeId}-{evaluationId}`.
    """

    evaluation_id: str
    project_key: str | Unset = UNSET
    mes_id: str | Unset = UNSET
    full_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        evaluation_id = self.evaluation_id

        project_key = self.project_key

        mes_id = self.mes_id

        full_id = self.full_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "evaluationId": evaluation_id,
            }
        )
        if project_key is not UNSET:
            field_dict["projectKey"] = project_key
        if mes_id is not UNSET:
            field_dict["mesId"] = mes_id
        if full_id is not UNSET:
            field_dict["fullId"] = full_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        evaluation_id = d.pop("evaluationId")

        project_key = d.pop("projectKey", UNSET)

        mes_id = d.pop("mesId", UNSET)

        full_id = d.pop("fullId", UNSET)

        evaluation_ref = cls(
            evaluation_id=evaluation_id,
            project_key=project_key,
            mes_id=mes_id,
            full_id=full_id,
        )

        evaluation_ref.additional_properties = d
        return evaluation_ref

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
