from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.recipe_definition_params_type_0 import RecipeDefinitionParamsType0
    from ..models.recipe_roles import RecipeRoles


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
        inputs (RecipeRoles | Unset): The inputs or outputs of a recipe by role (`main`, ...): each role an object with
            its `items`, each item with a `ref` (a dataset name, or `PROJECTKEY.name` in another project) and, for inputs,
            partition dependencies (`deps`), for outputs `appendMode`.
        outputs (RecipeRoles | Unset): The inputs or outputs of a recipe by role (`main`, ...): each role an object with
            its `items`, each item with a `ref` (a dataset name, or `PROJECTKEY.name` in another project) and, for inputs,
            partition dependencies (`deps`), for outputs `appendMode`.
        params (None | RecipeDefinitionParamsType0 | Unset): Type-specific settings that are not in the payload (engine,
            code environment).
        tags (list[str] | None | Unset): Tags of the recipe.
    """

    name: str
    type_: str
    project_key: None | str | Unset = UNSET
    inputs: RecipeRoles | Unset = UNSET
    outputs: RecipeRoles | Unset = UNSET
    params: None | RecipeDefinitionParamsType0 | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.recipe_definition_params_type_0 import RecipeDefinitionParamsType0
        from ..models.recipe_roles import RecipeRoles

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

        recipe_definition = cls(
            name=name,
            type_=type_,
            project_key=project_key,
            inputs=inputs,
            outputs=outputs,
            params=params,
            tags=tags,
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
