"""A project's flow: its datasets and recipes as a graph, and its zones."""

from __future__ import annotations

import os
import warnings
from typing import TYPE_CHECKING, Any, Literal, Protocol, TypedDict, overload

from dssclient_generated.api import flow

from dssclient._json import array_or_empty, is_object, object_or_empty
from dssclient.dss.utils import DSSRawSettings

from .._requester import json_body, multipart_body
from .._stream import AsyncDSSStream
from ._files import upload_file_name, upload_source, write_to_file
from .dataset import AsyncDSSDataset
from .future import AsyncDSSFuture
from .job import read_text
from .recipe import AsyncDSSRecipe

if TYPE_CHECKING:
    from dssclient.payloads import FlowGraph, FlowToolState, FlowZone, FlowZoneItem, FutureState, InfoMessages
    from dssclient.payloads import FlowGraphNode as Node

    from ..dssclient import AsyncDSSClient
    from .project import AsyncDSSProject

Dicts = Literal["dict"]
Objects = Literal["object", "objects"]
FlowObject = AsyncDSSDataset | AsyncDSSRecipe


class AsyncDSSProjectFlow:
    """A project's flow. Get it with :meth:`DSSProject.get_flow`; getting it calls nothing."""

    def __init__(self, client: AsyncDSSClient, project: AsyncDSSProject) -> None:
        self.client = client
        self.project = project

    def __repr__(self) -> str:
        return f"{type(self).__name__}(project_key={self.project.project_key!r})"

    async def get_graph(self) -> AsyncDSSProjectFlowGraph:
        """The flow as a graph of nodes by name. (operation ``getFlowGraph``)"""
        data: FlowGraph = await self.client._requester.json(
            flow.get_flow_graph.request_kwargs, self.project.project_key
        )
        return AsyncDSSProjectFlowGraph(self, data)

    # -- flow zones, schema propagation (issue 18) --

    async def generate_documentation(
        self, folder_id: str | None = None, path: str | None = None
    ) -> AsyncDSSFuture[FlowDocumentationResult]:
        """Start generating the flow's documentation (DOCX), from DSS's template or one in a managed folder.

        Give both ``folder_id`` and ``path`` (the template in that folder), or neither. The future's
        result names the document (``exportId``) for :meth:`download_documentation_to_file`.
        (operations ``generateFlowDocumentation``, ``generateFlowDocumentationWithTemplateInFolder``)
        """
        if (folder_id is None) != (path is None) or folder_id == "" or path == "":
            raise ValueError(
                "Both folder id and path arguments are required to use a template from folder. "
                "Use without argument to generate the flow documentation using the default template"
            )
        if folder_id is not None and path is not None:
            state: FutureState = await self.client._requester.json(
                flow.generate_flow_documentation_with_template_in_folder.request_kwargs,
                self.project.project_key,
                folder_id=folder_id,
                path=path,
            )
        else:
            state = await self.client._requester.json(
                flow.generate_flow_documentation.request_kwargs, self.project.project_key
            )
        return AsyncDSSFuture.from_resp(self.client, state)

    async def generate_documentation_from_custom_template(self, fp: Any) -> AsyncDSSFuture[FlowDocumentationResult]:
        """Start generating the flow's documentation from a DOCX template (a binary file, bytes or a path).

        (operation ``generateFlowDocumentationWithTemplate``)
        """
        async with upload_source(fp, "AsyncDSSProjectFlow.generate_documentation_from_custom_template") as content:
            state: FutureState = await self.client._requester.json(
                flow.generate_flow_documentation_with_template.request_kwargs,
                self.project.project_key,
                body=multipart_body(file=(upload_file_name(fp), content)),
            )
        return AsyncDSSFuture.from_resp(self.client, state)

    async def download_documentation_stream(self, export_id: str) -> AsyncDSSStream:
        """A generated documentation (DOCX), as a stream read as it arrives. Close it.

        (operation ``downloadFlowDocumentation``)
        """
        return await self.client._requester.stream(
            flow.download_flow_documentation.request_kwargs, self.project.project_key, export_id
        )

    async def download_documentation_to_file(self, export_id: str, path: str | os.PathLike[str]) -> None:
        """Write a generated documentation (DOCX) into ``path``, as it arrives; a failed download leaves it as it was.

        (operation ``downloadFlowDocumentation``)
        """
        await write_to_file(await self.download_documentation_stream(export_id), path)

    async def replace_input_computable(self, current_ref: str, new_ref: str, type: str = "DATASET") -> None:  # noqa: A002
        """Make every recipe reading ``current_ref`` read ``new_ref`` instead (``name`` or ``PROJECTKEY.name``).

        ``type`` is the new object's (``DATASET``, ``SAVED_MODEL``, ``MANAGED_FOLDER``, ...). An
        object of another project is first exposed to this one. Nothing checks that the schemas
        agree. (operations ``getProjectSettings``, ``saveProjectSettings``, ``listRecipes``,
        ``getRecipe``, ``saveRecipe``)
        """
        owner, _, object_id = new_ref.rpartition(".")
        if owner and owner != self.project.project_key:
            project_settings = await self.client.get_project(owner).get_settings()
            project_settings.add_exposed_object(type, object_id, self.project.project_key)
            await project_settings.save()
        for item in await self.project.list_recipes():
            listed = item.get_raw()
            inputs = object_or_empty(listed.get("inputs"))
            refs = [
                entry.get("ref")
                for role in inputs.values()
                if is_object(role)
                for entry in array_or_empty(role.get("items"))
                if is_object(entry)
            ]
            if current_ref not in refs:
                continue
            settings = await self.project.get_recipe(listed["name"]).get_settings()
            settings.replace_input(current_ref, new_ref)
            await settings.save()

    async def start_tool(self, type: str, data: dict[str, Any] | None = None) -> AsyncDSSFlowTool:  # noqa: A002
        """Start a flow tool (``COPY``, ``CHECK_CONSISTENCY``, ``PROPAGATE_SCHEMA``, ...). (operation ``startFlowTool``)

        DSS deprecates the views among them (``TAGS``, ``CONNECTIONS``, ...) since 13.4.
        """
        if type in _DEPRECATED_VIEWS:
            warnings.warn("Flow views are deprecated since DSS 13.4", DeprecationWarning, 2)
        stream = await self.client._requester.stream(
            flow.start_flow_tool.request_kwargs,
            self.project.project_key,
            type_=type,
            body=json_body(data if data is not None else {}),
        )
        return AsyncDSSFlowTool(self.client, self.project.project_key, (await read_text(stream)).strip())

    def new_schema_propagation(self, dataset_name: str) -> AsyncDSSSchemaPropagationRunBuilder:
        """Start setting up a schema propagation from a dataset (``name`` or ``PROJECTKEY.name``); calls nothing."""
        return AsyncDSSSchemaPropagationRunBuilder(self.project, self.client, dataset_name)

    async def create_zone(self, name: str, color: str = "#2ab1ac") -> AsyncDSSFlowZone:
        """Create an empty flow zone; ``color`` is ``#RRGGBB``. (operation ``createFlowZone``)"""
        data: FlowZone = await self.client._requester.json(
            flow.create_flow_zone.request_kwargs,
            self.project.project_key,
            body=json_body({"name": name, "color": color}),
        )
        return AsyncDSSFlowZone(self, data)

    async def get_zone(self, id: str) -> AsyncDSSFlowZone:  # noqa: A002 (the official parameter's name)
        """A flow zone by id (``default`` for the default zone). (operation ``getFlowZone``)"""
        data: FlowZone = await self.client._requester.json(
            flow.get_flow_zone.request_kwargs, self.project.project_key, id
        )
        return AsyncDSSFlowZone(self, data)

    async def get_default_zone(self) -> AsyncDSSFlowZone:
        """The default zone, which holds every object no other zone holds. (operation ``getFlowZone``)"""
        return await self.get_zone("default")

    async def list_zones(self) -> list[AsyncDSSFlowZone]:
        """Every zone of the flow, the default one included. (operation ``listFlowZones``)"""
        data: list[FlowZone] = await self.client._requester.json(
            flow.list_flow_zones.request_kwargs, self.project.project_key
        )
        return [AsyncDSSFlowZone(self, zone) for zone in data]

    async def get_zone_of_object(self, obj: AsyncFlowZoneObject) -> AsyncDSSFlowZone:
        """The zone holding a dataset, recipe, managed folder, ...; the default zone when none does.

        (operation ``listFlowZones``, and ``getFlowZone`` for the default zone)
        """
        ref = _smart_ref(self.project.project_key, obj)
        for zone in await self.list_zones():
            if ref in zone.get_settings().get_raw().get("items", []):
                return zone
        return await self.get_default_zone()


class FlowDocumentationResult(TypedDict, total=False):
    """The result of a flow documentation's generation: the document's ``exportId``, and DSS's messages."""

    exportId: str
    data: InfoMessages


_DEPRECATED_VIEWS = frozenset(
    "TAGS CUSTOM_FIELDS CONNECTIONS COUNT_OF_RECORDS FILESIZE FILEFORMATS RECIPES_ENGINES RECIPES_CODE_ENVS "
    "RECIPES_TYPES IMPALA_WRITE_MODE HIVE_MODE SPARK_CONFIG SPARK_PIPELINES SQL_PIPELINES PARTITIONING PARTITIONS "
    "SCENARIOS CREATION LAST_MODIFICATION LAST_BUILD RECENT_ACTIVITY WATCH".split()
)


class AsyncDSSFlowTool:
    """A flow tool started with :meth:`DSSProjectFlow.start_tool`."""

    def __init__(self, client: AsyncDSSClient, project_key: str, tool_id: str) -> None:
        self.client = client
        self.project_key = project_key
        self.tool_id = tool_id

    def __repr__(self) -> str:
        return f"{type(self).__name__}(project_key={self.project_key!r}, tool_id={self.tool_id!r})"

    async def stop(self) -> FlowToolState:
        """Stop the tool and free what it holds. (operation ``stopFlowTool``)"""
        state: FlowToolState = await self.client._requester.json(
            flow.stop_flow_tool.request_kwargs, self.project_key, self.tool_id
        )
        return state

    async def get_state(self, options: dict[str, Any] | None = None) -> FlowToolState:
        """The tool's current state. (operation ``getFlowToolState``)

        ``options`` are accepted for the official signature; DSS's public API takes no body on this read.
        """
        state: FlowToolState = await self.client._requester.json(
            flow.get_flow_tool_state.request_kwargs, self.project_key, self.tool_id
        )
        return state

    async def do(self, action: dict[str, Any]) -> FlowToolState:
        """Act on the tool: ``{"type": "MARK_DATASET_AS_REBUILT" or "MARK_RECIPE_AS_OK", "name": ...}``.

        (operation ``doFlowToolAction``)
        """
        state: FlowToolState = await self.client._requester.json(
            flow.do_flow_tool_action.request_kwargs, self.project_key, self.tool_id, body=json_body(action)
        )
        return state

    async def update(self, options: dict[str, Any] | None = None) -> AsyncDSSFuture[FlowToolState]:
        """Start updating the tool's state; a future. (operation ``updateFlowTool``)"""
        state: FutureState = await self.client._requester.json(
            flow.update_flow_tool.request_kwargs,
            self.project_key,
            self.tool_id,
            body=json_body(options if options is not None else {}),
        )
        return AsyncDSSFuture.from_resp(self.client, state)


class SchemaPropagationStop(TypedDict):
    """A recipe where a schema propagation stopped, and why."""

    recipe: str
    reason: str


class SchemaPropagationReport(TypedDict, total=False):
    """What a schema propagation did: the emulator's report (DSS's own is unverified, hence ``total=False``)."""

    updatedDatasets: list[str]
    okRecipes: list[str]
    stoppedAt: list[SchemaPropagationStop]


class AsyncDSSSchemaPropagationRunBuilder:
    """The options of a schema propagation, then :meth:`start`.

    Get one with :meth:`DSSProjectFlow.new_schema_propagation`. ``settings`` holds the options
    as DSS takes them; the setters call nothing.
    """

    def __init__(self, project: AsyncDSSProject, client: AsyncDSSClient, dataset_name: str) -> None:
        self.project = project
        self.client = client
        self.dataset_name = dataset_name
        self.settings: dict[str, Any] = {
            "recipeUpdateOptions": {"byType": {}, "byName": {}},
            "defaultPartitionValuesByDimension": {},
            "partitionsByComputable": {},
            "excludedRecipes": [],
            "markAsOkRecipes": [],
            "autoRebuild": True,
        }

    def __repr__(self) -> str:
        return f"{type(self).__name__}(project_key={self.project.project_key!r}, dataset_name={self.dataset_name!r})"

    def set_auto_rebuild(self, auto_rebuild: bool) -> None:
        """Whether to rebuild datasets where the propagation needs their data (the default)."""
        self.settings["autoRebuild"] = auto_rebuild

    def set_default_partitioning_value(self, dimension: str, value: str) -> None:
        """The partition of a dimension to build, in partitioned flows."""
        self.settings["defaultPartitionValuesByDimension"][dimension] = value

    def set_partition_for_computable(self, full_id: str, partition: str) -> None:
        """The partition to build of one computable (``PROJECTKEY.id``), over the defaults by dimension."""
        self.settings["partitionsByComputable"][full_id] = partition

    def stop_at(self, recipe_name: str) -> None:
        """Stop the propagation at this recipe."""
        self.settings["excludedRecipes"].append(recipe_name)

    def mark_recipe_as_ok(self, name: str) -> None:
        """Consider this recipe up to date: its outputs are left as they are, and the propagation goes on."""
        self.settings["markAsOkRecipes"].append(name)

    def _recipe_options(self, recipe_type: str, recipe: str | None, options: dict[str, Any]) -> None:
        if recipe is None:
            self.settings["recipeUpdateOptions"]["byType"][recipe_type] = options
        else:
            self.settings["recipeUpdateOptions"]["byName"][recipe] = options

    def set_grouping_update_options(
        self,
        recipe: str | None = None,
        remove_missing_aggregates: bool = True,
        remove_missing_keys: bool = True,
        new_aggregates: dict[str, Any] | None = None,
    ) -> None:
        """How grouping recipes (all, or the one named ``recipe``) are updated."""
        options = {
            "removeMissingAggregates": remove_missing_aggregates,
            "removeMissingKeys": remove_missing_keys,
            "newAggregates": new_aggregates if new_aggregates is not None else {},
        }
        self._recipe_options("grouping", recipe, options)

    def set_window_update_options(
        self,
        recipe: str | None = None,
        remove_missing_aggregates: bool = True,
        remove_missing_in_window: bool = True,
        new_aggregates: dict[str, Any] | None = None,
    ) -> None:
        """How window recipes (all, or the one named ``recipe``) are updated."""
        options = {
            "removeMissingAggregates": remove_missing_aggregates,
            "removeMissingInWindow": remove_missing_in_window,
            "newAggregates": new_aggregates if new_aggregates is not None else {},
        }
        self._recipe_options("window", recipe, options)

    def set_join_update_options(
        self,
        recipe: str | None = None,
        remove_missing_join_conditions: bool = True,
        remove_missing_join_values: bool = True,
        new_selected_columns: dict[str, Any] | None = None,
    ) -> None:
        """How join recipes (all, or the one named ``recipe``) are updated."""
        options = {
            "removeMissingJoinConditions": remove_missing_join_conditions,
            "removeMissingJoinValues": remove_missing_join_values,
            "newSelectedColumns": new_selected_columns if new_selected_columns is not None else {},
        }
        self._recipe_options("join", recipe, options)

    async def start(self) -> AsyncDSSFuture[SchemaPropagationReport]:
        """Start the propagation; the future's result reports it. (operation ``propagateSchema``)"""
        owner, _, name = self.dataset_name.rpartition(".")
        source = {"projectKey": owner or self.project.project_key, "id": name}
        state: FutureState = await self.client._requester.json(
            flow.propagate_schema.request_kwargs,
            self.project.project_key,
            body=json_body({"options": self.settings, "sources": [source]}),
        )
        return AsyncDSSFuture.from_resp(self.client, state)


class AsyncFlowZoneObject(Protocol):
    """What a flow zone holds: a handle on a dataset, recipe, managed folder, saved model, ..."""

    @property
    def project_key(self) -> str:
        """The object's project."""
        ...

    @property
    def id(self) -> str:
        """The object's identifier in its project."""
        ...


# The official object types of the handles a zone holds, by class name (the async twins' without
# "Async"): a handle of another module is known here without being imported.
_OBJECT_TYPES = {
    "DSSDataset": "DATASET",
    "DSSRecipe": "RECIPE",
    "DSSManagedFolder": "MANAGED_FOLDER",
    "DSSSavedModel": "SAVED_MODEL",
    "DSSAgent": "SAVED_MODEL",
    "DSSModelEvaluationStore": "MODEL_EVALUATION_STORE",
    "DSSEvaluationStore": "MODEL_EVALUATION_STORE",
    "DSSStreamingEndpoint": "STREAMING_ENDPOINT",
    "DSSLabelingTask": "LABELING_TASK",
    "DSSKnowledgeBank": "RETRIEVABLE_KNOWLEDGE",
}
# How a project handle gets the handle of each object type a zone lists.
_GETTERS = {
    "DATASET": "get_dataset",
    "RECIPE": "get_recipe",
    "MANAGED_FOLDER": "get_managed_folder",
    "SAVED_MODEL": "get_saved_model",
    "MODEL_EVALUATION_STORE": "get_model_evaluation_store",
    "STREAMING_ENDPOINT": "get_streaming_endpoint",
    "LABELING_TASK": "get_labeling_task",
    "RETRIEVABLE_KNOWLEDGE": "get_knowledge_bank",
}


def _smart_ref(project_key: str, obj: AsyncFlowZoneObject) -> FlowZoneItem:
    """DSS's reference to a flow object, as the official client writes it (``projectKey`` when foreign)."""
    object_type = flow_object_type(obj)  # first: what is not a flow object has no id
    ref: FlowZoneItem = {"objectId": obj.id, "objectType": object_type}
    if obj.project_key != project_key:
        ref = {"projectKey": obj.project_key, **ref}
    return ref


def flow_object_type(obj: object) -> str:
    """The official object type (``DATASET``, ``MANAGED_FOLDER``, ...) of a handle a flow zone may hold."""
    for cls in type(obj).__mro__:
        object_type = _OBJECT_TYPES.get(cls.__name__.removeprefix("Async"))
        if object_type is not None:
            return object_type
    raise ValueError(f"Cannot transform to DSS object ref: {obj!r}")


async def _zone_named(obj: AsyncFlowZoneObject, zone: AsyncDSSFlowZone | str) -> AsyncDSSFlowZone:
    if isinstance(zone, str):
        return await _flow_of(obj).get_zone(zone)
    return zone


def _flow_of(obj: AsyncFlowZoneObject) -> AsyncDSSProjectFlow:
    client: AsyncDSSClient = getattr(obj, "client")  # noqa: B009 (every handle has one; the protocol does not say it)
    return client.get_project(obj.project_key).get_flow()


# The four zone methods every handle of the flow has, each a one-line call to these (datasets and
# recipes here; managed folders, saved models, streaming endpoints... the same way).


async def zone_of(obj: AsyncFlowZoneObject) -> AsyncDSSFlowZone:
    """The zone holding ``obj`` (``get_zone`` of a flow object). (operations ``listFlowZones``, ``getFlowZone``)"""
    return await _flow_of(obj).get_zone_of_object(obj)


async def move_to_zone(obj: AsyncFlowZoneObject, zone: AsyncDSSFlowZone | str) -> None:
    """Move ``obj`` into a zone (a handle or an id). (operation ``addFlowZoneItem``)"""
    await (await _zone_named(obj, zone)).add_item(obj)


async def share_to_zone(obj: AsyncFlowZoneObject, zone: AsyncDSSFlowZone | str) -> None:
    """Share ``obj`` to a zone (a handle or an id). (operation ``shareToFlowZone``)"""
    await (await _zone_named(obj, zone)).add_shared(obj)


async def unshare_from_zone(obj: AsyncFlowZoneObject, zone: AsyncDSSFlowZone | str) -> None:
    """Stop sharing ``obj`` to a zone (a handle or an id). (operation ``unshareFromFlowZone``)"""
    await (await _zone_named(obj, zone)).remove_shared(obj)


class AsyncDSSFlowZone:
    """A zone of the flow, as listed or read: its ``id``, ``name``, ``color``, ``items`` and ``shared`` objects.

    Get one with :meth:`DSSProjectFlow.get_zone` or :meth:`DSSProjectFlow.list_zones`. The item
    methods refresh it from DSS's answer.
    """

    def __init__(self, flow: AsyncDSSProjectFlow, data: FlowZone) -> None:
        self.flow = flow
        self.client = flow.client
        self._raw = data

    def __repr__(self) -> str:
        return f"{type(self).__name__}(id={self.id!r}, name={self.name!r})"

    @property
    def id(self) -> str:
        """The zone's identifier (``default`` for the default zone)."""
        return self._raw["id"]

    @property
    def name(self) -> str:
        """The zone's name."""
        return self._raw["name"]

    @property
    def color(self) -> str:
        """The zone's color, ``#RRGGBB``."""
        return self._raw.get("color", "#2ab1ac")

    def get_settings(self) -> AsyncDSSFlowZoneSettings:
        """The zone's name and color, to change and save; calls nothing."""
        return AsyncDSSFlowZoneSettings(self, self._raw)

    async def add_item(self, obj: AsyncFlowZoneObject) -> None:
        """Move an object into this zone, out of its zone; the recipe writing a dataset moves along.

        (operation ``addFlowZoneItem``)
        """
        self._raw = await self.client._requester.json(
            flow.add_flow_zone_item.request_kwargs,
            self.flow.project.project_key,
            self.id,
            body=json_body(_smart_ref(self.flow.project.project_key, obj)),
        )

    async def add_items(self, items: list[AsyncFlowZoneObject]) -> None:
        """Move objects into this zone, as :meth:`add_item` does. (operation ``addFlowZoneItems``)"""
        refs = [_smart_ref(self.flow.project.project_key, item) for item in items]
        self._raw = await self.client._requester.json(
            flow.add_flow_zone_items.request_kwargs,
            self.flow.project.project_key,
            self.id,
            body=[json_body(ref) for ref in refs],
        )

    @property
    def items(self) -> list[AsyncFlowZoneObject]:
        """Handles on the objects this zone holds, as last read; calls nothing."""
        return [self._to_native_obj(item) for item in self._raw.get("items", [])]

    async def add_shared(self, obj: AsyncFlowZoneObject) -> None:
        """Share an object to this zone; it stays in its own. (operation ``shareToFlowZone``)"""
        self._raw = await self.client._requester.json(
            flow.share_to_flow_zone.request_kwargs,
            self.flow.project.project_key,
            self.id,
            body=json_body(_smart_ref(self.flow.project.project_key, obj)),
        )

    async def remove_shared(self, obj: AsyncFlowZoneObject) -> None:
        """Stop sharing an object to this zone. (operation ``unshareFromFlowZone``)"""
        ref = _smart_ref(self.flow.project.project_key, obj)
        self._raw = await self.client._requester.json(
            flow.unshare_from_flow_zone.request_kwargs,
            self.flow.project.project_key,
            self.id,
            ref["objectType"],
            ref["objectId"],
        )

    @property
    def shared(self) -> list[AsyncFlowZoneObject]:
        """Handles on the objects shared to this zone, as last read; calls nothing."""
        return [self._to_native_obj(item) for item in self._raw.get("shared", [])]

    async def get_graph(self) -> AsyncDSSProjectFlowGraph:
        """The part of the flow this zone shows. (operation ``getFlowZoneGraph``)"""
        data: FlowGraph = await self.client._requester.json(
            flow.get_flow_zone_graph.request_kwargs, self.flow.project.project_key, self.id
        )
        return AsyncDSSProjectFlowGraph(self.flow, data)

    async def delete(self) -> None:
        """Delete the zone; its objects go back to the default zone. (operation ``deleteFlowZone``)"""
        await self.client._requester.empty(flow.delete_flow_zone.request_kwargs, self.flow.project.project_key, self.id)

    def _to_native_obj(self, item: FlowZoneItem) -> AsyncFlowZoneObject:
        owner = item.get("projectKey") or self.flow.project.project_key
        project = self.flow.project if owner == self.flow.project.project_key else self.client.get_project(owner)
        getter = getattr(project, _GETTERS.get(item["objectType"], ""), None)
        if getter is None:
            raise ValueError(f"Cannot transform to DSS object: {item}")
        handle: AsyncFlowZoneObject = getter(item["objectId"])
        return handle


class AsyncDSSFlowZoneSettings(DSSRawSettings["FlowZone"]):
    """A flow zone's settings: its name and color. Get them with :meth:`DSSFlowZone.get_settings`.

    ``items`` and ``shared`` change through :class:`DSSFlowZone`'s methods, not here.
    """

    def __init__(self, zone: AsyncDSSFlowZone, data: FlowZone) -> None:
        super().__init__(data)
        self._zone = zone

    @property
    def name(self) -> str:
        """The zone's name."""
        return self.settings["name"]

    @name.setter
    def name(self, new_name: str) -> None:
        self.settings["name"] = new_name

    @property
    def color(self) -> str:
        """The zone's color, ``#RRGGBB``."""
        return self.settings.get("color", "#2ab1ac")

    @color.setter
    def color(self, new_color: str) -> None:
        self.settings["color"] = new_color

    async def save(self) -> None:
        """Save the name and color. (operation ``saveFlowZone``)"""
        await self._zone.client._requester.empty(
            flow.save_flow_zone.request_kwargs,
            self._zone.flow.project.project_key,
            self._zone.id,
            body=json_body(self.settings),
        )


class AsyncDSSProjectFlowGraph:
    """The flow's graph: ``nodes`` by name, each with its ``ref``, ``type``, ``predecessors`` and ``successors``.

    Methods answer nodes as dicts, or (``as_type="objects"``) as handles on the datasets and
    recipes they are, implicit recipes left out.
    """

    def __init__(self, flow: AsyncDSSProjectFlow, data: FlowGraph) -> None:
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

    def get_source_datasets(self) -> list[AsyncDSSDataset]:
        """Handles on the datasets nothing in the flow writes."""
        found: list[AsyncDSSDataset] = []
        for node in self.get_source_computables():
            if node["type"] == "COMPUTABLE_DATASET":
                dataset = self._object(node)
                assert isinstance(dataset, AsyncDSSDataset)
                found.append(dataset)
        return found

    @overload
    def get_successor_recipes(self, node: str | AsyncDSSDataset, as_type: Dicts = "dict") -> list[Node]: ...
    @overload
    def get_successor_recipes(self, node: str | AsyncDSSDataset, as_type: Objects) -> list[FlowObject]: ...
    def get_successor_recipes(
        self, node: str | AsyncDSSDataset, as_type: Dicts | Objects = "dict"
    ) -> list[Node] | list[FlowObject]:
        """The recipes that read a dataset (a node's name, or a dataset handle)."""
        name = node.dataset_name if isinstance(node, AsyncDSSDataset) else node
        computable = self.nodes.get(name)
        if computable is None:
            raise ValueError(f"Computable {name} not found in Flow graph")
        return self._convert([self.nodes[key] for key in computable["successors"]], as_type)

    @overload
    def get_successor_computables(self, node: str | AsyncDSSRecipe, as_type: Dicts = "dict") -> list[Node]: ...
    @overload
    def get_successor_computables(self, node: str | AsyncDSSRecipe, as_type: Objects) -> list[FlowObject]: ...
    def get_successor_computables(
        self, node: str | AsyncDSSRecipe, as_type: Dicts | Objects = "dict"
    ) -> list[Node] | list[FlowObject]:
        """The datasets a recipe writes (a node's name, or a recipe handle)."""
        name = node.recipe_name if isinstance(node, AsyncDSSRecipe) else node
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
            return AsyncDSSDataset(client, owner, name)
        if node["type"] == "RUNNABLE_RECIPE":
            return AsyncDSSRecipe(client, project_key, node["ref"])
        raise ValueError(f"dssclient has no handle for flow nodes of type {node['type']} yet")
