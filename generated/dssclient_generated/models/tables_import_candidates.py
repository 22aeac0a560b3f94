from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.table_import_candidate import TableImportCandidate


T = TypeVar("T", bound="TablesImportCandidates")


@_attrs_define
class TablesImportCandidates:
    """What preparing an import proposes, by kind of table (the shape is the emulator's: unverified against a real DSS).

    Attributes:
        sql_import_candidates (list[TableImportCandidate] | Unset): The SQL tables.
        hive_import_candidates (list[TableImportCandidate] | Unset): The Hive tables.
    """

    sql_import_candidates: list[TableImportCandidate] | Unset = UNSET
    hive_import_candidates: list[TableImportCandidate] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sql_import_candidates: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sql_import_candidates, Unset):
            sql_import_candidates = []
            for sql_import_candidates_item_data in self.sql_import_candidates:
                sql_import_candidates_item = sql_import_candidates_item_data.to_dict()
                sql_import_candidates.append(sql_import_candidates_item)

        hive_import_candidates: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.hive_import_candidates, Unset):
            hive_import_candidates = []
            for hive_import_candidates_item_data in self.hive_import_candidates:
                hive_import_candidates_item = hive_import_candidates_item_data.to_dict()
                hive_import_candidates.append(hive_import_candidates_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sql_import_candidates is not UNSET:
            field_dict["sqlImportCandidates"] = sql_import_candidates
        if hive_import_candidates is not UNSET:
            field_dict["hiveImportCandidates"] = hive_import_candidates

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.table_import_candidate import TableImportCandidate

        d = dict(src_dict)
        _sql_import_candidates = d.pop("sqlImportCandidates", UNSET)
        sql_import_candidates: list[TableImportCandidate] | Unset = UNSET
        if _sql_import_candidates is not UNSET:
            sql_import_candidates = []
            for sql_import_candidates_item_data in _sql_import_candidates:
                sql_import_candidates_item = TableImportCandidate.from_dict(
                    sql_import_candidates_item_data
                )

                sql_import_candidates.append(sql_import_candidates_item)

        _hive_import_candidates = d.pop("hiveImportCandidates", UNSET)
        hive_import_candidates: list[TableImportCandidate] | Unset = UNSET
        if _hive_import_candidates is not UNSET:
            hive_import_candidates = []
            for hive_import_candidates_item_data in _hive_import_candidates:
                hive_import_candidates_item = TableImportCandidate.from_dict(
                    hive_import_candidates_item_data
                )

                hive_import_candidates.append(hive_import_candidates_item)

        tables_import_candidates = cls(
            sql_import_candidates=sql_import_candidates,
            hive_import_candidates=hive_import_candidates,
        )

        tables_import_candidates.additional_properties = d
        return tables_import_candidates

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
