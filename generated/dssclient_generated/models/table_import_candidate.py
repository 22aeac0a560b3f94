from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.table_import_candidate_schema import TableImportCandidateSchema
    from ..models.table_import_key import TableImportKey


T = TypeVar("T", bound="TableImportCandidate")


@_attrs_define
class TableImportCandidate:
    """A dataset an import proposes for a table (the shape is the emulator's: unverified against a real DSS).

    Attributes:
        key (TableImportKey): A table to import, as the official client's `TablesImportDefinition` names it.
        dataset_name (str): The name the dataset will have; change it before executing the import.
        dataset_type (str | Unset): The dataset's type, that of its connection (`PostgreSQL`, ...).
        schema (TableImportCandidateSchema | Unset): The columns read from the table.
    """

    key: TableImportKey
    dataset_name: str
    dataset_type: str | Unset = UNSET
    schema: TableImportCandidateSchema | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key.to_dict()

        dataset_name = self.dataset_name

        dataset_type = self.dataset_type

        schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schema, Unset):
            schema = self.schema.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "datasetName": dataset_name,
            }
        )
        if dataset_type is not UNSET:
            field_dict["datasetType"] = dataset_type
        if schema is not UNSET:
            field_dict["schema"] = schema

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.table_import_candidate_schema import TableImportCandidateSchema
        from ..models.table_import_key import TableImportKey

        d = dict(src_dict)
        key = TableImportKey.from_dict(d.pop("key"))

        dataset_name = d.pop("datasetName")

        dataset_type = d.pop("datasetType", UNSET)

        _schema = d.pop("schema", UNSET)
        schema: TableImportCandidateSchema | Unset
        if isinstance(_schema, Unset):
            schema = UNSET
        else:
            schema = TableImportCandidateSchema.from_dict(_schema)

        table_import_candidate = cls(
            key=key,
            dataset_name=dataset_name,
            dataset_type=dataset_type,
            schema=schema,
        )

        table_import_candidate.additional_properties = d
        return table_import_candidate

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
