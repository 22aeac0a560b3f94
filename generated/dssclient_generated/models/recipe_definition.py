from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.recipe_definition_custom_fields_type_0 import (
        RecipeDefinitionCustomFieldsType0,
    )
    from ..models.recipe_definition_params_type_0 import RecipeDefinitionParamsType0
    from ..models.recipe_roles import RecipeRoles
    from ..models.user_tag import UserTag


T = TypeVar("T", bound="RecipeDefinition")


@_attrs_define
class RecipeDefinition:
    """The definition of a recipe, without its payload.

    Attributes:
        name (str): Name of the recipe, its identifier.
        type_ (str): Type of the recipe: visual (`sync`, `grouping`, `join`, `shaker`, `sql_query`, ...)
            or code (`python`, `sql_script`, `r`, `pyspark`, `spark_sql_query`, `hive`,
            `impala`, ...). A dataset is the output of one recipe at most.
        project_key (None | str | Unset): Key of the recipe's project.
        inputs (RecipeRoles | Unset): The inputs or outputs of a recipe by role (`main`, ...; a recipe type may define
            others, such as a join's or a plugin recipe's roles): each role an object with its `items`.
        outputs (RecipeRoles | Unset): The inputs or outputs of a recipe by role (`main`, ...; a recipe type may define
            others, such as a join's or a plugin recipe's roles): each role an object with its `items`.
        params (None | RecipeDefinitionParamsType0 | Unset): Type-specific settings that are not in the payload (engine,
            code environment).
        tags (list[str] | None | Unset): Tags of the recipe.
        description (None | str | Unset): Long description of the recipe.
        short_desc (None | str | Unset): One-line description of the recipe.
        custom_fields (None | RecipeDefinitionCustomFieldsType0 | Unset): Values of the instance's custom fields, by
            field name.
        never_recompute_existing_partitions (bool | None | Unset): Whether partitions that exist are never rebuilt
            (unverified).
        optional_dependencies (bool | None | Unset): Whether the recipe runs with missing inputs (unverified).
        redispatch_partitioning (bool | None | Unset): Whether the output is repartitioned by the recipe (unverified).
        version_tag (UserTag | Unset): Who did something to an object, and when.
        creation_tag (UserTag | Unset): Who did something to an object, and when.
    """

    name: str
    type_: str
    project_key: None | str | Unset = UNSET
    inputs: RecipeRoles | Unset = UNSET
    outputs: RecipeRoles | Unset = UNSET
    params: None | RecipeDefinitionParamsType0 | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    description: None | str | Unset = UNSET
    short_desc: None | str | Unset = UNSET
    custom_fields: None | RecipeDefinitionCustomFieldsType0 | Unset = UNSET
    never_recompute_existing_partitions: bool | None | Unset = UNSET
    optional_dependencies: bool | None | Unset = UNSET
    redispatch_partitioning: bool | None | Unset = UNSET
    version_tag: UserTag | Unset = UNSET
    creation_tag: UserTag | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.recipe_definition_custom_fields_type_0 import (
            RecipeDefinitionCustomFieldsType0,
        )
        from ..models.recipe_definition_params_type_0 import RecipeDefinitionParamsType0

        name = self.name

        type_ = self.type_

        project_key: None | str | Unset
        if isinstance(self.project_key, Unset):
            project_key = UNSET
        else:
            project_key = self.project_key

        inputs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inputs, Unset):
            inputs = self.inputs.to_dict()

        outputs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.outputs, Unset):
            outputs = self.outputs.to_dict()

        params: dict[str, Any] | None | Unset
        if isinstance(self.params, Unset):
            params = UNSET
        elif isinstance(self.params, RecipeDefinitionParamsType0):
            params = self.params.to_dict()
        else:
            params = self.params

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        short_desc: None | str | Unset
        if isinstance(self.short_desc, Unset):
            short_desc = UNSET
        else:
            short_desc = self.short_desc

        custom_fields: dict[str, Any] | None | Unset
        if isinstance(self.custom_fields, Unset):
            custom_fields = UNSET
        elif isinstance(self.custom_fields, RecipeDefinitionCustomFieldsType0):
            custom_fields = self.custom_fields.to_dict()
        else:
            custom_fields = self.custom_fields

        never_recompute_existing_partitions: bool | None | Unset
        if isinstance(self.never_recompute_existing_partitions, Unset):
            never_recompute_existing_partitions = UNSET
        else:
            never_recompute_existing_partitions = (
                self.never_recompute_existing_partitions
            )

        optional_dependencies: bool | None | Unset
        if isinstance(self.optional_dependencies, Unset):
            optional_dependencies = UNSET
        else:
            optional_dependencies = self.optional_dependencies

        redispatch_partitioning: bool | None | Unset
        if isinstance(self.redispatch_partitioning, Unset):
            redispatch_partitioning = UNSET
        else:
            redispatch_partitioning = self.redispatch_partitioning

        version_tag: dict[str, Any] | Unset = UNSET
        if not isinstance(self.version_tag, Unset):
            version_tag = self.version_tag.to_dict()

        creation_tag: dict[str, Any] | Unset = UNSET
        if not isinstance(self.creation_tag, Unset):
            creation_tag = self.creation_tag.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type_,
            }
        )
        if project_key is not UNSET:
            field_dict["projectKey"] = project_key
        if inputs is not UNSET:
            field_dict["inputs"] = inputs
        if outputs is not UNSET:
            field_dict["outputs"] = outputs
        if params is not UNSET:
            field_dict["params"] = params
        if tags is not UNSET:
            field_dict["tags"] = tags
        if description is not UNSET:
            field_dict["description"] = description
        if short_desc is not UNSET:
            field_dict["shortDesc"] = short_desc
        if custom_fields is not UNSET:
            field_dict["customFields"] = custom_fields
        if never_recompute_existing_partitions is not UNSET:
            field_dict["neverRecomputeExistingPartitions"] = (
                never_recompute_existing_partitions
            )
        if optional_dependencies is not UNSET:
            field_dict["optionalDependencies"] = optional_dependencies
        if redispatch_partitioning is not UNSET:
            field_dict["redispatchPartitioning"] = redispatch_partitioning
        if version_tag is not UNSET:
            field_dict["versionTag"] = version_tag
        if creation_tag is not UNSET:
            field_dict["creationTag"] = creation_tag

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.recipe_definition_custom_fields_type_0 import (
            RecipeDefinitionCustomFieldsType0,
        )
        from ..models.recipe_definition_params_type_0 import RecipeDefinitionParamsType0
        from ..models.recipe_roles import RecipeRoles
        from ..models.user_tag import UserTag

        d = dict(src_dict)
        name = d.pop("name")

        type_ = d.pop("type")

        def _parse_project_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        project_key = _parse_project_key(d.pop("projectKey", UNSET))

        _inputs = d.pop("inputs", UNSET)
        inputs: RecipeRoles | Unset
        if isinstance(_inputs, Unset):
            inputs = UNSET
        else:
            inputs = RecipeRoles.from_dict(_inputs)

        _outputs = d.pop("outputs", UNSET)
        outputs: RecipeRoles | Unset
        if isinstance(_outputs, Unset):
            outputs = UNSET
        else:
            outputs = RecipeRoles.from_dict(_outputs)

        def _parse_params(data: object) -> None | RecipeDefinitionParamsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_type_0 = RecipeDefinitionParamsType0.from_dict(data)

                return params_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RecipeDefinitionParamsType0 | Unset, data)

        params = _parse_params(d.pop("params", UNSET))

        def _parse_tags(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tags_type_0 = cast(list[str], data)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        tags = _parse_tags(d.pop("tags", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_short_desc(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        short_desc = _parse_short_desc(d.pop("shortDesc", UNSET))

        def _parse_custom_fields(
            data: object,
        ) -> None | RecipeDefinitionCustomFieldsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                custom_fields_type_0 = RecipeDefinitionCustomFieldsType0.from_dict(data)

                return custom_fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RecipeDefinitionCustomFieldsType0 | Unset, data)

        custom_fields = _parse_custom_fields(d.pop("customFields", UNSET))

        def _parse_never_recompute_existing_partitions(
            data: object,
        ) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        never_recompute_existing_partitions = (
            _parse_never_recompute_existing_partitions(
                d.pop("neverRecomputeExistingPartitions", UNSET)
            )
        )

        def _parse_optional_dependencies(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        optional_dependencies = _parse_optional_dependencies(
            d.pop("optionalDependencies", UNSET)
        )

        def _parse_redispatch_partitioning(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        redispatch_partitioning = _parse_redispatch_partitioning(
            d.pop("redispatchPartitioning", UNSET)
        )

        _version_tag = d.pop("versionTag", UNSET)
        version_tag: UserTag | Unset
        if isinstance(_version_tag, Unset):
            version_tag = UNSET
        else:
            version_tag = UserTag.from_dict(_version_tag)

        _creation_tag = d.pop("creationTag", UNSET)
        creation_tag: UserTag | Unset
        if isinstance(_creation_tag, Unset):
            creation_tag = UNSET
        else:
            creation_tag = UserTag.from_dict(_creation_tag)

        recipe_definition = cls(
            name=name,
            type_=type_,
            project_key=project_key,
            inputs=inputs,
            outputs=outputs,
            params=params,
            tags=tags,
            description=description,
            short_desc=short_desc,
            custom_fields=custom_fields,
            never_recompute_existing_partitions=never_recompute_existing_partitions,
            optional_dependencies=optional_dependencies,
            redispatch_partitioning=redispatch_partitioning,
            version_tag=version_tag,
            creation_tag=creation_tag,
        )

        recipe_definition.additional_properties = d
        return recipe_definition

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
