from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dataset_schema import DatasetSchema


T = TypeVar("T", bound="RecipeSchemaUpdatesComputablesItem")


@_attrs_define
class RecipeSchemaUpdatesComputablesItem:
    """One output whose schema would change.

    Attributes:
        type_ (None | str | Unset): Kind of the output (`DATASET`).
        dataset_name (None | str | Unset): Name of the output dataset.
        id (None | str | Unset): Identifier of the output, for other kinds.
        new_schema (DatasetSchema | None | Unset): The schema the recipe computes for it.
        incompatibilities (list[str] | None | Unset): How the new schema differs (unverified).
    """

    type_: None | str | Unset = UNSET
    dataset_name: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    new_schema: DatasetSchema | None | Unset = UNSET
    incompatibilities: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.dataset_schema import DatasetSchema

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        dataset_name: None | str | Unset
        if isinstance(self.dataset_name, Unset):
            dataset_name = UNSET
        else:
            dataset_name = self.dataset_name

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        new_schema: dict[str, Any] | None | Unset
        if isinstance(self.new_schema, Unset):
            new_schema = UNSET
        elif isinstance(self.new_schema, DatasetSchema):
            new_schema = self.new_schema.to_dict()
        else:
            new_schema = self.new_schema

        incompatibilities: list[str] | None | Unset
        if isinstance(self.incompatibilities, Unset):
            incompatibilities = UNSET
        elif isinstance(self.incompatibilities, list):
            incompatibilities = self.incompatibilities

        else:
            incompatibilities = self.incompatibilities

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if dataset_name is not UNSET:
            field_dict["datasetName"] = dataset_name
        if id is not UNSET:
            field_dict["id"] = id
        if new_schema is not UNSET:
            field_dict["newSchema"] = new_schema
        if incompatibilities is not UNSET:
            field_dict["incompatibilities"] = incompatibilities

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dataset_schema import DatasetSchema

        d = dict(src_dict)

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_dataset_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        dataset_name = _parse_dataset_name(d.pop("datasetName", UNSET))

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_new_schema(data: object) -> DatasetSchema | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                new_schema_type_0 = DatasetSchema.from_dict(data)

                return new_schema_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DatasetSchema | None | Unset, data)

        new_schema = _parse_new_schema(d.pop("newSchema", UNSET))

        def _parse_incompatibilities(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                incompatibilities_type_0 = cast(list[str], data)

                return incompatibilities_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        incompatibilities = _parse_incompatibilities(d.pop("incompatibilities", UNSET))

        recipe_schema_updates_computables_item = cls(
            type_=type_,
            dataset_name=dataset_name,
            id=id,
            new_schema=new_schema,
            incompatibilities=incompatibilities,
        )

        recipe_schema_updates_computables_item.additional_properties = d
        return recipe_schema_updates_computables_item

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
