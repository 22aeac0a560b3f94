from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.jupyter_notebook_cell_metadata import JupyterNotebookCellMetadata
    from ..models.jupyter_notebook_cell_outputs_item import (
        JupyterNotebookCellOutputsItem,
    )


T = TypeVar("T", bound="JupyterNotebookCell")


@_attrs_define
class JupyterNotebookCell:
    """A cell of a notebook, as nbformat 4 defines it.

    Attributes:
        cell_type (str): `code`, `markdown` or `raw`.
        metadata (JupyterNotebookCellMetadata | Unset): The cell's metadata.
        source (list[str] | str | Unset): The cell's text, as a list of lines or one string.
        execution_count (int | None | Unset): Index of the cell's last run (code cells).
        outputs (list[JupyterNotebookCellOutputsItem] | Unset): Outputs of the last run of a code cell (`output_type`,
            `name`, `text`, `data`, ...).
    """

    cell_type: str
    metadata: JupyterNotebookCellMetadata | Unset = UNSET
    source: list[str] | str | Unset = UNSET
    execution_count: int | None | Unset = UNSET
    outputs: list[JupyterNotebookCellOutputsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cell_type = self.cell_type

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        source: list[str] | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        elif isinstance(self.source, list):
            source = self.source

        else:
            source = self.source

        execution_count: int | None | Unset
        if isinstance(self.execution_count, Unset):
            execution_count = UNSET
        else:
            execution_count = self.execution_count

        outputs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.outputs, Unset):
            outputs = []
            for outputs_item_data in self.outputs:
                outputs_item = outputs_item_data.to_dict()
                outputs.append(outputs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cell_type": cell_type,
            }
        )
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if source is not UNSET:
            field_dict["source"] = source
        if execution_count is not UNSET:
            field_dict["execution_count"] = execution_count
        if outputs is not UNSET:
            field_dict["outputs"] = outputs

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.jupyter_notebook_cell_metadata import JupyterNotebookCellMetadata
        from ..models.jupyter_notebook_cell_outputs_item import (
            JupyterNotebookCellOutputsItem,
        )

        d = dict(src_dict)
        cell_type = d.pop("cell_type")

        _metadata = d.pop("metadata", UNSET)
        metadata: JupyterNotebookCellMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = JupyterNotebookCellMetadata.from_dict(_metadata)

        def _parse_source(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                source_type_1 = cast(list[str], data)

                return source_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        source = _parse_source(d.pop("source", UNSET))

        def _parse_execution_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        execution_count = _parse_execution_count(d.pop("execution_count", UNSET))

        _outputs = d.pop("outputs", UNSET)
        outputs: list[JupyterNotebookCellOutputsItem] | Unset = UNSET
        if _outputs is not UNSET:
            outputs = []
            for outputs_item_data in _outputs:
                outputs_item = JupyterNotebookCellOutputsItem.from_dict(
                    outputs_item_data
                )

                outputs.append(outputs_item)

        jupyter_notebook_cell = cls(
            cell_type=cell_type,
            metadata=metadata,
            source=source,
            execution_count=execution_count,
            outputs=outputs,
        )

        jupyter_notebook_cell.additional_properties = d
        return jupyter_notebook_cell

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
