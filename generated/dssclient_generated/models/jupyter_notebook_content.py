from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.jupyter_notebook_cell import JupyterNotebookCell
    from ..models.jupyter_notebook_metadata import JupyterNotebookMetadata


T = TypeVar("T", bound="JupyterNotebookContent")


@_attrs_define
class JupyterNotebookContent:
    """The content of a Jupyter notebook, in the nbformat (https://nbformat.readthedocs.io/).

    Attributes:
        metadata (JupyterNotebookMetadata): The notebook's metadata.
        cells (list[JupyterNotebookCell]): The cells, in order.
        nbformat (int | Unset): Major version of the notebook format (4).
        nbformat_minor (int | Unset): Minor version of the notebook format.
    """

    metadata: JupyterNotebookMetadata
    cells: list[JupyterNotebookCell]
    nbformat: int | Unset = UNSET
    nbformat_minor: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metadata = self.metadata.to_dict()

        cells = []
        for cells_item_data in self.cells:
            cells_item = cells_item_data.to_dict()
            cells.append(cells_item)

        nbformat = self.nbformat

        nbformat_minor = self.nbformat_minor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metadata": metadata,
                "cells": cells,
            }
        )
        if nbformat is not UNSET:
            field_dict["nbformat"] = nbformat
        if nbformat_minor is not UNSET:
            field_dict["nbformat_minor"] = nbformat_minor

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.jupyter_notebook_cell import JupyterNotebookCell
        from ..models.jupyter_notebook_metadata import JupyterNotebookMetadata

        d = dict(src_dict)
        metadata = JupyterNotebookMetadata.from_dict(d.pop("metadata"))

        cells = []
        _cells = d.pop("cells")
        for cells_item_data in _cells:
            cells_item = JupyterNotebookCell.from_dict(cells_item_data)

            cells.append(cells_item)

        nbformat = d.pop("nbformat", UNSET)

        nbformat_minor = d.pop("nbformat_minor", UNSET)

        jupyter_notebook_content = cls(
            metadata=metadata,
            cells=cells,
            nbformat=nbformat,
            nbformat_minor=nbformat_minor,
        )

        jupyter_notebook_content.additional_properties = d
        return jupyter_notebook_content

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
