from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MLTaskModelSnippetsBody")


@_attrs_define
class MLTaskModelSnippetsBody:
    """The models to summarize.

    Attributes:
        models_ids (list[str] | Unset): Full ids of the task's trained models.
    """

    models_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        models_ids: list[str] | Unset = UNSET
        if not isinstance(self.models_ids, Unset):
            models_ids = self.models_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if models_ids is not UNSET:
            field_dict["modelsIds"] = models_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        models_ids = cast(list[str], d.pop("modelsIds", UNSET))

        ml_task_model_snippets_body = cls(
            models_ids=models_ids,
        )

        ml_task_model_snippets_body.additional_properties = d
        return ml_task_model_snippets_body

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
