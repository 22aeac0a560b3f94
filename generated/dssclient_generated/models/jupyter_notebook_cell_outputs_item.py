from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.jupyter_notebook_cell_outputs_item_data import (
        JupyterNotebookCellOutputsItemData,
    )


T = TypeVar("T", bound="JupyterNotebookCellOutputsItem")


@_attrs_define
class JupyterNotebookCellOutputsItem:
    """An output of a code cell.

    Attributes:
        output_type (str | Unset): `stream`, `display_data`, `execute_result` or `error`.
        name (str | Unset): The stream of a `stream` output (`stdout`, `stderr`).
        text (Any | Unset): The text of a `stream` output, as a list of lines or one string.
        data (JupyterNotebookCellOutputsItemData | Unset): The data of a display or result, by MIME type.
        execution_count (int | None | Unset): The run that produced an `execute_result`.
        ename (str | Unset): The exception's name, of an `error` output.
        evalue (str | Unset): The exception's value, of an `error` output.
        traceback (list[str] | Unset): The traceback of an `error` output.
    """

    output_type: str | Unset = UNSET
    name: str | Unset = UNSET
    text: Any | Unset = UNSET
    data: JupyterNotebookCellOutputsItemData | Unset = UNSET
    execution_count: int | None | Unset = UNSET
    ename: str | Unset = UNSET
    evalue: str | Unset = UNSET
    traceback: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        output_type = self.output_type

        name = self.name

        text = self.text

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        execution_count: int | None | Unset
        if isinstance(self.execution_count, Unset):
            execution_count = UNSET
        else:
            execution_count = self.execution_count

        ename = self.ename

        evalue = self.evalue

        traceback: list[str] | Unset = UNSET
        if not isinstance(self.traceback, Unset):
            traceback = self.traceback

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if output_type is not UNSET:
            field_dict["output_type"] = output_type
        if name is not UNSET:
            field_dict["name"] = name
        if text is not UNSET:
            field_dict["text"] = text
        if data is not UNSET:
            field_dict["data"] = data
        if execution_count is not UNSET:
            field_dict["execution_count"] = execution_count
        if ename is not UNSET:
            field_dict["ename"] = ename
        if evalue is not UNSET:
            field_dict["evalue"] = evalue
        if traceback is not UNSET:
            field_dict["traceback"] = traceback

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.jupyter_notebook_cell_outputs_item_data import (
            JupyterNotebookCellOutputsItemData,
        )

        d = dict(src_dict)
        output_type = d.pop("output_type", UNSET)

        name = d.pop("name", UNSET)

        text = d.pop("text", UNSET)

        _data = d.pop("data", UNSET)
        data: JupyterNotebookCellOutputsItemData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = JupyterNotebookCellOutputsItemData.from_dict(_data)

        def _parse_execution_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        execution_count = _parse_execution_count(d.pop("execution_count", UNSET))

        ename = d.pop("ename", UNSET)

        evalue = d.pop("evalue", UNSET)

        traceback = cast(list[str], d.pop("traceback", UNSET))

        jupyter_notebook_cell_outputs_item = cls(
            output_type=output_type,
            name=name,
            text=text,
            data=data,
            execution_count=execution_count,
            ename=ename,
            evalue=evalue,
            traceback=traceback,
        )

        jupyter_notebook_cell_outputs_item.additional_properties = d
        return jupyter_notebook_cell_outputs_item

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
