from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.recipe_definition_params_type_0_container_selection_type_0 import (
        RecipeDefinitionParamsType0ContainerSelectionType0,
    )
    from ..models.recipe_definition_params_type_0_engine_params_type_0 import (
        RecipeDefinitionParamsType0EngineParamsType0,
    )
    from ..models.recipe_definition_params_type_0_env_selection_type_0 import (
        RecipeDefinitionParamsType0EnvSelectionType0,
    )


T = TypeVar("T", bound="RecipeDefinitionParamsType0")


@_attrs_define
class RecipeDefinitionParamsType0:
    """Type-specific settings that are not in the payload (engine, code environment).

    Attributes:
        env_selection (None | RecipeDefinitionParamsType0EnvSelectionType0 | Unset): The code env of a code recipe in a
            language with code envs (`python`, `r`,
            `pyspark`, ...): `envMode` `INHERIT` (the project's, the default),
            `USE_BUILTIN_MODE` or `EXPLICIT_ENV` with `envName`. An env that does not
            exist fails the recipe's job when it runs.
        container_selection (None | RecipeDefinitionParamsType0ContainerSelectionType0 | Unset): Where a code recipe
            runs (unverified).
        engine_params (None | RecipeDefinitionParamsType0EngineParamsType0 | Unset): Settings of the engines the recipe
            may run on (unverified).
        engine_type (None | str | Unset): The engine chosen for a visual recipe (`DSS`, `SQL`, `SPARK`, ...)
            (unverified).
        use_global_metastore (bool | None | Unset): Whether a Hive or Impala recipe uses the global metastore
            (unverified).
    """

    env_selection: None | RecipeDefinitionParamsType0EnvSelectionType0 | Unset = UNSET
    container_selection: (
        None | RecipeDefinitionParamsType0ContainerSelectionType0 | Unset
    ) = UNSET
    engine_params: None | RecipeDefinitionParamsType0EngineParamsType0 | Unset = UNSET
    engine_type: None | str | Unset = UNSET
    use_global_metastore: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.recipe_definition_params_type_0_container_selection_type_0 import (
            RecipeDefinitionParamsType0ContainerSelectionType0,
        )
        from ..models.recipe_definition_params_type_0_engine_params_type_0 import (
            RecipeDefinitionParamsType0EngineParamsType0,
        )
        from ..models.recipe_definition_params_type_0_env_selection_type_0 import (
            RecipeDefinitionParamsType0EnvSelectionType0,
        )

        env_selection: dict[str, Any] | None | Unset
        if isinstance(self.env_selection, Unset):
            env_selection = UNSET
        elif isinstance(
            self.env_selection, RecipeDefinitionParamsType0EnvSelectionType0
        ):
            env_selection = self.env_selection.to_dict()
        else:
            env_selection = self.env_selection

        container_selection: dict[str, Any] | None | Unset
        if isinstance(self.container_selection, Unset):
            container_selection = UNSET
        elif isinstance(
            self.container_selection, RecipeDefinitionParamsType0ContainerSelectionType0
        ):
            container_selection = self.container_selection.to_dict()
        else:
            container_selection = self.container_selection

        engine_params: dict[str, Any] | None | Unset
        if isinstance(self.engine_params, Unset):
            engine_params = UNSET
        elif isinstance(
            self.engine_params, RecipeDefinitionParamsType0EngineParamsType0
        ):
            engine_params = self.engine_params.to_dict()
        else:
            engine_params = self.engine_params

        engine_type: None | str | Unset
        if isinstance(self.engine_type, Unset):
            engine_type = UNSET
        else:
            engine_type = self.engine_type

        use_global_metastore: bool | None | Unset
        if isinstance(self.use_global_metastore, Unset):
            use_global_metastore = UNSET
        else:
            use_global_metastore = self.use_global_metastore

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if env_selection is not UNSET:
            field_dict["envSelection"] = env_selection
        if container_selection is not UNSET:
            field_dict["containerSelection"] = container_selection
        if engine_params is not UNSET:
            field_dict["engineParams"] = engine_params
        if engine_type is not UNSET:
            field_dict["engineType"] = engine_type
        if use_global_metastore is not UNSET:
            field_dict["useGlobalMetastore"] = use_global_metastore

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.recipe_definition_params_type_0_container_selection_type_0 import (
            RecipeDefinitionParamsType0ContainerSelectionType0,
        )
        from ..models.recipe_definition_params_type_0_engine_params_type_0 import (
            RecipeDefinitionParamsType0EngineParamsType0,
        )
        from ..models.recipe_definition_params_type_0_env_selection_type_0 import (
            RecipeDefinitionParamsType0EnvSelectionType0,
        )

        d = dict(src_dict)

        def _parse_env_selection(
            data: object,
        ) -> None | RecipeDefinitionParamsType0EnvSelectionType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                env_selection_type_0 = (
                    RecipeDefinitionParamsType0EnvSelectionType0.from_dict(data)
                )

                return env_selection_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None | RecipeDefinitionParamsType0EnvSelectionType0 | Unset, data
            )

        env_selection = _parse_env_selection(d.pop("envSelection", UNSET))

        def _parse_container_selection(
            data: object,
        ) -> None | RecipeDefinitionParamsType0ContainerSelectionType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                container_selection_type_0 = (
                    RecipeDefinitionParamsType0ContainerSelectionType0.from_dict(data)
                )

                return container_selection_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None | RecipeDefinitionParamsType0ContainerSelectionType0 | Unset, data
            )

        container_selection = _parse_container_selection(
            d.pop("containerSelection", UNSET)
        )

        def _parse_engine_params(
            data: object,
        ) -> None | RecipeDefinitionParamsType0EngineParamsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                engine_params_type_0 = (
                    RecipeDefinitionParamsType0EngineParamsType0.from_dict(data)
                )

                return engine_params_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None | RecipeDefinitionParamsType0EngineParamsType0 | Unset, data
            )

        engine_params = _parse_engine_params(d.pop("engineParams", UNSET))

        def _parse_engine_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        engine_type = _parse_engine_type(d.pop("engineType", UNSET))

        def _parse_use_global_metastore(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        use_global_metastore = _parse_use_global_metastore(
            d.pop("useGlobalMetastore", UNSET)
        )

        recipe_definition_params_type_0 = cls(
            env_selection=env_selection,
            container_selection=container_selection,
            engine_params=engine_params,
            engine_type=engine_type,
            use_global_metastore=use_global_metastore,
        )

        recipe_definition_params_type_0.additional_properties = d
        return recipe_definition_params_type_0

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
