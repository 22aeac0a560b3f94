from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.flow_graph_node import FlowGraphNode


T = TypeVar("T", bound="FlowGraphNodes")


@_attrs_define
class FlowGraphNodes:
    """The nodes by name, each with its `ref` (the object's name, `PROJECTKEY.name` for another project's), `type`
    (`COMPUTABLE_DATASET`, `RUNNABLE_RECIPE`, ...), `subType` (a recipe's type), and the names of its `predecessors` and
    `successors`.

    """

    additional_properties: dict[str, FlowGraphNode] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.flow_graph_node import FlowGraphNode

        d = dict(src_dict)
        flow_graph_nodes = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = FlowGraphNode.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        flow_graph_nodes.additional_properties = additional_properties
        return flow_graph_nodes

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> FlowGraphNode:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: FlowGraphNode) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
