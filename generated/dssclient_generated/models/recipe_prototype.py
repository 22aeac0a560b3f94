from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.recipe_roles import RecipeRoles


T = TypeVar("T", bound="RecipePrototype")


@_attrs_define
class RecipePrototype:
    """The recipe to create.

    Attributes:
        type_ (str): Type of the recipe.
        name (None | str | Unset): Name of the recipe (letters, digits and underscores); made up when absent.
        project_key (None | str | Unset): Key of the project; must be the project of the path.
        inputs (RecipeRoles | Unset): The inputs or outputs of a recipe by role (`main`, ...; a recipe type may define
            others, such as a join's or a plugin recipe's roles): each role an object with its `items`.
        outputs (RecipeRoles | Unset): The inputs or outputs of a recipe by role (`main`, ...; a recipe type may define
            others, such as a join's or a plugin recipe's roles): each role an object with its `items`.
    """

    type_: str
    name: None | str | Unset = UNSET
    project_key: None | str | Unset = UNSET
    inputs: RecipeRoles | Unset = UNSET
    outputs: RecipeRoles | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if project_key is not UNSET:
            field_dict["projectKey"] = project_key
        if inputs is not UNSET:
            field_dict["inputs"] = inputs
        if outputs is not UNSET:
            field_dict["outputs"] = outputs

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.recipe_roles import RecipeRoles

        d = dict(src_dict)
        type_ = d.pop("type")

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

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

        recipe_prototype = cls(
            type_=type_,
            name=name,
            project_key=project_key,
            inputs=inputs,
            outputs=outputs,
        )

        recipe_prototype.additional_properties = d
        return recipe_prototype

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
