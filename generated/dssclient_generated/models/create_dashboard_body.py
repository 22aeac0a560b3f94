from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dashboard_page import DashboardPage


T = TypeVar("T", bound="CreateDashboardBody")


@_attrs_define
class CreateDashboardBody:
    """What `createDashboard` needs; the other properties of a `Dashboard` may be given too.

    Attributes:
        name (str): Name of the new dashboard (need not be unique).
        pages (list[DashboardPage] | Unset): Its pages (none by default).
        listed (bool | Unset): Whether it is promoted at once (private by default).
    """

    name: str
    pages: list[DashboardPage] | Unset = UNSET
    listed: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        pages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.pages, Unset):
            pages = []
            for pages_item_data in self.pages:
                pages_item = pages_item_data.to_dict()
                pages.append(pages_item)

        listed = self.listed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if pages is not UNSET:
            field_dict["pages"] = pages
        if listed is not UNSET:
            field_dict["listed"] = listed

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dashboard_page import DashboardPage

        d = dict(src_dict)
        name = d.pop("name")

        _pages = d.pop("pages", UNSET)
        pages: list[DashboardPage] | Unset = UNSET
        if _pages is not UNSET:
            pages = []
            for pages_item_data in _pages:
                pages_item = DashboardPage.from_dict(pages_item_data)

                pages.append(pages_item)

        listed = d.pop("listed", UNSET)

        create_dashboard_body = cls(
            name=name,
            pages=pages,
            listed=listed,
        )

        create_dashboard_body.additional_properties = d
        return create_dashboard_body

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
