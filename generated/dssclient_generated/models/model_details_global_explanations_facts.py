from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.model_details_global_explanations_facts_per_class_facts import (
        ModelDetailsGlobalExplanationsFactsPerClassFacts,
    )


T = TypeVar("T", bound="ModelDetailsGlobalExplanationsFacts")


@_attrs_define
class ModelDetailsGlobalExplanationsFacts:
    """Facts DSS draws from the global explanations.

    Attributes:
        per_class_facts (ModelDetailsGlobalExplanationsFactsPerClassFacts | Unset): The facts, by class (unverified
            shape: the emulator draws none).
    """

    per_class_facts: ModelDetailsGlobalExplanationsFactsPerClassFacts | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        per_class_facts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.per_class_facts, Unset):
            per_class_facts = self.per_class_facts.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if per_class_facts is not UNSET:
            field_dict["perClassFacts"] = per_class_facts

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.model_details_global_explanations_facts_per_class_facts import (
            ModelDetailsGlobalExplanationsFactsPerClassFacts,
        )

        d = dict(src_dict)
        _per_class_facts = d.pop("perClassFacts", UNSET)
        per_class_facts: ModelDetailsGlobalExplanationsFactsPerClassFacts | Unset
        if isinstance(_per_class_facts, Unset):
            per_class_facts = UNSET
        else:
            per_class_facts = (
                ModelDetailsGlobalExplanationsFactsPerClassFacts.from_dict(
                    _per_class_facts
                )
            )

        model_details_global_explanations_facts = cls(
            per_class_facts=per_class_facts,
        )

        model_details_global_explanations_facts.additional_properties = d
        return model_details_global_explanations_facts

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
