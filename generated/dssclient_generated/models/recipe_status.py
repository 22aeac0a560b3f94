from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.info_messages import InfoMessages
    from ..models.recipe_engine import RecipeEngine


T = TypeVar("T", bound="RecipeStatus")


@_attrs_define
class RecipeStatus:
    """The outcome of checking a recipe.

    Attributes:
        selected_engine (RecipeEngine | Unset): An engine a recipe can run on. Only these keys are verified (the
            emulator's); DSS sends more.
        engines (list[RecipeEngine] | Unset): The engines the recipe could run on.
        all_messages_for_frontend (InfoMessages | Unset): Messages collected while DSS did something, and flags
            summarising them.
    """

    selected_engine: RecipeEngine | Unset = UNSET
    engines: list[RecipeEngine] | Unset = UNSET
    all_messages_for_frontend: InfoMessages | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        selected_engine: dict[str, Any] | Unset = UNSET
        if not isinstance(self.selected_engine, Unset):
            selected_engine = self.selected_engine.to_dict()

        engines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.engines, Unset):
            engines = []
            for engines_item_data in self.engines:
                engines_item = engines_item_data.to_dict()
                engines.append(engines_item)

        all_messages_for_frontend: dict[str, Any] | Unset = UNSET
        if not isinstance(self.all_messages_for_frontend, Unset):
            all_messages_for_frontend = self.all_messages_for_frontend.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if selected_engine is not UNSET:
            field_dict["selectedEngine"] = selected_engine
        if engines is not UNSET:
            field_dict["engines"] = engines
        if all_messages_for_frontend is not UNSET:
            field_dict["allMessagesForFrontend"] = all_messages_for_frontend

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.info_messages import InfoMessages
        from ..models.recipe_engine import RecipeEngine

        d = dict(src_dict)
        _selected_engine = d.pop("selectedEngine", UNSET)
        selected_engine: RecipeEngine | Unset
        if isinstance(_selected_engine, Unset):
            selected_engine = UNSET
        else:
            selected_engine = RecipeEngine.from_dict(_selected_engine)

        _engines = d.pop("engines", UNSET)
        engines: list[RecipeEngine] | Unset = UNSET
        if _engines is not UNSET:
            engines = []
            for engines_item_data in _engines:
                engines_item = RecipeEngine.from_dict(engines_item_data)

                engines.append(engines_item)

        _all_messages_for_frontend = d.pop("allMessagesForFrontend", UNSET)
        all_messages_for_frontend: InfoMessages | Unset
        if isinstance(_all_messages_for_frontend, Unset):
            all_messages_for_frontend = UNSET
        else:
            all_messages_for_frontend = InfoMessages.from_dict(
                _all_messages_for_frontend
            )

        recipe_status = cls(
            selected_engine=selected_engine,
            engines=engines,
            all_messages_for_frontend=all_messages_for_frontend,
        )

        recipe_status.additional_properties = d
        return recipe_status

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
