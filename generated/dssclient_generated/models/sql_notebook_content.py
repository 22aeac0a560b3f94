from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sql_notebook_cell import SqlNotebookCell


T = TypeVar("T", bound="SqlNotebookContent")


@_attrs_define
class SqlNotebookContent:
    """The content of an SQL notebook.

    Attributes:
        id (str | Unset): Identifier of the notebook (chosen by DSS at creation).
        project_key (str | Unset): Project of the notebook.
        name (str | Unset): Name of the notebook.
        language (str | Unset): `SQL`, `HIVE`, `IMPALA` or `SPARKSQL`.
        connection (str | Unset): Connection the queries run on.
        cells (list[SqlNotebookCell] | Unset): The cells, in order.
        tags (list[str] | Unset): Tags of the notebook.
    """

    id: str | Unset = UNSET
    project_key: str | Unset = UNSET
    name: str | Unset = UNSET
    language: str | Unset = UNSET
    connection: str | Unset = UNSET
    cells: list[SqlNotebookCell] | Unset = UNSET
    tags: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        project_key = self.project_key

        name = self.name

        language = self.language

        connection = self.connection

        cells: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.cells, Unset):
            cells = []
            for cells_item_data in self.cells:
                cells_item = cells_item_data.to_dict()
                cells.append(cells_item)

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if project_key is not UNSET:
            field_dict["projectKey"] = project_key
        if name is not UNSET:
            field_dict["name"] = name
        if language is not UNSET:
            field_dict["language"] = language
        if connection is not UNSET:
            field_dict["connection"] = connection
        if cells is not UNSET:
            field_dict["cells"] = cells
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.sql_notebook_cell import SqlNotebookCell

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        project_key = d.pop("projectKey", UNSET)

        name = d.pop("name", UNSET)

        language = d.pop("language", UNSET)

        connection = d.pop("connection", UNSET)

        _cells = d.pop("cells", UNSET)
        cells: list[SqlNotebookCell] | Unset = UNSET
        if _cells is not UNSET:
            cells = []
            for cells_item_data in _cells:
                cells_item = SqlNotebookCell.from_dict(cells_item_data)

                cells.append(cells_item)

        tags = cast(list[str], d.pop("tags", UNSET))

        sql_notebook_content = cls(
            id=id,
            project_key=project_key,
            name=name,
            language=language,
            connection=connection,
            cells=cells,
            tags=tags,
        )

        sql_notebook_content.additional_properties = d
        return sql_notebook_content

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
