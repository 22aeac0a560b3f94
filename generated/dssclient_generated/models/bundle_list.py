from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.bundle_summary import BundleSummary


T = TypeVar("T", bound="BundleList")


@_attrs_define
class BundleList:
    """Bundles of a project.

    Attributes:
        bundles (list[BundleSummary]): The bundles, oldest first.
    """

    bundles: list[BundleSummary]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bundles = []
        for bundles_item_data in self.bundles:
            bundles_item = bundles_item_data.to_dict()
            bundles.append(bundles_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bundles": bundles,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.bundle_summary import BundleSummary

        d = dict(src_dict)
        bundles = []
        _bundles = d.pop("bundles")
        for bundles_item_data in _bundles:
            bundles_item = BundleSummary.from_dict(bundles_item_data)

            bundles.append(bundles_item)

        bundle_list = cls(
            bundles=bundles,
        )

        bundle_list.additional_properties = d
        return bundle_list

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
