from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FlowGraphNode")


@_attrs_define
class FlowGraphNode:
    """A node of a project's flow graph, a dataset or a recipe (and other objects DSS has).

    Attributes:
        ref (str): The object's name; `PROJECTKEY.name` for a dataset of another project that a recipe reads.
        type_ (str): `COMPUTABLE_DATASET`, `RUNNABLE_RECIPE`, `RUNNABLE_IMPLICIT_RECIPE`, `COMPUTABLE_FOLDER`,
            `COMPUTABLE_SAVED_MODEL`, ...
        predecessors (list[str]): Names of the nodes this one reads (a recipe) or is written by (a dataset).
        successors (list[str]): Names of the nodes that read this one (a dataset) or that it writes (a recipe).
        sub_type (None | str | Unset): The dataset's or recipe's type (`Filesystem`, `python`, ...). Unverified against
            a real DSS: the official client does not read it.
        project_key (str | Unset): The object's project. Unverified against a real DSS: the official client reads it on
            flow zone items, not on graph nodes.
    """

    ref: str
    type_: str
    predecessors: list[str]
    successors: list[str]
    sub_type: None | str | Unset = UNSET
    project_key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ref = self.ref

        type_ = self.type_

        predecessors = self.predecessors

        successors = self.successors

        sub_type: None | str | Unset
        if isinstance(self.sub_type, Unset):
            sub_type = UNSET
        else:
            sub_type = self.sub_type

        project_key = self.project_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ref": ref,
                "type": type_,
                "predecessors": predecessors,
                "successors": successors,
            }
        )
        if sub_type is not UNSET:
            field_dict["subType"] = sub_type
        if project_key is not UNSET:
            field_dict["projectKey"] = project_key

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        ref = d.pop("ref")

        type_ = d.pop("type")

        predecessors = cast(list[str], d.pop("predecessors"))

        successors = cast(list[str], d.pop("successors"))

        def _parse_sub_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sub_type = _parse_sub_type(d.pop("subType", UNSET))

        project_key = d.pop("projectKey", UNSET)

        flow_graph_node = cls(
            ref=ref,
            type_=type_,
            predecessors=predecessors,
            successors=successors,
            sub_type=sub_type,
            project_key=project_key,
        )

        flow_graph_node.additional_properties = d
        return flow_graph_node

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
