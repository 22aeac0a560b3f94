from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.schema_column import SchemaColumn


T = TypeVar("T", bound="DatasetSchema")


@_attrs_define
class DatasetSchema:
    """The schema of a dataset.

    Attributes:
        columns (list[SchemaColumn]): Columns, in order.
        user_modified (bool | None | Unset): Whether a user edited the schema by hand.
    """

    columns: list[SchemaColumn]
    user_modified: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        columns = []
        for columns_item_data in self.columns:
            columns_item = columns_item_data.to_dict()
            columns.append(columns_item)

        user_modified: bool | None | Unset
        if isinstance(self.user_modified, Unset):
            user_modified = UNSET
        else:
            user_modified = self.user_modified

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "columns": columns,
            }
        )
        if user_modified is not UNSET:
            field_dict["userModified"] = user_modified

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.schema_column import SchemaColumn

        d = dict(src_dict)
        columns = []
        _columns = d.pop("columns")
        for columns_item_data in _columns:
            columns_item = SchemaColumn.from_dict(columns_item_data)

            columns.append(columns_item)

        def _parse_user_modified(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        user_modified = _parse_user_modified(d.pop("userModified", UNSET))

        dataset_schema = cls(
            columns=columns,
            user_modified=user_modified,
        )

        dataset_schema.additional_properties = d
        return dataset_schema

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
