from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dataset_params_files_selection_rules_type_0_exclude_rules_type_0_item import (
        DatasetParamsFilesSelectionRulesType0ExcludeRulesType0Item,
    )
    from ..models.dataset_params_files_selection_rules_type_0_include_rules_type_0_item import (
        DatasetParamsFilesSelectionRulesType0IncludeRulesType0Item,
    )


T = TypeVar("T", bound="DatasetParamsFilesSelectionRulesType0")


@_attrs_define
class DatasetParamsFilesSelectionRulesType0:
    """Which files under `path` make the dataset (file-based types).

    Attributes:
        mode (None | str | Unset): `ALL`, `EXPLICIT_SELECT_FILES` (`explicitFiles`) or `RULES_INCLUDED_ONLY`,
            `RULES_ALL_BUT_EXCLUDED`.
        include_rules (list[DatasetParamsFilesSelectionRulesType0IncludeRulesType0Item] | None | Unset): Rules of the
            files to include.
        exclude_rules (list[DatasetParamsFilesSelectionRulesType0ExcludeRulesType0Item] | None | Unset): Rules of the
            files to exclude.
        explicit_files (list[str] | None | Unset): The files, when `mode` is `EXPLICIT_SELECT_FILES`.
    """

    mode: None | str | Unset = UNSET
    include_rules: (
        list[DatasetParamsFilesSelectionRulesType0IncludeRulesType0Item] | None | Unset
    ) = UNSET
    exclude_rules: (
        list[DatasetParamsFilesSelectionRulesType0ExcludeRulesType0Item] | None | Unset
    ) = UNSET
    explicit_files: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mode: None | str | Unset
        if isinstance(self.mode, Unset):
            mode = UNSET
        else:
            mode = self.mode

        include_rules: list[dict[str, Any]] | None | Unset
        if isinstance(self.include_rules, Unset):
            include_rules = UNSET
        elif isinstance(self.include_rules, list):
            include_rules = []
            for include_rules_type_0_item_data in self.include_rules:
                include_rules_type_0_item = include_rules_type_0_item_data.to_dict()
                include_rules.append(include_rules_type_0_item)

        else:
            include_rules = self.include_rules

        exclude_rules: list[dict[str, Any]] | None | Unset
        if isinstance(self.exclude_rules, Unset):
            exclude_rules = UNSET
        elif isinstance(self.exclude_rules, list):
            exclude_rules = []
            for exclude_rules_type_0_item_data in self.exclude_rules:
                exclude_rules_type_0_item = exclude_rules_type_0_item_data.to_dict()
                exclude_rules.append(exclude_rules_type_0_item)

        else:
            exclude_rules = self.exclude_rules

        explicit_files: list[str] | None | Unset
        if isinstance(self.explicit_files, Unset):
            explicit_files = UNSET
        elif isinstance(self.explicit_files, list):
            explicit_files = self.explicit_files

        else:
            explicit_files = self.explicit_files

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mode is not UNSET:
            field_dict["mode"] = mode
        if include_rules is not UNSET:
            field_dict["includeRules"] = include_rules
        if exclude_rules is not UNSET:
            field_dict["excludeRules"] = exclude_rules
        if explicit_files is not UNSET:
            field_dict["explicitFiles"] = explicit_files

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dataset_params_files_selection_rules_type_0_exclude_rules_type_0_item import (
            DatasetParamsFilesSelectionRulesType0ExcludeRulesType0Item,
        )
        from ..models.dataset_params_files_selection_rules_type_0_include_rules_type_0_item import (
            DatasetParamsFilesSelectionRulesType0IncludeRulesType0Item,
        )

        d = dict(src_dict)

        def _parse_mode(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mode = _parse_mode(d.pop("mode", UNSET))

        def _parse_include_rules(
            data: object,
        ) -> (
            list[DatasetParamsFilesSelectionRulesType0IncludeRulesType0Item]
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                include_rules_type_0 = []
                _include_rules_type_0 = data
                for include_rules_type_0_item_data in _include_rules_type_0:
                    include_rules_type_0_item = DatasetParamsFilesSelectionRulesType0IncludeRulesType0Item.from_dict(
                        include_rules_type_0_item_data
                    )

                    include_rules_type_0.append(include_rules_type_0_item)

                return include_rules_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[DatasetParamsFilesSelectionRulesType0IncludeRulesType0Item]
                | None
                | Unset,
                data,
            )

        include_rules = _parse_include_rules(d.pop("includeRules", UNSET))

        def _parse_exclude_rules(
            data: object,
        ) -> (
            list[DatasetParamsFilesSelectionRulesType0ExcludeRulesType0Item]
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                exclude_rules_type_0 = []
                _exclude_rules_type_0 = data
                for exclude_rules_type_0_item_data in _exclude_rules_type_0:
                    exclude_rules_type_0_item = DatasetParamsFilesSelectionRulesType0ExcludeRulesType0Item.from_dict(
                        exclude_rules_type_0_item_data
                    )

                    exclude_rules_type_0.append(exclude_rules_type_0_item)

                return exclude_rules_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[DatasetParamsFilesSelectionRulesType0ExcludeRulesType0Item]
                | None
                | Unset,
                data,
            )

        exclude_rules = _parse_exclude_rules(d.pop("excludeRules", UNSET))

        def _parse_explicit_files(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                explicit_files_type_0 = cast(list[str], data)

                return explicit_files_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        explicit_files = _parse_explicit_files(d.pop("explicitFiles", UNSET))

        dataset_params_files_selection_rules_type_0 = cls(
            mode=mode,
            include_rules=include_rules,
            exclude_rules=exclude_rules,
            explicit_files=explicit_files,
        )

        dataset_params_files_selection_rules_type_0.additional_properties = d
        return dataset_params_files_selection_rules_type_0

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
