from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dashboard_checklists_type_0_checklists_type_0_item import (
        DashboardChecklistsType0ChecklistsType0Item,
    )


T = TypeVar("T", bound="DashboardChecklistsType0")


@_attrs_define
class DashboardChecklistsType0:
    """Checklists attached to the dashboard.

    Attributes:
        checklists (list[DashboardChecklistsType0ChecklistsType0Item] | None | Unset): The checklists.
    """

    checklists: list[DashboardChecklistsType0ChecklistsType0Item] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        checklists: list[dict[str, Any]] | None | Unset
        if isinstance(self.checklists, Unset):
            checklists = UNSET
        elif isinstance(self.checklists, list):
            checklists = []
            for checklists_type_0_item_data in self.checklists:
                checklists_type_0_item = checklists_type_0_item_data.to_dict()
                checklists.append(checklists_type_0_item)

        else:
            checklists = self.checklists

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if checklists is not UNSET:
            field_dict["checklists"] = checklists

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dashboard_checklists_type_0_checklists_type_0_item import (
            DashboardChecklistsType0ChecklistsType0Item,
        )

        d = dict(src_dict)

        def _parse_checklists(
            data: object,
        ) -> list[DashboardChecklistsType0ChecklistsType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                checklists_type_0 = []
                _checklists_type_0 = data
                for checklists_type_0_item_data in _checklists_type_0:
                    checklists_type_0_item = (
                        DashboardChecklistsType0ChecklistsType0Item.from_dict(
                            checklists_type_0_item_data
                        )
                    )

                    checklists_type_0.append(checklists_type_0_item)

                return checklists_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[DashboardChecklistsType0ChecklistsType0Item] | None | Unset, data
            )

        checklists = _parse_checklists(d.pop("checklists", UNSET))

        dashboard_checklists_type_0 = cls(
            checklists=checklists,
        )

        dashboard_checklists_type_0.additional_properties = d
        return dashboard_checklists_type_0

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
