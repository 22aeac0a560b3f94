from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.meaning_definition_entries_type_0_item import (
        MeaningDefinitionEntriesType0Item,
    )
    from ..models.meaning_definition_mappings_type_0_item import (
        MeaningDefinitionMappingsType0Item,
    )


T = TypeVar("T", bound="MeaningDefinition")


@_attrs_define
class MeaningDefinition:
    """A user-defined meaning.

    Attributes:
        id (None | str | Unset): Identifier of the meaning.
        label (None | str | Unset): Display label.
        type_ (None | str | Unset): `DECLARATIVE`, `VALUES_LIST`, `VALUES_MAPPING` or `PATTERN`.
        description (None | str | Unset): Description.
        entries (list[MeaningDefinitionEntriesType0Item] | None | Unset): For `VALUES_LIST`, the values, each `{value,
            color?}`.
        mappings (list[MeaningDefinitionMappingsType0Item] | None | Unset): For `VALUES_MAPPING`, the mapping, each
            `{from, to: {value}}`.
        pattern (None | str | Unset): For `PATTERN`, the regular expression values match.
        normalization_mode (None | str | Unset): How values are compared, `EXACT` (default), `LOWERCASE` or `NORMALIZED`
            (not for `PATTERN`).
        detectable (bool | None | Unset): Whether DSS may assign the meaning to columns set to auto-detect.
    """

    id: None | str | Unset = UNSET
    label: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    entries: list[MeaningDefinitionEntriesType0Item] | None | Unset = UNSET
    mappings: list[MeaningDefinitionMappingsType0Item] | None | Unset = UNSET
    pattern: None | str | Unset = UNSET
    normalization_mode: None | str | Unset = UNSET
    detectable: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        entries: list[dict[str, Any]] | None | Unset
        if isinstance(self.entries, Unset):
            entries = UNSET
        elif isinstance(self.entries, list):
            entries = []
            for entries_type_0_item_data in self.entries:
                entries_type_0_item = entries_type_0_item_data.to_dict()
                entries.append(entries_type_0_item)

        else:
            entries = self.entries

        mappings: list[dict[str, Any]] | None | Unset
        if isinstance(self.mappings, Unset):
            mappings = UNSET
        elif isinstance(self.mappings, list):
            mappings = []
            for mappings_type_0_item_data in self.mappings:
                mappings_type_0_item = mappings_type_0_item_data.to_dict()
                mappings.append(mappings_type_0_item)

        else:
            mappings = self.mappings

        pattern: None | str | Unset
        if isinstance(self.pattern, Unset):
            pattern = UNSET
        else:
            pattern = self.pattern

        normalization_mode: None | str | Unset
        if isinstance(self.normalization_mode, Unset):
            normalization_mode = UNSET
        else:
            normalization_mode = self.normalization_mode

        detectable: bool | None | Unset
        if isinstance(self.detectable, Unset):
            detectable = UNSET
        else:
            detectable = self.detectable

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if label is not UNSET:
            field_dict["label"] = label
        if type_ is not UNSET:
            field_dict["type"] = type_
        if description is not UNSET:
            field_dict["description"] = description
        if entries is not UNSET:
            field_dict["entries"] = entries
        if mappings is not UNSET:
            field_dict["mappings"] = mappings
        if pattern is not UNSET:
            field_dict["pattern"] = pattern
        if normalization_mode is not UNSET:
            field_dict["normalizationMode"] = normalization_mode
        if detectable is not UNSET:
            field_dict["detectable"] = detectable

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.meaning_definition_entries_type_0_item import (
            MeaningDefinitionEntriesType0Item,
        )
        from ..models.meaning_definition_mappings_type_0_item import (
            MeaningDefinitionMappingsType0Item,
        )

        d = dict(src_dict)

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label = _parse_label(d.pop("label", UNSET))

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_entries(
            data: object,
        ) -> list[MeaningDefinitionEntriesType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                entries_type_0 = []
                _entries_type_0 = data
                for entries_type_0_item_data in _entries_type_0:
                    entries_type_0_item = MeaningDefinitionEntriesType0Item.from_dict(
                        entries_type_0_item_data
                    )

                    entries_type_0.append(entries_type_0_item)

                return entries_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[MeaningDefinitionEntriesType0Item] | None | Unset, data)

        entries = _parse_entries(d.pop("entries", UNSET))

        def _parse_mappings(
            data: object,
        ) -> list[MeaningDefinitionMappingsType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                mappings_type_0 = []
                _mappings_type_0 = data
                for mappings_type_0_item_data in _mappings_type_0:
                    mappings_type_0_item = MeaningDefinitionMappingsType0Item.from_dict(
                        mappings_type_0_item_data
                    )

                    mappings_type_0.append(mappings_type_0_item)

                return mappings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[MeaningDefinitionMappingsType0Item] | None | Unset, data)

        mappings = _parse_mappings(d.pop("mappings", UNSET))

        def _parse_pattern(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pattern = _parse_pattern(d.pop("pattern", UNSET))

        def _parse_normalization_mode(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        normalization_mode = _parse_normalization_mode(
            d.pop("normalizationMode", UNSET)
        )

        def _parse_detectable(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        detectable = _parse_detectable(d.pop("detectable", UNSET))

        meaning_definition = cls(
            id=id,
            label=label,
            type_=type_,
            description=description,
            entries=entries,
            mappings=mappings,
            pattern=pattern,
            normalization_mode=normalization_mode,
            detectable=detectable,
        )

        meaning_definition.additional_properties = d
        return meaning_definition

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
