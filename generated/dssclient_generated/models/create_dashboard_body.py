from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

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
        pages (list[DashboardPage] | None | Unset): Its pages (none by default).
        listed (bool | None | Unset): Whether it is promoted at once (private by default).
    """

    name: str
    pages: list[DashboardPage] | None | Unset = UNSET
    listed: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        pages: list[dict[str, Any]] | None | Unset
        if isinstance(self.pages, Unset):
            pages = UNSET
        elif isinstance(self.pages, list):
            pages = []
            for pages_type_0_item_data in self.pages:
                pages_type_0_item = pages_type_0_item_data.to_dict()
                pages.append(pages_type_0_item)

        else:
            pages = self.pages

        listed: bool | None | Unset
        if isinstance(self.listed, Unset):
            listed = UNSET
        else:
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

        def _parse_pages(data: object) -> list[DashboardPage] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                pages_type_0 = []
                _pages_type_0 = data
                for pages_type_0_item_data in _pages_type_0:
                    pages_type_0_item = DashboardPage.from_dict(pages_type_0_item_data)

                    pages_type_0.append(pages_type_0_item)

                return pages_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[DashboardPage] | None | Unset, data)

        pages = _parse_pages(d.pop("pages", UNSET))

        def _parse_listed(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        listed = _parse_listed(d.pop("listed", UNSET))

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
