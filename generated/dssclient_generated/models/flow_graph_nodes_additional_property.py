from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FlowGraphNodesAdditionalProperty")


@_attrs_define
class FlowGraphNodesAdditionalProperty:
    """One node of the flow.

    Attributes:
        ref (None | str | Unset): The object's name (`PROJECTKEY.name` for another project's).
        type_ (None | str | Unset): Kind of node (`COMPUTABLE_DATASET`, `RUNNABLE_RECIPE`, `COMPUTABLE_FOLDER`, ...).
        sub_type (None | str | Unset): A recipe's type, a dataset's type.
        predecessors (list[str] | None | Unset): Names of the nodes before it.
        successors (list[str] | None | Unset): Names of the nodes after it.
    """

    ref: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    sub_type: None | str | Unset = UNSET
    predecessors: list[str] | None | Unset = UNSET
    successors: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ref: None | str | Unset
        if isinstance(self.ref, Unset):
            ref = UNSET
        else:
            ref = self.ref

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        sub_type: None | str | Unset
        if isinstance(self.sub_type, Unset):
            sub_type = UNSET
        else:
            sub_type = self.sub_type

        predecessors: list[str] | None | Unset
        if isinstance(self.predecessors, Unset):
            predecessors = UNSET
        elif isinstance(self.predecessors, list):
            predecessors = self.predecessors

        else:
            predecessors = self.predecessors

        successors: list[str] | None | Unset
        if isinstance(self.successors, Unset):
            successors = UNSET
        elif isinstance(self.successors, list):
            successors = self.successors

        else:
            successors = self.successors

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ref is not UNSET:
            field_dict["ref"] = ref
        if type_ is not UNSET:
            field_dict["type"] = type_
        if sub_type is not UNSET:
            field_dict["subType"] = sub_type
        if predecessors is not UNSET:
            field_dict["predecessors"] = predecessors
        if successors is not UNSET:
            field_dict["successors"] = successors

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_ref(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ref = _parse_ref(d.pop("ref", UNSET))

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_sub_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sub_type = _parse_sub_type(d.pop("subType", UNSET))

        def _parse_predecessors(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                predecessors_type_0 = cast(list[str], data)

                return predecessors_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        predecessors = _parse_predecessors(d.pop("predecessors", UNSET))

        def _parse_successors(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                successors_type_0 = cast(list[str], data)

                return successors_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        successors = _parse_successors(d.pop("successors", UNSET))

        flow_graph_nodes_additional_property = cls(
            ref=ref,
            type_=type_,
            sub_type=sub_type,
            predecessors=predecessors,
            successors=successors,
        )

        flow_graph_nodes_additional_property.additional_properties = d
        return flow_graph_nodes_additional_property

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
