# Derived from dssclient/aio/dss/flow.py by scripts/unasync.py: do not edit.
"""A project's flow: its datasets and recipes as a graph."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, overload

from dssclient_generated.api import flow

from .dataset import DSSDataset
from .recipe import DSSRecipe

if TYPE_CHECKING:
    from dssclient.payloads import FlowGraph
    from dssclient.payloads import FlowGraphNode as Node

    from ..dssclient import DSSClient
    from .project import DSSProject

Dicts = Literal["dict"]
Objects = Literal["object", "objects"]
FlowObject = DSSDataset | DSSRecipe


class DSSProjectFlow:
    """A project's flow. Get it with :meth:`DSSProject.get_flow`; getting it calls nothing."""

    def __init__(self, client: DSSClient, project: DSSProject) -> None:
        self.client = client
        self.project = project

    def __repr__(self) -> str:
        return f"{type(self).__name__}(project_key={self.project.project_key!r})"

    def get_graph(self) -> DSSProjectFlowGraph:
        """The flow as a graph of nodes by name. (operation ``getFlowGraph``)"""
        data: FlowGraph = self.client._requester.json(flow.get_flow_graph.request_kwargs, self.project.project_key)
        return DSSProjectFlowGraph(self, data)


class DSSProjectFlowGraph:
    """The flow's graph: ``nodes`` by name, each with its ``ref``, ``type``, ``predecessors`` and ``successors``.

    Methods answer nodes as dicts, or (``as_type="objects"``) as handles on the datasets and
    recipes they are, implicit recipes left out.
    """

    def __init__(self, flow: DSSProjectFlow, data: FlowGraph) -> None:
        self.flow = flow
        self.data = data
        self.nodes: dict[str, Node] = data["nodes"]

    def __repr__(self) -> str:
        return f"{type(self).__name__}({len(self.nodes)} nodes)"

    @overload
    def get_source_computables(self, as_type: Dicts = "dict") -> list[Node]: ...
    @overload
    def get_source_computables(self, as_type: Objects) -> list[FlowObject]: ...
    def get_source_computables(self, as_type: Dicts | Objects = "dict") -> list[Node] | list[FlowObject]:
        """The datasets (and other computables) nothing in the flow writes."""
        found = [n for n in self.nodes.values() if not n["predecessors"] and n["type"].startswith("COMPUTABLE")]
        return self._convert(found, as_type)

    @overload
    def get_source_recipes(self, as_type: Dicts = "dict") -> list[Node]: ...
    @overload
    def get_source_recipes(self, as_type: Objects) -> list[FlowObject]: ...
    def get_source_recipes(self, as_type: Dicts | Objects = "dict") -> list[Node] | list[FlowObject]:
        """The recipes that read nothing of the flow."""
        found = [n for n in self.nodes.values() if not n["predecessors"] and n["type"] == "RUNNABLE_RECIPE"]
        return self._convert(found, as_type)

    def get_source_datasets(self) -> list[DSSDataset]:
        """Handles on the datasets nothing in the flow writes."""
        found: list[DSSDataset] = []
        for node in self.get_source_computables():
            if node["type"] == "COMPUTABLE_DATASET":
                dataset = self._object(node)
                assert isinstance(dataset, DSSDataset)
                found.append(dataset)
        return found

    @overload
    def get_successor_recipes(self, node: str | DSSDataset, as_type: Dicts = "dict") -> list[Node]: ...
    @overload
    def get_successor_recipes(self, node: str | DSSDataset, as_type: Objects) -> list[FlowObject]: ...
    def get_successor_recipes(
        self, node: str | DSSDataset, as_type: Dicts | Objects = "dict"
    ) -> list[Node] | list[FlowObject]:
        """The recipes that read a dataset (a node's name, or a dataset handle)."""
        name = node.dataset_name if isinstance(node, DSSDataset) else node
        computable = self.nodes.get(name)
        if computable is None:
            raise ValueError(f"Computable {name} not found in Flow graph")
        return self._convert([self.nodes[key] for key in computable["successors"]], as_type)

    @overload
    def get_successor_computables(self, node: str | DSSRecipe, as_type: Dicts = "dict") -> list[Node]: ...
    @overload
    def get_successor_computables(self, node: str | DSSRecipe, as_type: Objects) -> list[FlowObject]: ...
    def get_successor_computables(
        self, node: str | DSSRecipe, as_type: Dicts | Objects = "dict"
    ) -> list[Node] | list[FlowObject]:
        """The datasets a recipe writes (a node's name, or a recipe handle)."""
        name = node.recipe_name if isinstance(node, DSSRecipe) else node
        runnable = self.nodes.get(name)
        if runnable is None:
            raise ValueError(f"Runnable {name} not found in Flow graph")
        return self._convert([self.nodes[key] for key in runnable["successors"]], as_type)

    @overload
    def get_items_in_traversal_order(self, as_type: Dicts = "dict") -> list[Node]: ...
    @overload
    def get_items_in_traversal_order(self, as_type: Objects) -> list[FlowObject]: ...
    def get_items_in_traversal_order(self, as_type: Dicts | Objects = "dict") -> list[Node] | list[FlowObject]:
        """Every node, upstream before downstream (from the sources, left to right)."""
        ordered: list[Node] = []
        seen: set[tuple[str, str]] = set()

        def add_from(node: Node) -> None:
            # Depth-first, predecessors before the node, as the official client orders them.
            for key in node["predecessors"]:
                predecessor = self.nodes[key]
                if (predecessor["type"], predecessor["ref"]) not in seen:
                    add_from(predecessor)
            if (node["type"], node["ref"]) not in seen:
                seen.add((node["type"], node["ref"]))
                ordered.append(node)
            for key in node["successors"]:
                successor = self.nodes[key]
                if (successor["type"], successor["ref"]) not in seen:
                    add_from(successor)

        for source in self.get_source_computables() + self.get_source_recipes():
            add_from(source)
        return self._convert(ordered, as_type)

    def _convert(self, nodes: list[Node], as_type: str) -> list[Node] | list[FlowObject]:
        if as_type in ("object", "objects"):
            return [self._object(n) for n in nodes if n["type"] != "RUNNABLE_IMPLICIT_RECIPE"]
        # As the official client does, the dicts keep the implicit recipes.
        return nodes

    def _object(self, node: Node) -> FlowObject:
        client, project_key = self.flow.client, self.flow.project.project_key
        if node["type"] == "COMPUTABLE_DATASET":
            owner, name = project_key, str(node["ref"])
            node_project = node.get("projectKey")
            if node_project is not None and node_project != project_key and name.startswith(f"{node_project}."):
                # A dataset of another project that a recipe reads: a handle in that project.
                owner, name = node_project, name[len(node_project) + 1 :]
            return DSSDataset(client, owner, name)
        if node["type"] == "RUNNABLE_RECIPE":
            return DSSRecipe(client, project_key, node["ref"])
        raise ValueError(f"dssclient has no handle for flow nodes of type {node['type']} yet")
