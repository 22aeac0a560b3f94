from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.flow_graph_nodes import FlowGraphNodes


T = TypeVar("T", bound="FlowGraph")


@_attrs_define
class FlowGraph:
    """A project's flow, as a graph.

    Attributes:
        nodes (FlowGraphNodes): The nodes by name, each with its `ref` (the object's name, `PROJECTKEY.name` for another
            project's), `type` (`COMPUTABLE_DATASET`, `RUNNABLE_RECIPE`, ...), `subType` (a recipe's type), and the names of
            its `predecessors` and `successors`.
    """

    nodes: FlowGraphNodes
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        nodes = self.nodes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "nodes": nodes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.flow_graph_nodes import FlowGraphNodes

        d = dict(src_dict)
        nodes = FlowGraphNodes.from_dict(d.pop("nodes"))

        flow_graph = cls(
            nodes=nodes,
        )

        flow_graph.additional_properties = d
        return flow_graph

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
