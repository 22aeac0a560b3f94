from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NotebookCounts")


@_attrs_define
class NotebookCounts:
    """Counts of notebooks.

    Attributes:
        nb_jupyter_notebooks (int | None | Unset): Number of Jupyter notebooks.
        nb_sql_notebooks (int | None | Unset): Number of SQL notebooks.
    """

    nb_jupyter_notebooks: int | None | Unset = UNSET
    nb_sql_notebooks: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        nb_jupyter_notebooks: int | None | Unset
        if isinstance(self.nb_jupyter_notebooks, Unset):
            nb_jupyter_notebooks = UNSET
        else:
            nb_jupyter_notebooks = self.nb_jupyter_notebooks

        nb_sql_notebooks: int | None | Unset
        if isinstance(self.nb_sql_notebooks, Unset):
            nb_sql_notebooks = UNSET
        else:
            nb_sql_notebooks = self.nb_sql_notebooks

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if nb_jupyter_notebooks is not UNSET:
            field_dict["nbJupyterNotebooks"] = nb_jupyter_notebooks
        if nb_sql_notebooks is not UNSET:
            field_dict["nbSqlNotebooks"] = nb_sql_notebooks

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_nb_jupyter_notebooks(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        nb_jupyter_notebooks = _parse_nb_jupyter_notebooks(
            d.pop("nbJupyterNotebooks", UNSET)
        )

        def _parse_nb_sql_notebooks(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        nb_sql_notebooks = _parse_nb_sql_notebooks(d.pop("nbSqlNotebooks", UNSET))

        notebook_counts = cls(
            nb_jupyter_notebooks=nb_jupyter_notebooks,
            nb_sql_notebooks=nb_sql_notebooks,
        )

        notebook_counts.additional_properties = d
        return notebook_counts

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
