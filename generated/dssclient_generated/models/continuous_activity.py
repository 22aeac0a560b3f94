from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.continuous_activity_loop_params import ContinuousActivityLoopParams
    from ..models.continuous_activity_main_loop_state import (
        ContinuousActivityMainLoopState,
    )


T = TypeVar("T", bound="ContinuousActivity")


@_attrs_define
class ContinuousActivity:
    """A continuous activity (the run of a continuous recipe) and its state.

    Attributes:
        project_key (str): Key of the project.
        recipe_id (str): Name of the continuous recipe.
        recipe_type (None | str | Unset): Type of the recipe (`csync`, `cpython`, `ksql`, `streaming_spark_scala`)
            (unverified).
        desired_state (None | str | Unset): The state the user asked for (`STARTED`, `STOPPED`).
        loop_params (ContinuousActivityLoopParams | None | Unset): The restart parameters given when it was last
            started.
        main_loop_state (ContinuousActivityMainLoopState | None | Unset): The effective state of the main loop; absent
            until the activity is first started.
    """

    project_key: str
    recipe_id: str
    recipe_type: None | str | Unset = UNSET
    desired_state: None | str | Unset = UNSET
    loop_params: ContinuousActivityLoopParams | None | Unset = UNSET
    main_loop_state: ContinuousActivityMainLoopState | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.continuous_activity_loop_params import (
            ContinuousActivityLoopParams,
        )
        from ..models.continuous_activity_main_loop_state import (
            ContinuousActivityMainLoopState,
        )

        project_key = self.project_key

        recipe_id = self.recipe_id

        recipe_type: None | str | Unset
        if isinstance(self.recipe_type, Unset):
            recipe_type = UNSET
        else:
            recipe_type = self.recipe_type

        desired_state: None | str | Unset
        if isinstance(self.desired_state, Unset):
            desired_state = UNSET
        else:
            desired_state = self.desired_state

        loop_params: dict[str, Any] | None | Unset
        if isinstance(self.loop_params, Unset):
            loop_params = UNSET
        elif isinstance(self.loop_params, ContinuousActivityLoopParams):
            loop_params = self.loop_params.to_dict()
        else:
            loop_params = self.loop_params

        main_loop_state: dict[str, Any] | None | Unset
        if isinstance(self.main_loop_state, Unset):
            main_loop_state = UNSET
        elif isinstance(self.main_loop_state, ContinuousActivityMainLoopState):
            main_loop_state = self.main_loop_state.to_dict()
        else:
            main_loop_state = self.main_loop_state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "projectKey": project_key,
                "recipeId": recipe_id,
            }
        )
        if recipe_type is not UNSET:
            field_dict["recipeType"] = recipe_type
        if desired_state is not UNSET:
            field_dict["desiredState"] = desired_state
        if loop_params is not UNSET:
            field_dict["loopParams"] = loop_params
        if main_loop_state is not UNSET:
            field_dict["mainLoopState"] = main_loop_state

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.continuous_activity_loop_params import (
            ContinuousActivityLoopParams,
        )
        from ..models.continuous_activity_main_loop_state import (
            ContinuousActivityMainLoopState,
        )

        d = dict(src_dict)
        project_key = d.pop("projectKey")

        recipe_id = d.pop("recipeId")

        def _parse_recipe_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        recipe_type = _parse_recipe_type(d.pop("recipeType", UNSET))

        def _parse_desired_state(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        desired_state = _parse_desired_state(d.pop("desiredState", UNSET))

        def _parse_loop_params(
            data: object,
        ) -> ContinuousActivityLoopParams | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                loop_params_type_0 = ContinuousActivityLoopParams.from_dict(data)

                return loop_params_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContinuousActivityLoopParams | None | Unset, data)

        loop_params = _parse_loop_params(d.pop("loopParams", UNSET))

        def _parse_main_loop_state(
            data: object,
        ) -> ContinuousActivityMainLoopState | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                main_loop_state_type_0 = ContinuousActivityMainLoopState.from_dict(data)

                return main_loop_state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContinuousActivityMainLoopState | None | Unset, data)

        main_loop_state = _parse_main_loop_state(d.pop("mainLoopState", UNSET))

        continuous_activity = cls(
            project_key=project_key,
            recipe_id=recipe_id,
            recipe_type=recipe_type,
            desired_state=desired_state,
            loop_params=loop_params,
            main_loop_state=main_loop_state,
        )

        continuous_activity.additional_properties = d
        return continuous_activity

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
