from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dataset_schema import DatasetSchema


T = TypeVar("T", bound="OutputSchemaUpdate")


@_attrs_define
class OutputSchemaUpdate:
    """A new schema for one output of a recipe.

    Attributes:
        computable_type (str): Kind of the output (`DATASET`).
        computable_id (str): Name of the output dataset.
        new_schema (DatasetSchema): The schema of a dataset.
        drop_and_recreate (bool | None | Unset): Also clear the output's data, which no longer fits its schema.
        synchronize_metastore (bool | None | Unset): Also update the Hive metastore (nothing to do without Hive).
    """

    computable_type: str
    computable_id: str
    new_schema: DatasetSchema
    drop_and_recreate: bool | None | Unset = UNSET
    synchronize_metastore: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        computable_type = self.computable_type

        computable_id = self.computable_id

        new_schema = self.new_schema.to_dict()

        drop_and_recreate: bool | None | Unset
        if isinstance(self.drop_and_recreate, Unset):
            drop_and_recreate = UNSET
        else:
            drop_and_recreate = self.drop_and_recreate

        synchronize_metastore: bool | None | Unset
        if isinstance(self.synchronize_metastore, Unset):
            synchronize_metastore = UNSET
        else:
            synchronize_metastore = self.synchronize_metastore

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "computableType": computable_type,
                "computableId": computable_id,
                "newSchema": new_schema,
            }
        )
        if drop_and_recreate is not UNSET:
            field_dict["dropAndRecreate"] = drop_and_recreate
        if synchronize_metastore is not UNSET:
            field_dict["synchronizeMetastore"] = synchronize_metastore

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dataset_schema import DatasetSchema

        d = dict(src_dict)
        computable_type = d.pop("computableType")

        computable_id = d.pop("computableId")

        new_schema = DatasetSchema.from_dict(d.pop("newSchema"))

        def _parse_drop_and_recreate(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        drop_and_recreate = _parse_drop_and_recreate(d.pop("dropAndRecreate", UNSET))

        def _parse_synchronize_metastore(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        synchronize_metastore = _parse_synchronize_metastore(
            d.pop("synchronizeMetastore", UNSET)
        )

        output_schema_update = cls(
            computable_type=computable_type,
            computable_id=computable_id,
            new_schema=new_schema,
            drop_and_recreate=drop_and_recreate,
            synchronize_metastore=synchronize_metastore,
        )

        output_schema_update.additional_properties = d
        return output_schema_update

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
