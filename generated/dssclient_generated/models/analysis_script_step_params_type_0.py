from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AnalysisScriptStepParamsType0")


@_attrs_define
class AnalysisScriptStepParamsType0:
    """The processor's parameters; each processor reads its own (those below are the common ones).

    Attributes:
        applies_to (None | str | Unset): Which columns the step applies to: `SINGLE_COLUMN`, `COLUMNS`, `PATTERN` or
            `ALL`.
        columns (list[str] | None | Unset): The columns the step applies to.
        applies_to_pattern (None | str | Unset): The regular expression choosing the columns, with `PATTERN`.
        column (None | str | Unset): The column a formula writes.
        expression (None | str | Unset): The formula of a `CreateColumnWithGREL` step.
        error_column (None | str | Unset): The column receiving a formula's errors.
        action (None | str | Unset): What a match does: `KEEP_ROW`, `REMOVE_ROW`, `CLEAR_CELL`, `DONTCLEAR_CELL` or
            `FLAG`.
        boolean_mode (None | str | Unset): How the matches of several columns combine: `AND` or `OR`.
        flag_column (None | str | Unset): The column the `FLAG` action writes.
        values (list[str] | None | Unset): The values a `FlagOnValue` step matches.
        matching_mode (None | str | Unset): How a cell matches a value: `FULL_STRING`, `SUBSTRING` or `PATTERN`.
        normalization_mode (None | str | Unset): How cells and values are compared: `EXACT`, `LOWERCASE` or
            `NORMALIZED`.
        type_ (None | str | Unset): The meaning a `FilterOnBadType` step checks cells against.
        keep (bool | None | Unset): For `RemoveRowsOnEmpty`, keep only the rows with an empty cell (instead of removing
            them).
    """

    applies_to: None | str | Unset = UNSET
    columns: list[str] | None | Unset = UNSET
    applies_to_pattern: None | str | Unset = UNSET
    column: None | str | Unset = UNSET
    expression: None | str | Unset = UNSET
    error_column: None | str | Unset = UNSET
    action: None | str | Unset = UNSET
    boolean_mode: None | str | Unset = UNSET
    flag_column: None | str | Unset = UNSET
    values: list[str] | None | Unset = UNSET
    matching_mode: None | str | Unset = UNSET
    normalization_mode: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    keep: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        applies_to: None | str | Unset
        if isinstance(self.applies_to, Unset):
            applies_to = UNSET
        else:
            applies_to = self.applies_to

        columns: list[str] | None | Unset
        if isinstance(self.columns, Unset):
            columns = UNSET
        elif isinstance(self.columns, list):
            columns = self.columns

        else:
            columns = self.columns

        applies_to_pattern: None | str | Unset
        if isinstance(self.applies_to_pattern, Unset):
            applies_to_pattern = UNSET
        else:
            applies_to_pattern = self.applies_to_pattern

        column: None | str | Unset
        if isinstance(self.column, Unset):
            column = UNSET
        else:
            column = self.column

        expression: None | str | Unset
        if isinstance(self.expression, Unset):
            expression = UNSET
        else:
            expression = self.expression

        error_column: None | str | Unset
        if isinstance(self.error_column, Unset):
            error_column = UNSET
        else:
            error_column = self.error_column

        action: None | str | Unset
        if isinstance(self.action, Unset):
            action = UNSET
        else:
            action = self.action

        boolean_mode: None | str | Unset
        if isinstance(self.boolean_mode, Unset):
            boolean_mode = UNSET
        else:
            boolean_mode = self.boolean_mode

        flag_column: None | str | Unset
        if isinstance(self.flag_column, Unset):
            flag_column = UNSET
        else:
            flag_column = self.flag_column

        values: list[str] | None | Unset
        if isinstance(self.values, Unset):
            values = UNSET
        elif isinstance(self.values, list):
            values = self.values

        else:
            values = self.values

        matching_mode: None | str | Unset
        if isinstance(self.matching_mode, Unset):
            matching_mode = UNSET
        else:
            matching_mode = self.matching_mode

        normalization_mode: None | str | Unset
        if isinstance(self.normalization_mode, Unset):
            normalization_mode = UNSET
        else:
            normalization_mode = self.normalization_mode

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        keep: bool | None | Unset
        if isinstance(self.keep, Unset):
            keep = UNSET
        else:
            keep = self.keep

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if applies_to is not UNSET:
            field_dict["appliesTo"] = applies_to
        if columns is not UNSET:
            field_dict["columns"] = columns
        if applies_to_pattern is not UNSET:
            field_dict["appliesToPattern"] = applies_to_pattern
        if column is not UNSET:
            field_dict["column"] = column
        if expression is not UNSET:
            field_dict["expression"] = expression
        if error_column is not UNSET:
            field_dict["errorColumn"] = error_column
        if action is not UNSET:
            field_dict["action"] = action
        if boolean_mode is not UNSET:
            field_dict["booleanMode"] = boolean_mode
        if flag_column is not UNSET:
            field_dict["flagColumn"] = flag_column
        if values is not UNSET:
            field_dict["values"] = values
        if matching_mode is not UNSET:
            field_dict["matchingMode"] = matching_mode
        if normalization_mode is not UNSET:
            field_dict["normalizationMode"] = normalization_mode
        if type_ is not UNSET:
            field_dict["type"] = type_
        if keep is not UNSET:
            field_dict["keep"] = keep

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_applies_to(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        applies_to = _parse_applies_to(d.pop("appliesTo", UNSET))

        def _parse_columns(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                columns_type_0 = cast(list[str], data)

                return columns_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        columns = _parse_columns(d.pop("columns", UNSET))

        def _parse_applies_to_pattern(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        applies_to_pattern = _parse_applies_to_pattern(d.pop("appliesToPattern", UNSET))

        def _parse_column(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        column = _parse_column(d.pop("column", UNSET))

        def _parse_expression(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        expression = _parse_expression(d.pop("expression", UNSET))

        def _parse_error_column(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_column = _parse_error_column(d.pop("errorColumn", UNSET))

        def _parse_action(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        action = _parse_action(d.pop("action", UNSET))

        def _parse_boolean_mode(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        boolean_mode = _parse_boolean_mode(d.pop("booleanMode", UNSET))

        def _parse_flag_column(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        flag_column = _parse_flag_column(d.pop("flagColumn", UNSET))

        def _parse_values(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                values_type_0 = cast(list[str], data)

                return values_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        values = _parse_values(d.pop("values", UNSET))

        def _parse_matching_mode(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        matching_mode = _parse_matching_mode(d.pop("matchingMode", UNSET))

        def _parse_normalization_mode(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        normalization_mode = _parse_normalization_mode(
            d.pop("normalizationMode", UNSET)
        )

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_keep(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        keep = _parse_keep(d.pop("keep", UNSET))

        analysis_script_step_params_type_0 = cls(
            applies_to=applies_to,
            columns=columns,
            applies_to_pattern=applies_to_pattern,
            column=column,
            expression=expression,
            error_column=error_column,
            action=action,
            boolean_mode=boolean_mode,
            flag_column=flag_column,
            values=values,
            matching_mode=matching_mode,
            normalization_mode=normalization_mode,
            type_=type_,
            keep=keep,
        )

        analysis_script_step_params_type_0.additional_properties = d
        return analysis_script_step_params_type_0

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
