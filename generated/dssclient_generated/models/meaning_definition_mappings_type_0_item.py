from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.meaning_definition_mappings_type_0_item_to_type_1 import (
        MeaningDefinitionMappingsType0ItemToType1,
    )


T = TypeVar("T", bound="MeaningDefinitionMappingsType0Item")


@_attrs_define
class MeaningDefinitionMappingsType0Item:
    """A mapping.

    Attributes:
        from_ (None | str | Unset): The value mapped.
        to (MeaningDefinitionMappingsType0ItemToType1 | None | str | Unset): What it maps to: a text when created,
            stored and answered as `{value}`.
    """

    from_: None | str | Unset = UNSET
    to: MeaningDefinitionMappingsType0ItemToType1 | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.meaning_definition_mappings_type_0_item_to_type_1 import (
            MeaningDefinitionMappingsType0ItemToType1,
        )

        from_: None | str | Unset
        if isinstance(self.from_, Unset):
            from_ = UNSET
        else:
            from_ = self.from_

        to: dict[str, Any] | None | str | Unset
        if isinstance(self.to, Unset):
            to = UNSET
        elif isinstance(self.to, MeaningDefinitionMappingsType0ItemToType1):
            to = self.to.to_dict()
        else:
            to = self.to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if from_ is not UNSET:
            field_dict["from"] = from_
        if to is not UNSET:
            field_dict["to"] = to

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.meaning_definition_mappings_type_0_item_to_type_1 import (
            MeaningDefinitionMappingsType0ItemToType1,
        )

        d = dict(src_dict)

        def _parse_from_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        from_ = _parse_from_(d.pop("from", UNSET))

        def _parse_to(
            data: object,
        ) -> MeaningDefinitionMappingsType0ItemToType1 | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                to_type_1 = MeaningDefinitionMappingsType0ItemToType1.from_dict(data)

                return to_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                MeaningDefinitionMappingsType0ItemToType1 | None | str | Unset, data
            )

        to = _parse_to(d.pop("to", UNSET))

        meaning_definition_mappings_type_0_item = cls(
            from_=from_,
            to=to,
        )

        meaning_definition_mappings_type_0_item.additional_properties = d
        return meaning_definition_mappings_type_0_item

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
