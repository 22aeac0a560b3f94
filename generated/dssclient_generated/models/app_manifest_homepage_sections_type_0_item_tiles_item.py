from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AppManifestHomepageSectionsType0ItemTilesItem")


@_attrs_define
class AppManifestHomepageSectionsType0ItemTilesItem:
    """A tile (its other keys depend on its `type`; unverified beyond the two below).

    Attributes:
        type_ (str | Unset): Kind of tile: `SCENARIO_RUN` (with `scenarioId`), ...
        scenario_id (str | Unset): The scenario a `SCENARIO_RUN` tile runs.
        prompt (None | str | Unset): What the tile asks or shows (unverified).
    """

    type_: str | Unset = UNSET
    scenario_id: str | Unset = UNSET
    prompt: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        scenario_id = self.scenario_id

        prompt: None | str | Unset
        if isinstance(self.prompt, Unset):
            prompt = UNSET
        else:
            prompt = self.prompt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if scenario_id is not UNSET:
            field_dict["scenarioId"] = scenario_id
        if prompt is not UNSET:
            field_dict["prompt"] = prompt

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        scenario_id = d.pop("scenarioId", UNSET)

        def _parse_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prompt = _parse_prompt(d.pop("prompt", UNSET))

        app_manifest_homepage_sections_type_0_item_tiles_item = cls(
            type_=type_,
            scenario_id=scenario_id,
            prompt=prompt,
        )

        app_manifest_homepage_sections_type_0_item_tiles_item.additional_properties = d
        return app_manifest_homepage_sections_type_0_item_tiles_item

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
