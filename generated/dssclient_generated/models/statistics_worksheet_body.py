from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.statistics_card import StatisticsCard
    from ..models.statistics_data_spec import StatisticsDataSpec


T = TypeVar("T", bound="StatisticsWorksheetBody")


@_attrs_define
class StatisticsWorksheetBody:
    """A worksheet's definition, as created or saved.

    Attributes:
        id (None | str | Unset): The worksheet's identifier (saving cannot change it).
        project_key (None | str | Unset): The worksheet's project.
        name (None | str | Unset): The worksheet's name.
        data_spec (None | StatisticsDataSpec | Unset): The dataset and its sample.
        root_card (None | StatisticsCard | Unset): The root card (`worksheet_root`), whose `cards` are the worksheet's
            cards.
    """

    id: None | str | Unset = UNSET
    project_key: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    data_spec: None | StatisticsDataSpec | Unset = UNSET
    root_card: None | StatisticsCard | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.statistics_card import StatisticsCard
        from ..models.statistics_data_spec import StatisticsDataSpec

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        project_key: None | str | Unset
        if isinstance(self.project_key, Unset):
            project_key = UNSET
        else:
            project_key = self.project_key

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        data_spec: dict[str, Any] | None | Unset
        if isinstance(self.data_spec, Unset):
            data_spec = UNSET
        elif isinstance(self.data_spec, StatisticsDataSpec):
            data_spec = self.data_spec.to_dict()
        else:
            data_spec = self.data_spec

        root_card: dict[str, Any] | None | Unset
        if isinstance(self.root_card, Unset):
            root_card = UNSET
        elif isinstance(self.root_card, StatisticsCard):
            root_card = self.root_card.to_dict()
        else:
            root_card = self.root_card

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if project_key is not UNSET:
            field_dict["projectKey"] = project_key
        if name is not UNSET:
            field_dict["name"] = name
        if data_spec is not UNSET:
            field_dict["dataSpec"] = data_spec
        if root_card is not UNSET:
            field_dict["rootCard"] = root_card

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.statistics_card import StatisticsCard
        from ..models.statistics_data_spec import StatisticsDataSpec

        d = dict(src_dict)

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_project_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        project_key = _parse_project_key(d.pop("projectKey", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_data_spec(data: object) -> None | StatisticsDataSpec | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_spec_type_0 = StatisticsDataSpec.from_dict(data)

                return data_spec_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StatisticsDataSpec | Unset, data)

        data_spec = _parse_data_spec(d.pop("dataSpec", UNSET))

        def _parse_root_card(data: object) -> None | StatisticsCard | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                root_card_type_0 = StatisticsCard.from_dict(data)

                return root_card_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StatisticsCard | Unset, data)

        root_card = _parse_root_card(d.pop("rootCard", UNSET))

        statistics_worksheet_body = cls(
            id=id,
            project_key=project_key,
            name=name,
            data_spec=data_spec,
            root_card=root_card,
        )

        statistics_worksheet_body.additional_properties = d
        return statistics_worksheet_body

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
