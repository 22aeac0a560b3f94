from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_recipe_body_creation_settings_type_0_output_datasets_creation_settings_by_role_type_0 import (
        CreateRecipeBodyCreationSettingsType0OutputDatasetsCreationSettingsByRoleType0,
    )
    from ..models.managed_dataset_creation_settings import (
        ManagedDatasetCreationSettings,
    )


T = TypeVar("T", bound="CreateRecipeBodyCreationSettingsType0")


@_attrs_define
class CreateRecipeBodyCreationSettingsType0:
    """How to create the recipe and its outputs.

    Attributes:
        create_output_dataset (bool | None | Unset): Whether to create the output dataset.
        output_dataset_settings (ManagedDatasetCreationSettings | None | Unset): Where the created output stores its
            data (`connectionId`, ...).
        output_datasets_creation_settings_by_role
            (CreateRecipeBodyCreationSettingsType0OutputDatasetsCreationSettingsByRoleType0 | None | Unset): Role -> output
            name -> creation settings: the new outputs of a recipe with several (split, ...).
        virtual_inputs (list[Any] | None | Unset): Input names of a join or stack recipe (each `{index}`, ...)
            (unverified beyond names).
        group_key (None | str | Unset): The first key of a grouping recipe.
        script (None | str | Unset): The code of a code recipe.
        raw_creation (bool | None | Unset): Store the prototype as given.
        connection_id (None | str | Unset): Connection of the outputs to create, for some recipe types (unverified).
    """

    create_output_dataset: bool | None | Unset = UNSET
    output_dataset_settings: ManagedDatasetCreationSettings | None | Unset = UNSET
    output_datasets_creation_settings_by_role: (
        CreateRecipeBodyCreationSettingsType0OutputDatasetsCreationSettingsByRoleType0
        | None
        | Unset
    ) = UNSET
    virtual_inputs: list[Any] | None | Unset = UNSET
    group_key: None | str | Unset = UNSET
    script: None | str | Unset = UNSET
    raw_creation: bool | None | Unset = UNSET
    connection_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.create_recipe_body_creation_settings_type_0_output_datasets_creation_settings_by_role_type_0 import (
            CreateRecipeBodyCreationSettingsType0OutputDatasetsCreationSettingsByRoleType0,
        )
        from ..models.managed_dataset_creation_settings import (
            ManagedDatasetCreationSettings,
        )

        create_output_dataset: bool | None | Unset
        if isinstance(self.create_output_dataset, Unset):
            create_output_dataset = UNSET
        else:
            create_output_dataset = self.create_output_dataset

        output_dataset_settings: dict[str, Any] | None | Unset
        if isinstance(self.output_dataset_settings, Unset):
            output_dataset_settings = UNSET
        elif isinstance(self.output_dataset_settings, ManagedDatasetCreationSettings):
            output_dataset_settings = self.output_dataset_settings.to_dict()
        else:
            output_dataset_settings = self.output_dataset_settings

        output_datasets_creation_settings_by_role: dict[str, Any] | None | Unset
        if isinstance(self.output_datasets_creation_settings_by_role, Unset):
            output_datasets_creation_settings_by_role = UNSET
        elif isinstance(
            self.output_datasets_creation_settings_by_role,
            CreateRecipeBodyCreationSettingsType0OutputDatasetsCreationSettingsByRoleType0,
        ):
            output_datasets_creation_settings_by_role = (
                self.output_datasets_creation_settings_by_role.to_dict()
            )
        else:
            output_datasets_creation_settings_by_role = (
                self.output_datasets_creation_settings_by_role
            )

        virtual_inputs: list[Any] | None | Unset
        if isinstance(self.virtual_inputs, Unset):
            virtual_inputs = UNSET
        elif isinstance(self.virtual_inputs, list):
            virtual_inputs = self.virtual_inputs

        else:
            virtual_inputs = self.virtual_inputs

        group_key: None | str | Unset
        if isinstance(self.group_key, Unset):
            group_key = UNSET
        else:
            group_key = self.group_key

        script: None | str | Unset
        if isinstance(self.script, Unset):
            script = UNSET
        else:
            script = self.script

        raw_creation: bool | None | Unset
        if isinstance(self.raw_creation, Unset):
            raw_creation = UNSET
        else:
            raw_creation = self.raw_creation

        connection_id: None | str | Unset
        if isinstance(self.connection_id, Unset):
            connection_id = UNSET
        else:
            connection_id = self.connection_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if create_output_dataset is not UNSET:
            field_dict["createOutputDataset"] = create_output_dataset
        if output_dataset_settings is not UNSET:
            field_dict["outputDatasetSettings"] = output_dataset_settings
        if output_datasets_creation_settings_by_role is not UNSET:
            field_dict["outputDatasetsCreationSettingsByRole"] = (
                output_datasets_creation_settings_by_role
            )
        if virtual_inputs is not UNSET:
            field_dict["virtualInputs"] = virtual_inputs
        if group_key is not UNSET:
            field_dict["groupKey"] = group_key
        if script is not UNSET:
            field_dict["script"] = script
        if raw_creation is not UNSET:
            field_dict["rawCreation"] = raw_creation
        if connection_id is not UNSET:
            field_dict["connectionId"] = connection_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.create_recipe_body_creation_settings_type_0_output_datasets_creation_settings_by_role_type_0 import (
            CreateRecipeBodyCreationSettingsType0OutputDatasetsCreationSettingsByRoleType0,
        )
        from ..models.managed_dataset_creation_settings import (
            ManagedDatasetCreationSettings,
        )

        d = dict(src_dict)

        def _parse_create_output_dataset(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        create_output_dataset = _parse_create_output_dataset(
            d.pop("createOutputDataset", UNSET)
        )

        def _parse_output_dataset_settings(
            data: object,
        ) -> ManagedDatasetCreationSettings | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                output_dataset_settings_type_0 = (
                    ManagedDatasetCreationSettings.from_dict(data)
                )

                return output_dataset_settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ManagedDatasetCreationSettings | None | Unset, data)

        output_dataset_settings = _parse_output_dataset_settings(
            d.pop("outputDatasetSettings", UNSET)
        )

        def _parse_output_datasets_creation_settings_by_role(
            data: object,
        ) -> (
            CreateRecipeBodyCreationSettingsType0OutputDatasetsCreationSettingsByRoleType0
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                output_datasets_creation_settings_by_role_type_0 = CreateRecipeBodyCreationSettingsType0OutputDatasetsCreationSettingsByRoleType0.from_dict(
                    data
                )

                return output_datasets_creation_settings_by_role_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                CreateRecipeBodyCreationSettingsType0OutputDatasetsCreationSettingsByRoleType0
                | None
                | Unset,
                data,
            )

        output_datasets_creation_settings_by_role = (
            _parse_output_datasets_creation_settings_by_role(
                d.pop("outputDatasetsCreationSettingsByRole", UNSET)
            )
        )

        def _parse_virtual_inputs(data: object) -> list[Any] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                virtual_inputs_type_0 = cast(list[Any], data)

                return virtual_inputs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Any] | None | Unset, data)

        virtual_inputs = _parse_virtual_inputs(d.pop("virtualInputs", UNSET))

        def _parse_group_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        group_key = _parse_group_key(d.pop("groupKey", UNSET))

        def _parse_script(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        script = _parse_script(d.pop("script", UNSET))

        def _parse_raw_creation(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        raw_creation = _parse_raw_creation(d.pop("rawCreation", UNSET))

        def _parse_connection_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        connection_id = _parse_connection_id(d.pop("connectionId", UNSET))

        create_recipe_body_creation_settings_type_0 = cls(
            create_output_dataset=create_output_dataset,
            output_dataset_settings=output_dataset_settings,
            output_datasets_creation_settings_by_role=output_datasets_creation_settings_by_role,
            virtual_inputs=virtual_inputs,
            group_key=group_key,
            script=script,
            raw_creation=raw_creation,
            connection_id=connection_id,
        )

        create_recipe_body_creation_settings_type_0.additional_properties = d
        return create_recipe_body_creation_settings_type_0

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
