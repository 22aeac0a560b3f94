from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ColumnLineageColumn")


@_attrs_define
class ColumnLineageColumn:
    """A dataset's column in a lineage relation (field names unverified).

    Attributes:
        project_key (str): Project of the dataset.
        dataset_name (str): Name of the dataset.
        column_name (str): Name of the column.
    """

    project_key: str
    dataset_name: str
    column_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_key = self.project_key

        dataset_name = self.dataset_name

        column_name = self.column_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "projectKey": project_key,
                "datasetName": dataset_name,
                "columnName": column_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        project_key = d.pop("projectKey")

        dataset_name = d.pop("datasetName")

        column_name = d.pop("columnName")

        column_lineage_column = cls(
            project_key=project_key,
            dataset_name=dataset_name,
            column_name=column_name,
        )

        column_lineage_column.additional_properties = d
        return column_lineage_column

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
