from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_output import JobOutput


T = TypeVar("T", bound="JobDefinition")


@_attrs_define
class JobDefinition:
    """What a job builds, and how.

    Attributes:
        outputs (list[JobOutput]): The objects to build.
        id (str | Unset): Identifier of the job (made up by DSS).
        project_key (None | str | Unset): Project of the job.
        type_ (None | str | Unset): `NON_RECURSIVE_FORCED_BUILD` (default), `RECURSIVE_BUILD`, `RECURSIVE_FORCED_BUILD`
            or `RECURSIVE_MISSING_ONLY_BUILD`.
        refresh_hive_metastore (bool | None | Unset): Update the Hive metastore after building.
        auto_update_schema_before_each_recipe_run (bool | None | Unset): Give each output the schema its recipe computes
            before running it.
    """

    outputs: list[JobOutput]
    id: str | Unset = UNSET
    project_key: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    refresh_hive_metastore: bool | None | Unset = UNSET
    auto_update_schema_before_each_recipe_run: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        outputs = []
        for outputs_item_data in self.outputs:
            outputs_item = outputs_item_data.to_dict()
            outputs.append(outputs_item)

        id = self.id

        project_key: None | str | Unset
        if isinstance(self.project_key, Unset):
            project_key = UNSET
        else:
            project_key = self.project_key

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        refresh_hive_metastore: bool | None | Unset
        if isinstance(self.refresh_hive_metastore, Unset):
            refresh_hive_metastore = UNSET
        else:
            refresh_hive_metastore = self.refresh_hive_metastore

        auto_update_schema_before_each_recipe_run: bool | None | Unset
        if isinstance(self.auto_update_schema_before_each_recipe_run, Unset):
            auto_update_schema_before_each_recipe_run = UNSET
        else:
            auto_update_schema_before_each_recipe_run = (
                self.auto_update_schema_before_each_recipe_run
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "outputs": outputs,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if project_key is not UNSET:
            field_dict["projectKey"] = project_key
        if type_ is not UNSET:
            field_dict["type"] = type_
        if refresh_hive_metastore is not UNSET:
            field_dict["refreshHiveMetastore"] = refresh_hive_metastore
        if auto_update_schema_before_each_recipe_run is not UNSET:
            field_dict["autoUpdateSchemaBeforeEachRecipeRun"] = (
                auto_update_schema_before_each_recipe_run
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.job_output import JobOutput

        d = dict(src_dict)
        outputs = []
        _outputs = d.pop("outputs")
        for outputs_item_data in _outputs:
            outputs_item = JobOutput.from_dict(outputs_item_data)

            outputs.append(outputs_item)

        id = d.pop("id", UNSET)

        def _parse_project_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        project_key = _parse_project_key(d.pop("projectKey", UNSET))

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_refresh_hive_metastore(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        refresh_hive_metastore = _parse_refresh_hive_metastore(
            d.pop("refreshHiveMetastore", UNSET)
        )

        def _parse_auto_update_schema_before_each_recipe_run(
            data: object,
        ) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        auto_update_schema_before_each_recipe_run = (
            _parse_auto_update_schema_before_each_recipe_run(
                d.pop("autoUpdateSchemaBeforeEachRecipeRun", UNSET)
            )
        )

        job_definition = cls(
            outputs=outputs,
            id=id,
            project_key=project_key,
            type_=type_,
            refresh_hive_metastore=refresh_hive_metastore,
            auto_update_schema_before_each_recipe_run=auto_update_schema_before_each_recipe_run,
        )

        job_definition.additional_properties = d
        return job_definition

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
