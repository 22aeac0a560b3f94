from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.propagate_schema_body_options import PropagateSchemaBodyOptions
    from ..models.propagate_schema_body_sources_item import (
        PropagateSchemaBodySourcesItem,
    )


T = TypeVar("T", bound="PropagateSchemaBody")


@_attrs_define
class PropagateSchemaBody:
    """Where a schema propagation starts, and its options.

    Attributes:
        sources (list[PropagateSchemaBodySourcesItem]): The datasets to start from.
        options (PropagateSchemaBodyOptions): The options the official client's `DSSSchemaPropagationRunBuilder` sets.
    """

    sources: list[PropagateSchemaBodySourcesItem]
    options: PropagateSchemaBodyOptions
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sources = []
        for sources_item_data in self.sources:
            sources_item = sources_item_data.to_dict()
            sources.append(sources_item)

        options = self.options.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sources": sources,
                "options": options,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.propagate_schema_body_options import PropagateSchemaBodyOptions
        from ..models.propagate_schema_body_sources_item import (
            PropagateSchemaBodySourcesItem,
        )

        d = dict(src_dict)
        sources = []
        _sources = d.pop("sources")
        for sources_item_data in _sources:
            sources_item = PropagateSchemaBodySourcesItem.from_dict(sources_item_data)

            sources.append(sources_item)

        options = PropagateSchemaBodyOptions.from_dict(d.pop("options"))

        propagate_schema_body = cls(
            sources=sources,
            options=options,
        )

        propagate_schema_body.additional_properties = d
        return propagate_schema_body

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
