# Derived from dssclient/aio/dss/recipe.py by scripts/unasync.py: do not edit.
"""Recipes: their settings, status and output schemas, running them, and creating them with builders."""

from __future__ import annotations

import copy
import datetime
import inspect
import json
import warnings
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Generic, Literal, Self, cast, overload

from dssclient_generated.api import recipes

from dssclient._json import is_object
from dssclient._paths import check_identifier
from dssclient.dss.utils import DSSDictListItem, DSSInfoMessage, DSSTaggableObjectSettings, nested_dict
from dssclient.errors import DataikuException

from .._requester import json_body
from .discussion import DSSObjectDiscussions

if TYPE_CHECKING:
    from typing_extensions import TypeVar

    from dssclient.payloads import (
        Acknowledgement,
        InfoMessagesMessagesItem,
        ObjectMetadata,
        RecipeAndPayload,
        RecipeDefinition,
        RecipeDefinitionParams,
        RecipeDefinitionParamsEnvSelection,
        RecipeEngine,
        RecipeRoles,
        RecipeSchemaUpdates,
        RecipeStatus,
    )
    from dssclient.recipe_payloads import GroupingColumnAggregations, Join, JoinCondition, PrepareStep, VirtualInput

    from ..dssclient import DSSClient
    from .continuousactivity import DSSContinuousActivity
    from .dataset import DSSManagedDatasetCreationHelper
    from .flow import DSSFlowZone
    from .job import DSSJob
    from .project import DSSProject
    from .streaming_endpoint import DSSManagedStreamingEndpointCreationHelper

    #: The settings class of a recipe's handle: known when a typed creator made it
    #: (``new_recipe("grouping")...create()``), the base class otherwise. A default (PEP 696)
    #: for type checkers only, so that the runtime needs no typing_extensions.
    RecipeSettingsT = TypeVar("RecipeSettingsT", bound="DSSRecipeSettings", default="DSSRecipeSettings", covariant=True)
else:
    from typing import TypeVar

    RecipeSettingsT = TypeVar("RecipeSettingsT", covariant=True)

CODE_RECIPE_TYPES = ("python", "r", "sql_script", "pyspark", "sparkr", "spark_scala", "shell", "spark_sql_query")
# Continuous code recipes (streaming): built by a CodeRecipeCreator, their settings a CodeRecipeSettings.
CONTINUOUS_CODE_RECIPE_TYPES = ("cpython", "ksql", "streaming_spark_scala")
_COMPUTABLE_TYPES = {
    "COMPUTABLE_DATASET": "DATASET",
    "COMPUTABLE_FOLDER": "MANAGED_FOLDER",
    "COMPUTABLE_SAVED_MODEL": "SAVED_MODEL",
    "COMPUTABLE_STREAMING_ENDPOINT": "STREAMING_ENDPOINT",
    "COMPUTABLE_MODEL_EVALUATION_STORE": "MODEL_EVALUATION_STORE",
    "COMPUTABLE_RETRIEVABLE_KNOWLEDGE": "RETRIEVABLE_KNOWLEDGE",
}


class DSSRecipeListItem(DSSDictListItem):
    """A recipe as listed by :meth:`DSSProject.list_recipes`: its definition (a dict), with properties over it."""

    client: DSSClient

    def to_recipe(self) -> DSSRecipe:
        """A handle on this recipe; makes no call."""
        return DSSRecipe(self.client, self["projectKey"], self["name"])

    @property
    def name(self) -> str:
        """The recipe's name."""
        name: str = self["name"]
        return name

    @property
    def id(self) -> str:
        """The recipe's name, as :attr:`name`."""
        return self.name

    @property
    def type(self) -> str:
        """The recipe's type (``sync``, ``python``, ``join``, ...)."""
        recipe_type: str = self["type"]
        return recipe_type

    @property
    def tags(self) -> list[str]:
        """The recipe's tags."""
        tags: list[str] = self.get("tags") or []
        return tags


class DSSRecipe(Generic[RecipeSettingsT]):
    """A handle on a recipe. Get one with :meth:`DSSProject.get_recipe`; creating it calls nothing.

    Typed by its settings class when a creator made it: ``GroupingRecipeCreator.create()`` gives
    a ``DSSRecipe[GroupingRecipeSettings]``, whose ``get_settings()`` needs no cast.
    """

    def __init__(self, client: DSSClient, project_key: str, recipe_name: str) -> None:
        self.client = client
        self.project_key = project_key
        self.recipe_name = recipe_name

    def __repr__(self) -> str:
        return f"{type(self).__name__}(project_key={self.project_key!r}, recipe_name={self.recipe_name!r})"

    @property
    def id(self) -> str:
        """The recipe's name (DSS identifies a recipe by its name in its project)."""
        return self.recipe_name

    @property
    def name(self) -> str:
        """The recipe's name."""
        return self.recipe_name

    @property
    def type(self) -> str:
        """The recipe's type (``sync``, ``grouping``, ``python``...); reads the recipe. (operation ``getRecipe``)"""
        data = self._get_recipe_data()
        recipe_type: str = data["recipe"]["type"]
        return recipe_type

    def _get_recipe_data(self) -> RecipeAndPayload:
        data: RecipeAndPayload = self.client._requester.json(
            recipes.get_recipe.request_kwargs, self.project_key, self.recipe_name
        )
        return data

    def get_settings(self) -> RecipeSettingsT:
        """The recipe's definition and payload, to edit and save; a subclass by type. (operation ``getRecipe``)"""
        data = self._get_recipe_data()
        recipe_type = data["recipe"].get("type")
        settings_class = _SETTINGS_BY_TYPE.get(recipe_type, DSSRecipeSettings)
        if recipe_type in CODE_RECIPE_TYPES or recipe_type in CONTINUOUS_CODE_RECIPE_TYPES:
            # Continuous code recipes too (the official client gives them the base class): their payload
            # is their code, and CodeRecipeCreator.create() types their handle so.
            settings_class = CodeRecipeSettings
        return cast("RecipeSettingsT", settings_class(self, data))

    def get_definition_and_payload(self) -> DSSRecipeDefinitionAndPayload:
        """Deprecated, as in DSS: use :meth:`get_settings`. (operation ``getRecipe``)

        A :class:`DSSRecipeDefinitionAndPayload` (the official class of this call: a
        :class:`DSSRecipeSettings`, whatever the recipe's type).
        """
        warnings.warn("DSSRecipe.get_definition_and_payload is deprecated: use get_settings", DeprecationWarning, 2)
        return DSSRecipeDefinitionAndPayload(self, self._get_recipe_data())

    def set_definition_and_payload(self, definition: DSSRecipeSettings) -> Acknowledgement:
        """Deprecated, as in DSS: use :meth:`get_settings` and save. (operation ``saveRecipe``)"""
        warnings.warn("DSSRecipe.set_definition_and_payload is deprecated: use get_settings", DeprecationWarning, 2)
        return definition.save()

    def compute_schema_updates(self) -> RequiredSchemaUpdates:
        """Which outputs would get another schema from the recipe; visual recipes only.

        (operation ``getRecipeSchemaUpdates``)
        """
        data = self.client._requester.json(
            recipes.get_recipe_schema_updates.request_kwargs, self.project_key, self.recipe_name
        )
        return RequiredSchemaUpdates(self, data)

    def run(
        self,
        job_type: str = "NON_RECURSIVE_FORCED_BUILD",
        partitions: str | None = None,
        wait: bool = True,
        no_fail: bool = False,
        timeout: float | None = None,
        progress: bool = False,
    ) -> DSSJob:
        """Start a job building the recipe's first output, and by default wait until it is over.

        Raises :class:`~dssclient.JobFailedError` when the job fails, unless ``no_fail``;
        ``timeout`` bounds the wait; ``progress`` shows it. (operations ``getFlowGraph``, ``startJob``)
        """
        project = self.client.get_project(self.project_key)
        graph = project.get_flow().get_graph()
        outputs = graph.get_successor_computables(self)
        if not outputs:
            raise ValueError(f"Recipe {self.recipe_name} has no outputs: it cannot run")
        first = outputs[0]
        if first["type"] not in _COMPUTABLE_TYPES:
            raise ValueError(f"Recipe {self.recipe_name} has an output of type {first['type']}, which cannot be built")
        builder = project.new_job(job_type).with_output(
            first["ref"], object_type=_COMPUTABLE_TYPES[first["type"]], partition=partitions
        )
        if wait:
            return builder.start_and_wait(no_fail=no_fail, timeout=timeout, progress=progress)
        return builder.start()

    def delete(self) -> None:
        """Delete the recipe; its outputs stay. (operation ``deleteRecipe``)"""
        self.client._requester.empty(recipes.delete_recipe.request_kwargs, self.project_key, self.recipe_name)

    def rename(self, new_name: str) -> None:
        """Give the recipe another name. (operation ``renameRecipe``)"""
        if new_name == self.recipe_name:
            raise ValueError(f"Recipe name is already {new_name}")
        check_identifier("recipe name", new_name)
        self.client._requester.empty(
            recipes.rename_recipe.request_kwargs,
            self.project_key,
            body=json_body({"oldName": self.recipe_name, "newName": new_name}),
        )
        self.recipe_name = new_name

    def get_status(self) -> DSSRecipeStatus:
        """The checks DSS makes on the recipe, and its engine. (operation ``getRecipeStatus``)"""
        data = self.client._requester.json(recipes.get_recipe_status.request_kwargs, self.project_key, self.recipe_name)
        return DSSRecipeStatus(self.client, data)

    def get_metadata(self) -> ObjectMetadata:
        """Tags, checklists and custom metadata. (operation ``getRecipeMetadata``)"""
        metadata: ObjectMetadata = self.client._requester.json(
            recipes.get_recipe_metadata.request_kwargs, self.project_key, self.recipe_name
        )
        return metadata

    def set_metadata(self, metadata: Mapping[str, Any]) -> Acknowledgement:
        """Replace the metadata with a modified copy of :meth:`get_metadata`'s. (operation ``setRecipeMetadata``)"""
        answer: Acknowledgement = self.client._requester.json(
            recipes.set_recipe_metadata.request_kwargs, self.project_key, self.recipe_name, body=json_body(metadata)
        )
        return answer

    # -- streaming (issue 18) --

    def get_continuous_activity(self) -> DSSContinuousActivity:
        """A handle on the continuous activity running this recipe; continuous recipes only (no call is made)."""
        from .continuousactivity import DSSContinuousActivity

        return DSSContinuousActivity(self.client, self.project_key, self.recipe_name)

    # -- flow zones and discussions (issue 18) --

    def move_to_zone(self, zone: DSSFlowZone | str) -> None:
        """Move the recipe (and its outputs) into a zone, a handle or an id. (operation ``addFlowZoneItem``)"""
        from .flow import move_to_zone  # the flow module imports this one

        move_to_zone(self, zone)

    def get_object_discussions(self) -> DSSObjectDiscussions:
        """The discussions about the recipe; calls nothing."""
        return DSSObjectDiscussions(self.client, self.project_key, "RECIPE", self.recipe_name)


class DSSRecipeStatus:
    """The outcome of DSS's checks on a recipe (:meth:`DSSRecipe.get_status`)."""

    def __init__(self, client: Any, data: RecipeStatus) -> None:
        self.client = client
        self.data = data

    def __repr__(self) -> str:
        return f"DSSRecipeStatus(severity={self.get_status_severity()!r})"

    def get_selected_engine_details(self) -> RecipeEngine:
        """The engine DSS selected for the recipe; ``ValueError`` if it names none."""
        if "selectedEngine" not in self.data:
            raise ValueError("This recipe doesn't have a selected engine")
        return self.data["selectedEngine"]

    def get_engines_details(self) -> list[RecipeEngine]:
        """The engines that could run the recipe; ``ValueError`` if DSS lists none."""
        if "engines" not in self.data:
            raise ValueError("This recipe doesn't have engines")
        return self.data["engines"]

    def get_status_severity(self) -> str | None:
        """SUCCESS, WARNING, ERROR or INFO; None without any message."""
        return (self.data.get("allMessagesForFrontend") or {}).get("maxSeverity")

    @overload
    def get_status_messages(self, as_objects: Literal[False] = False) -> list[InfoMessagesMessagesItem]: ...

    @overload
    def get_status_messages(self, as_objects: Literal[True]) -> list[DSSInfoMessage]: ...

    @overload
    def get_status_messages(self, as_objects: bool) -> list[InfoMessagesMessagesItem] | list[DSSInfoMessage]: ...

    def get_status_messages(self, as_objects: bool = False) -> list[InfoMessagesMessagesItem] | list[DSSInfoMessage]:
        """The messages (``severity``, ``isFatal``, ``code``, ``title``, ``message``, ``details``).

        As dicts, or as :class:`~dssclient.dss.utils.DSSInfoMessage` objects if ``as_objects``.
        """
        messages = (self.data.get("allMessagesForFrontend") or {}).get("messages", [])
        if as_objects:
            return [DSSInfoMessage(message) for message in messages]
        return messages


class DSSRecipeSettings(DSSTaggableObjectSettings["RecipeDefinition"]):
    """A recipe's definition (``get_raw()``) and its payload. Edit, then :meth:`save`.

    The payload is the code of a code recipe, or a JSON document of a visual recipe's
    settings: read and set it as text (``str_payload``, ``get_payload``) or as an object
    (``obj_payload``, ``get_json_payload``).
    """

    def __init__(self, recipe: DSSRecipe, data: RecipeAndPayload) -> None:
        super().__init__(data["recipe"])
        self.recipe = recipe
        self.data = data
        self.recipe_settings: RecipeDefinition = data["recipe"]
        self._str_payload: str | None = data.get("payload")
        self._obj_payload: Any = None

    def save(self) -> Acknowledgement:
        """Send the definition and payload back to DSS, whole. (operation ``saveRecipe``)"""
        self._payload_to_str()
        answer: Acknowledgement = self.recipe.client._requester.json(
            recipes.save_recipe.request_kwargs,
            self.recipe.project_key,
            self.recipe.recipe_name,
            body=json_body(self.data),
        )
        return answer

    @property
    def type(self) -> str:
        """The recipe's type."""
        return self.recipe_settings["type"]

    @property
    def str_payload(self) -> str | None:
        """The payload as text (the code of a code recipe, JSON of a visual one); settable."""
        self._payload_to_str()
        return self._str_payload

    @str_payload.setter
    def str_payload(self, payload: str) -> None:
        self._str_payload = payload
        self._obj_payload = None

    @property
    def obj_payload(self) -> Any:
        """The payload decoded from JSON, to edit in place."""
        self._payload_to_obj()
        return self._obj_payload

    @property
    def raw_params(self) -> RecipeDefinitionParams:
        """The recipe's parameters, to edit in place."""
        return self.get_recipe_params()

    @property
    def _definition(self) -> dict[str, Any]:
        # The definition as the dict it is, for the helpers that add the levels DSS left out.
        return cast("dict[str, Any]", self.recipe_settings)

    def _payload_to_str(self) -> None:
        if self._obj_payload is not None:
            self._str_payload = json.dumps(self._obj_payload)
            self._obj_payload = None
        if self._str_payload is not None:
            self.data["payload"] = self._str_payload

    def _payload_to_obj(self) -> None:
        if self._str_payload is not None:
            self._obj_payload = json.loads(self._str_payload) if self._str_payload.strip() else {}
            self._str_payload = None

    def get_recipe_raw_definition(self) -> RecipeDefinition:
        """The recipe's definition, to edit in place."""
        return self.recipe_settings

    def get_recipe_inputs(self) -> RecipeRoles:
        """The inputs by role (``{"main": {"items": [{"ref": ...}]}}``), added if DSS left them out."""
        return cast("RecipeRoles", self._roles("inputs"))

    def get_recipe_outputs(self) -> RecipeRoles:
        """The outputs by role, added if DSS left them out."""
        return cast("RecipeRoles", self._roles("outputs"))

    def _roles(self, key: str) -> dict[str, Any]:
        return nested_dict(self._definition, key)

    def get_recipe_params(self) -> RecipeDefinitionParams:
        """The type-specific settings (``params``), added if DSS left them out."""
        return cast("RecipeDefinitionParams", nested_dict(self._definition, "params"))

    def get_payload(self) -> str | None:
        """The payload as text."""
        return self.str_payload

    def get_json_payload(self) -> Any:
        """The payload decoded from JSON."""
        return self.obj_payload

    def set_payload(self, payload: str) -> None:
        """Replace the payload with text."""
        self.str_payload = payload

    def set_json_payload(self, payload: Any) -> None:
        """Replace the payload with an object, sent as JSON."""
        self._str_payload = None
        self._obj_payload = payload

    # -- inputs and outputs -----------------------------------------------------------------------

    def has_input(self, input_ref: str) -> bool:
        """Whether ``input_ref`` is among the inputs, any role."""
        return input_ref in self.get_flat_input_refs()

    def has_output(self, output_ref: str) -> bool:
        """Whether ``output_ref`` is among the outputs, any role."""
        return output_ref in self.get_flat_output_refs()

    def replace_input(self, current_input_ref: str, new_input_ref: str) -> None:
        """Replace an input by another, in every role."""
        for _, item in _flat(self._roles("inputs")):
            if item.get("ref") == current_input_ref:
                item["ref"] = new_input_ref

    def replace_output(self, current_output_ref: str, new_output_ref: str) -> None:
        """Replace an output by another, in every role."""
        for _, item in _flat(self._roles("outputs")):
            if item.get("ref") == current_output_ref:
                item["ref"] = new_output_ref

    def add_input(self, role: str, ref: str, partition_deps: list[dict[str, Any]] | None = None) -> None:
        """Add an input in ``role``, with its partition dependencies."""
        _role(self._roles("inputs"), role).append({"ref": ref, "deps": partition_deps if partition_deps else []})

    def add_output(self, role: str, ref: str, append_mode: bool = False) -> None:
        """Add an output in ``role``; ``append_mode`` appends instead of overwriting."""
        _role(self._roles("outputs"), role).append({"ref": ref, "appendMode": append_mode})

    def get_flat_input_refs(self) -> list[str]:
        """Every input's reference, all roles together."""
        return [item["ref"] for _, item in _flat(self._roles("inputs"))]

    def get_flat_output_refs(self) -> list[str]:
        """Every output's reference, all roles together."""
        return [item["ref"] for _, item in _flat(self._roles("outputs"))]


def _output_aliases(
    kwargs: dict[str, Any], connection: str, type_: str | None, format_: str | None
) -> tuple[str, str | None, str | None]:
    """Connection, type and format of a new output, from the older argument names the official builders accept."""
    for key, value in kwargs.items():
        if key == "connection_id":
            connection = value
        elif key == "format_option_id":
            format_ = value
        elif key in ("typeOptionId", "type_option_id"):
            type_ = value
        else:
            raise TypeError(f"Unknown argument {key!r}")
    return connection, type_, format_


def _dataset_creation_settings(
    connection: str,
    type_: str | None,
    format_: str | None,
    override_sql_schema: Any,
    partitioning_option_id: str | None,
) -> dict[str, Any]:
    """How a recipe's new output dataset is created."""
    return {
        "connectionId": connection,
        "typeOptionId": type_,
        "specificSettings": {"formatOptionId": format_, "overrideSQLSchema": override_sql_schema},
        "partitioningOptionId": partitioning_option_id,
    }


def _role(roles: dict[str, Any], role: str) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = nested_dict(roles, role).setdefault("items", [])
    return items


def _flat(roles: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    return [
        (role, item)
        for role, content in roles.items()
        if is_object(content)
        for item in content.get("items") or ()
        if is_object(item)
    ]


class SyncRecipeSettings(DSSRecipeSettings):
    """The settings of a sync recipe."""


class GroupingRecipeSettings(DSSRecipeSettings):
    """The settings of a grouping recipe: its keys and the aggregations of each column."""

    def clear_grouping_keys(self) -> None:
        """Remove every grouping key."""
        self.obj_payload["keys"] = []

    def add_grouping_key(self, column: str) -> None:
        """Group by one more column."""
        self.obj_payload.setdefault("keys", []).append({"column": column})

    def set_global_count_enabled(self, enabled: bool) -> None:
        """Whether the output has a count of rows per group."""
        self.obj_payload["globalCount"] = enabled

    def get_or_create_column_settings(self, column: str) -> GroupingColumnAggregations:
        """The aggregations of a column (a dict of flags, with its ``column``), added if missing."""
        values: list[GroupingColumnAggregations] = self.obj_payload.setdefault("values", [])
        for found in values:
            if found.get("column") == column:
                return found
        created: GroupingColumnAggregations = {"column": column}
        values.append(created)
        return created

    def set_column_aggregations(
        self,
        column: str,
        type: str | None = None,  # noqa: A002 - the official client's parameter name
        min: bool = False,  # noqa: A002
        max: bool = False,  # noqa: A002
        count: bool = False,
        count_distinct: bool = False,
        sum: bool = False,  # noqa: A002
        concat: bool = False,
        stddev: bool = False,
        avg: bool = False,
        mode: bool = False,
    ) -> GroupingColumnAggregations:
        """Turn a column's basic aggregations on or off; returns its settings (edit them further in place)."""
        settings = self.get_or_create_column_settings(column)
        if type is not None:
            settings["type"] = type
        settings.update(
            {
                "min": min,
                "max": max,
                "count": count,
                "countDistinct": count_distinct,
                "sum": sum,
                "concat": concat,
                "stddev": stddev,
                "avg": avg,
                "mode": mode,
            }
        )
        return settings


class PrepareRecipeSettings(DSSRecipeSettings):
    """The settings of a prepare recipe: its steps."""

    @property
    def raw_steps(self) -> list[PrepareStep]:
        """The preparation steps, as DSS's JSON, to edit in place."""
        steps: list[PrepareStep] = self.obj_payload.setdefault("steps", [])
        return steps

    def add_processor_step(self, type: str, params: dict[str, Any]) -> None:  # noqa: A002
        """Add a step (``ColumnRenamer``, ``FillEmptyWithValue``, ...) with its parameters."""
        self.raw_steps.append({"metaType": "PROCESSOR", "type": type, "params": params})


class JoinRecipeSettings(DSSRecipeSettings):
    """The settings of a join recipe: its virtual inputs (each pointing at an input by index) and joins."""

    @property
    def raw_virtual_inputs(self) -> list[VirtualInput]:
        """The join's virtual inputs, as DSS's JSON, to edit in place."""
        inputs: list[VirtualInput] = self.obj_payload.setdefault("virtualInputs", [])
        return inputs

    @property
    def raw_joins(self) -> list[Join]:
        """The joins, as DSS's JSON, to edit in place."""
        joins: list[Join] = self.obj_payload.setdefault("joins", [])
        return joins

    def add_virtual_input(self, input_dataset_index: int) -> None:
        """Add a virtual input reading the input at ``input_dataset_index``."""
        self.raw_virtual_inputs.append({"index": input_dataset_index})

    def add_pre_join_computed_column(self, virtual_input_index: int, computed_column: dict[str, Any]) -> None:
        """Add a column computed on a virtual input before the join."""
        self.raw_virtual_inputs[virtual_input_index].setdefault("computedColumns", []).append(computed_column)

    def add_join(self, join_type: str = "LEFT", input1: int = 0, input2: int = 1) -> Join:
        """Add a join without conditions between two virtual inputs; returns it (add conditions to it)."""
        join: Join = {"conditionsMode": "AND", "on": [], "table1": input1, "table2": input2, "type": join_type}
        self.raw_joins.append(join)
        return join

    @staticmethod
    def add_condition_to_join(
        join: Join,
        type: str = "EQ",  # noqa: A002
        column1: str | None = None,
        column2: str | None = None,
    ) -> JoinCondition:
        """Add a condition (``EQ`` by default) on ``column1`` and ``column2`` to ``join``; returns it."""
        condition: JoinCondition = {
            "type": type,
            "column1": {"name": column1, "table": join["table1"]},
            "column2": {"name": column2, "table": join["table2"]},
        }
        join["on"].append(condition)
        return condition

    def add_post_join_computed_column(self, computed_column: dict[str, Any]) -> None:
        """Add a column computed after the join."""
        self.obj_payload.setdefault("computedColumns", []).append(computed_column)

    def set_post_filter(self, postfilter: dict[str, Any]) -> None:
        """Set the filter applied after the join."""
        self.obj_payload["postFilter"] = postfilter

    # -- unmatched rows (issue 18) --

    def set_unmatched_output(self, ref: str, side: str = "right", append_mode: bool = False) -> None:
        """Write the rows of one side that the join does not match into the dataset ``ref``.

        The recipe must have a single join, of a type that leaves unmatched rows on that side
        (``INNER``, or ``LEFT`` for the right side, ``RIGHT`` for the left one).
        """
        if side not in ("right", "left"):
            raise ValueError(f"Unknown side : {side}")
        if len(self.raw_joins) != 1:
            raise DataikuException("Unmatched output can only be set on recipe that have a single join")
        join_type = self.raw_joins[0]["type"]
        if join_type not in ("RIGHT", "LEFT", "INNER") or (side, join_type) in (("left", "LEFT"), ("right", "RIGHT")):
            raise DataikuException(f"No unmatched rows for {side} side with join type {join_type}")
        role = "unmatchedRight" if side == "right" else "unmatchedLeft"
        nested_dict(self._roles("outputs"), role)["items"] = [{"ref": ref, "appendMode": append_mode}]


class CodeRecipeSettings(DSSRecipeSettings):
    """The settings of a code recipe: its code, and its code environment."""

    def get_code(self) -> str | None:
        """The recipe's code."""
        return self.str_payload

    def set_code(self, code: str) -> None:
        """Replace the recipe's code (saved with ``save()``)."""
        self.set_payload(code)

    def get_code_env_settings(self) -> RecipeDefinitionParamsEnvSelection | None:
        """The code env selection (``envMode``, ``envName``); None if DSS sent a null one."""
        params = self.get_recipe_params()
        if "envSelection" not in params:
            raise ValueError("This recipe kind does not seem to take a code env selection")
        return params["envSelection"]

    def set_code_env(self, code_env: str | None = None, inherit: bool = False, use_builtin: bool = False) -> None:
        """Run with a named code environment, the project's (``inherit``), or the built-in one."""
        params = self.get_recipe_params()
        if "envSelection" not in params:
            raise ValueError("This recipe kind does not seem to take a code env selection")
        if code_env is not None:
            params["envSelection"] = {"envMode": "EXPLICIT_ENV", "envName": code_env}
        elif inherit:
            params["envSelection"] = {"envMode": "INHERIT"}
        elif use_builtin:
            params["envSelection"] = {"envMode": "USE_BUILTIN_MODE"}
        else:
            raise ValueError("No env setting selected")


# The settings classes the official client gives these visual recipe types. Like the official ones, they add
# nothing to DSSRecipeSettings: their payload is read and set with its JSON helpers.


class GenerateFeaturesRecipeSettings(DSSRecipeSettings):
    """The settings of a Generate features recipe (type ``generate_features``)."""


class WindowRecipeSettings(DSSRecipeSettings):
    """The settings of a Window recipe (type ``window``)."""


class PivotRecipeSettings(DSSRecipeSettings):
    """The settings of a Pivot recipe (type ``pivot``)."""


class TopNRecipeSettings(DSSRecipeSettings):
    """The settings of a Top N recipe (type ``topn``)."""


class DistinctRecipeSettings(DSSRecipeSettings):
    """The settings of a Distinct recipe (type ``distinct``)."""


class SamplingRecipeSettings(DSSRecipeSettings):
    """The settings of a Sampling / filtering recipe (type ``sampling``)."""


class DownloadRecipeSettings(DSSRecipeSettings):
    """The settings of a Download recipe (type ``download``)."""


class ExportRecipeSettings(DSSRecipeSettings):
    """The settings of an Export recipe (type ``export``)."""


class EmbedDocumentsRecipeSettings(DSSRecipeSettings):
    """The settings of an Embed documents recipe (type ``embed_documents``)."""


class ExtractContentRecipeSettings(DSSRecipeSettings):
    """The settings of an Extract content recipe (type ``extract_content``)."""


class ExtractFieldsRecipeSettings(DSSRecipeSettings):
    """The settings of an Extract fields recipe (type ``extract_fields``)."""


class PromptRecipeSettings(DSSRecipeSettings):
    """The settings of a Prompt recipe (type ``prompt``)."""


class EmbedDatasetRecipeSettings(DSSRecipeSettings):
    """The settings of an Embed dataset recipe (type ``nlp_llm_rag_embedding``): the column embedded, the row limit."""

    @property
    def embedding_column(self) -> str | None:
        """The column whose text is embedded (settable)."""
        column: str | None = _payload_dict(self).get("knowledgeColumn")
        return column

    @embedding_column.setter
    def embedding_column(self, column: str | None) -> None:
        _payload_dict(self)["knowledgeColumn"] = column

    @property
    def max_records(self) -> int | None:
        """The most records embedded, or None for all (settable)."""
        records: int | None = _payload_dict(self).get("maxRecords")
        return records

    @max_records.setter
    def max_records(self, records: int | None) -> None:
        _payload_dict(self)["maxRecords"] = records


class StackRecipeSettings(DSSRecipeSettings):
    """The settings of a Stack recipe (type ``vstack``): how its inputs' columns make the output's.

    Each input of the recipe is a virtual input (``raw_virtual_inputs``), numbered from 0 in the
    mappings below. Unlike the official client, which warns and skips an index past the last input,
    these helpers refuse it with ValueError and change nothing.
    """

    @property
    def raw_virtual_inputs(self) -> list[VirtualInput]:
        """The virtual inputs themselves (edit them in place, then :meth:`save`)."""
        inputs: list[VirtualInput] = _payload_dict(self).setdefault("virtualInputs", [])
        return inputs

    @property
    def columns_selection_mode(self) -> str | None:
        """UNION, INTERSECT, FROM_DATASET, REMAP, CUSTOM or FROM_INDEX."""
        mode: str | None = _payload_dict(self).get("mode")
        return mode

    def set_union_input_schema_mode(self) -> None:
        """The output has every column of every input."""
        _payload_dict(self)["mode"] = "UNION"

    def set_intersection_input_schema_mode(self) -> None:
        """The output has the columns every input has."""
        _payload_dict(self)["mode"] = "INTERSECT"

    def set_from_dataset_input_schema_mode(self, dataset_name: str) -> None:
        """The output has the columns of that input dataset."""
        payload = _payload_dict(self)
        payload["mode"] = "FROM_DATASET"
        payload["copySchemaFromDatasetWithName"] = dataset_name

    def set_custom_remapping_mode(self, columns_mapping: dict[str, dict[int, str]]) -> None:
        """Output columns of your own: each output column name -> {input index: that input's column}."""
        inputs = self.raw_virtual_inputs
        self._check_indexes([index for mapping in columns_mapping.values() for index in mapping])
        payload = _payload_dict(self)
        payload["mode"] = "REMAP"
        payload["selectedColumns"] = list(columns_mapping)
        for virtual_input in inputs:
            virtual_input["columnsMatch"] = [""] * len(columns_mapping)
        for position, mapping in enumerate(columns_mapping.values()):
            for index, column in mapping.items():
                inputs[index]["columnsMatch"][position] = column

    def add_origin_column(self, column_name: str, dataset_origin_mapping: dict[int, str]) -> None:
        """Add a column telling each row's input: input index -> its label (an input left out gets its name)."""
        inputs = self.raw_virtual_inputs
        self._check_indexes(list(dataset_origin_mapping))
        payload = _payload_dict(self)
        payload["addOriginColumn"] = True
        payload["originColumnName"] = column_name
        for index, label in dataset_origin_mapping.items():
            inputs[index]["originLabel"] = label

    def remove_origin_column(self) -> None:
        """Stop adding the column naming each row's input."""
        _payload_dict(self)["addOriginColumn"] = False

    def _check_indexes(self, indexes: list[object]) -> None:
        # Typed int by the public signatures, checked as anything: scripts without a type checker pass strings.
        count = len(self.raw_virtual_inputs)
        wrong = [i for i in indexes if isinstance(i, bool) or not isinstance(i, int) or not 0 <= i < count]
        if wrong:
            raise ValueError(f"The recipe has {count} inputs (numbered from 0): no input {wrong[0]!r}")


class UpsertRecipeSettings(DSSRecipeSettings):
    """The settings of an Upsert recipe (type ``upsert``): its keys and computed columns."""

    def clear_upsert_keys(self) -> None:
        """Remove every upsert key."""
        _payload_dict(self)["keys"] = []

    def add_upsert_key(self, column: str) -> None:
        """Upsert on one more column."""
        _payload_dict(self).setdefault("keys", []).append({"column": column})

    def add_computed_column(self, computed_column: dict[str, Any]) -> None:
        """Add a computed column (``mode`` GREL or SQL, ``name``, ``type``, ``expr``) applied on the input."""
        _payload_dict(self).setdefault("computedColumns", []).append(computed_column)


class SortRecipeSettings(DSSRecipeSettings):
    """The settings of a Sort recipe (type ``sort``): its sorting keys, and the rank columns it adds."""

    @property
    def row_number_column_enabled(self) -> bool:
        """Whether a row number column is added (settable)."""
        return bool(_payload_dict(self).get("rowNumber", False))

    @row_number_column_enabled.setter
    def row_number_column_enabled(self, enabled: bool) -> None:
        _payload_dict(self)["rowNumber"] = enabled

    @property
    def rank_column_enabled(self) -> bool:
        """Whether a rank column is added (settable)."""
        return bool(_payload_dict(self).get("rank", False))

    @rank_column_enabled.setter
    def rank_column_enabled(self, enabled: bool) -> None:
        _payload_dict(self)["rank"] = enabled

    @property
    def dense_rank_column_enabled(self) -> bool:
        """Whether a dense rank column is added (settable)."""
        return bool(_payload_dict(self).get("denseRank", False))

    @dense_rank_column_enabled.setter
    def dense_rank_column_enabled(self, enabled: bool) -> None:
        _payload_dict(self)["denseRank"] = enabled

    def clear_sorting_keys(self) -> None:
        """Remove every sort key."""
        _payload_dict(self)["orders"] = []

    def add_sorting_key(self, column: str | None, ascending: bool = True) -> None:
        """Sort by one more column (a None column is ignored, as by the official client)."""
        if column is not None:
            _payload_dict(self).setdefault("orders", []).append({"column": column, "desc": not ascending})


def _payload_dict(settings: DSSRecipeSettings) -> dict[str, Any]:
    """The JSON payload of a visual recipe as a dict, an empty one if the recipe has none yet."""
    payload = settings.obj_payload
    if payload is None:
        empty: dict[str, Any] = {}
        settings.set_json_payload(empty)
        return empty
    if not is_object(payload):
        raise ValueError(f"The payload of recipe {settings.recipe.recipe_name!r} is not a JSON object")
    return payload


class SplitRecipeSettings(DSSRecipeSettings):
    """The settings of a split recipe: how it dispatches its input's rows among its outputs (issue 18).

    Each ``set_split_on_...`` method sets the mode and its splits. A split is a dict whose
    ``output`` says where its rows go: ``{"mode": "dataset", "value": name}``, ``{"mode": "index",
    "value": index}`` (of the recipe's outputs) or ``{"mode": "drop"}``; the rows no split takes go
    to ``default_output_index`` or the dataset named ``default_output`` (dropped when neither).
    """

    class FieldName:
        """The bounds of a range split."""

        MIN = "min"
        MAX = "max"

    def __init__(self, recipe: DSSRecipe, data: RecipeAndPayload, project: DSSProject | None = None) -> None:
        super().__init__(recipe, data)
        self.project = project if project is not None else recipe.client.get_project(recipe.project_key)

    @property
    def split_mode(self) -> str:
        """The mode: ``VALUES``, ``RANGE``, ``RANDOM``, ``RANDOM_COLUMNS``, ``FILTERS`` or ``CENTILE``."""
        mode = _payload_dict(self).get("mode")
        if mode is None:
            raise DataikuException("Split mode not set yet, cannot be retrieved.")
        return str(mode)

    def set_split_on_single_column_values(
        self,
        column_name: str,
        splits: list[dict[str, Any]],
        default_output_index: int | None = None,
        default_output: str | None = None,
    ) -> None:
        """Dispatch rows by the value of a column: each split's ``value`` (reads the input's schema).

        (operation ``getDatasetSchema``)
        """
        schema = self.project.get_dataset(self.get_flat_input_refs()[0]).get_schema()
        column = next((c for c in schema["columns"] if c.get("name") == column_name), None)
        if column is None:
            raise DataikuException(f"column {column_name} not found in the input dataset schema.")
        payload = _payload_dict(self)
        payload["mode"] = "VALUES"
        payload["column"] = column_name
        payload["valueSplits"] = self._value_splits(column.get("type"), splits)
        payload["defaultOutputIndex"] = self._output_index(default_output_index, default_output)

    def set_split_on_single_column_ranges(
        self,
        column_name: str,
        column_type: str,
        splits: list[dict[str, Any]],
        default_output_index: int | None = None,
        default_output: str | None = None,
    ) -> None:
        """Dispatch rows by ranges of a ``num``, ``date`` or ``datetime`` column: each split's ``min`` and ``max``

        (``include_min`` and ``include_max`` true unless said otherwise; dates as ``date``,
        ``datetime`` or ISO strings, UTC when naive).
        """
        payload = _payload_dict(self)
        payload["mode"] = "RANGE"
        payload["column"] = column_name
        payload["rangeSetTime"] = column_type == "datetime"
        as_filters = [
            {"output": split.get("output"), "filter": self._range_filter(column_name, column_type, split)}
            for split in splits
        ]
        payload["rangeSplits"] = self._splits(as_filters, ["filter"])
        payload["defaultOutputIndex"] = self._output_index(default_output_index, default_output)

    def set_split_on_random_ratio(
        self,
        splits: list[dict[str, Any]],
        seed: int = 1337,
        default_output_index: int | None = None,
        default_output: str | None = None,
    ) -> None:
        """Dispatch rows at random: each split takes its ``share`` (a percentage) of them."""
        payload = _payload_dict(self)
        payload["mode"] = "RANDOM"
        payload["seed"] = seed
        payload["randomSplits"] = self._splits(splits, ["share"])
        payload["defaultOutputIndex"] = self._output_index(default_output_index, default_output)

    def set_split_on_random_columns(
        self,
        random_columns: list[str],
        splits: list[dict[str, Any]],
        seed: int = 1337,
        default_output_index: int | None = None,
        default_output: str | None = None,
    ) -> None:
        """Dispatch groups of rows (same values of ``random_columns``) at random, by each split's ``share``."""
        payload = _payload_dict(self)
        payload["mode"] = "RANDOM_COLUMNS"
        payload["seed"] = seed
        payload["randomColumns"] = random_columns
        payload["randomColumnsSplits"] = self._splits(splits, ["share"])
        payload["defaultOutputIndex"] = self._output_index(default_output_index, default_output)

    def set_split_on_filters(
        self, splits: list[dict[str, Any]], default_output_index: int | None = None, default_output: str | None = None
    ) -> None:
        """Dispatch rows by filters: each split's ``filter`` (a DSS filter dict)."""
        payload = _payload_dict(self)
        payload["mode"] = "FILTERS"
        payload["filterSplits"] = self._splits(splits, ["filter"])
        payload["defaultOutputIndex"] = self._output_index(default_output_index, default_output)

    def set_split_on_centiles(
        self,
        centile_orders: list[dict[str, Any]],
        splits: list[dict[str, Any]],
        default_output_index: int | None = None,
        default_output: str | None = None,
    ) -> None:
        """Dispatch rows by centiles of the ordering ``centile_orders`` gives: each split its ``share``."""
        payload = _payload_dict(self)
        payload["mode"] = "CENTILE"
        payload["centileOrders"] = centile_orders
        payload["centileSplits"] = self._splits(splits, ["share"])
        payload["defaultOutputIndex"] = self._output_index(default_output_index, default_output)

    # -- the splits as DSS stores them --

    def _outputs(self) -> list[str]:
        items = self.get_recipe_outputs().get("main", {}).get("items", [])
        return [item["ref"] for item in items if item.get("ref")]

    def _output_index(
        self, output_index: int | None = None, output_name: str | None = None, outputs: list[str] | None = None
    ) -> int:
        if output_index is not None:
            return output_index
        if output_name is None:
            return -1
        available = outputs if outputs is not None else self._outputs()
        if output_name not in available:
            raise ValueError(f"Output dataset '{output_name}' not found in available outputs: {available}")
        return available.index(output_name)

    def _split_output_index(self, output: Any, outputs: list[str]) -> int:
        if not isinstance(output, dict):
            raise ValueError("No output node in split.")
        target = cast("dict[str, Any]", output)
        mode, value = target.get("mode"), target.get("value")
        if mode == "drop":
            return -1
        if mode == "index":
            if isinstance(value, bool) or not isinstance(value, int):
                raise ValueError(f"In index mode, the value of output {target} is an int")
            if value >= len(outputs):
                raise ValueError(f"Index {value} for output {target} must be smaller than {len(outputs)} outputs")
            return value
        if mode == "dataset":
            if not isinstance(value, str):
                raise ValueError(f"In dataset mode, the value of output {target} is a dataset name")
            return self._output_index(output_name=value, outputs=outputs)
        raise ValueError(f"Unknown mode '{mode}' for output {target}: use 'dataset', 'index' or 'drop'")

    def _splits(self, splits: list[dict[str, Any]], keys: list[str]) -> list[dict[str, Any]]:
        outputs = self._outputs()
        formatted: list[dict[str, Any]] = []
        for split in splits:
            entry: dict[str, Any] = {"outputIndex": self._split_output_index(split.get("output"), outputs)}
            entry.update({key: copy.deepcopy(split[key]) for key in keys if key in split})
            formatted.append(entry)
        return formatted

    def _value_splits(self, column_type: Any, splits: list[dict[str, Any]]) -> list[dict[str, Any]]:
        if column_type != "boolean":
            return self._splits(splits, ["value"])
        # A boolean column: values "true" and "false", each once, true first; a missing one dropped.
        completed = [
            {
                **split,
                "value": ("true" if value else "false") if isinstance(value := split.get("value"), bool) else value,
            }
            for split in splits
        ]
        values = [split.get("value") for split in completed]
        if any(value not in ("true", "false") for value in values):
            raise ValueError("For columns of type boolean, each split's value is 'true' or 'false'")
        if len(values) != len(set(values)):
            raise DataikuException("Error : duplicates found in list of splits.")
        for missing in ("true", "false"):
            if missing not in values:
                completed.append({"output": {"mode": "drop"}, "value": missing})
        completed.sort(key=lambda split: split["value"] != "true")
        return self._splits(completed, ["value"])

    def _range_filter(self, column: str, column_type: str, split: dict[str, Any]) -> dict[str, Any]:
        if column_type in ("date", "datetime") and not ("min" in split and "max" in split):
            raise DataikuException(f"Error in range split {split}: a date range needs a min and a max bound")
        conditions = [
            condition
            for field in (self.FieldName.MIN, self.FieldName.MAX)
            if (condition := self._bound(field, column, column_type, split)) is not None
        ]
        return {"enabled": True, "uiData": {"conditions": conditions, "mode": "&&"}}

    @staticmethod
    def _bound(field: str, column: str, column_type: str, split: dict[str, Any]) -> dict[str, Any] | None:
        if field not in split:
            return None
        inclusive = split.get(f"include_{field}", True)
        sign = (">" if field == "min" else "<") + ("=" if inclusive else " ")
        value = split[field]
        if column_type == "num":
            return {"input": column, "operator": f"{sign} [number]", "num": value}
        if column_type not in ("date", "datetime"):
            raise DataikuException("column_type can only be equal to date, datetime or num.")
        if isinstance(value, str):
            moment = datetime.datetime.fromisoformat(value)
            moment = moment if moment.tzinfo is not None else moment.replace(tzinfo=datetime.UTC)
        elif isinstance(value, datetime.datetime):
            moment = value
        elif isinstance(value, datetime.date):
            moment = datetime.datetime.combine(value, datetime.time(), tzinfo=datetime.UTC)
        else:
            raise ValueError(f"for column_type {column_type}, {field} can only be of type str, date or datetime.")
        utc = moment.astimezone(datetime.UTC)
        time = utc.strftime("%H:%M") if column_type == "datetime" else "00:00"
        return {"input": column, "operator": f"{sign} [date]", "date": utc.strftime("%Y-%m-%d"), "time": time}


_SETTINGS_BY_TYPE: dict[Any, type[DSSRecipeSettings]] = {
    "split": SplitRecipeSettings,
    "sync": SyncRecipeSettings,
    "grouping": GroupingRecipeSettings,
    "prepare": PrepareRecipeSettings,
    "shaker": PrepareRecipeSettings,
    "join": JoinRecipeSettings,
    "generate_features": GenerateFeaturesRecipeSettings,
    "window": WindowRecipeSettings,
    "pivot": PivotRecipeSettings,
    "topn": TopNRecipeSettings,
    "distinct": DistinctRecipeSettings,
    "sampling": SamplingRecipeSettings,
    "download": DownloadRecipeSettings,
    "export": ExportRecipeSettings,
    "embed_documents": EmbedDocumentsRecipeSettings,
    "extract_content": ExtractContentRecipeSettings,
    "extract_fields": ExtractFieldsRecipeSettings,
    "prompt": PromptRecipeSettings,
    "upsert": UpsertRecipeSettings,
    "vstack": StackRecipeSettings,
    "nlp_llm_rag_embedding": EmbedDatasetRecipeSettings,
    "sort": SortRecipeSettings,
}


class DSSRecipeDefinitionAndPayload(DSSRecipeSettings):
    """A recipe's definition and payload as the deprecated :meth:`DSSRecipe.get_definition_and_payload` gives them.

    The same object as :class:`DSSRecipeSettings`, under the official client's name for it.
    """


class RequiredSchemaUpdates:
    """The outputs of a recipe whose schema would change (:meth:`DSSRecipe.compute_schema_updates`)."""

    def __init__(self, recipe: DSSRecipe, data: RecipeSchemaUpdates) -> None:
        self.recipe = recipe
        self.data = data
        self.drop_and_recreate = True
        self.synchronize_metastore = True

    def __repr__(self) -> str:
        return f"{type(self).__name__}(total_incompatibilities={self.data.get('totalIncompatibilities')!r})"

    def any_action_required(self) -> bool:
        """Whether some output's schema needs updating."""
        return bool(self.data["totalIncompatibilities"] > 0)

    def apply(self) -> list[Acknowledgement]:
        """Give each of those outputs its new schema. (operation ``updateRecipeOutputSchema``)"""
        answers: list[Acknowledgement] = []
        for computable in self.data["computables"]:
            body = {
                "computableType": computable["type"],
                "computableId": computable["datasetName"] if computable["type"] == "DATASET" else computable["id"],
                "newSchema": computable["newSchema"],
                "dropAndRecreate": self.drop_and_recreate,
                "synchronizeMetastore": self.synchronize_metastore,
            }
            answers.append(
                self.recipe.client._requester.json(
                    recipes.update_recipe_output_schema.request_kwargs,
                    self.recipe.project_key,
                    self.recipe.recipe_name,
                    body=json_body(body),
                )
            )
        return answers


# -- creating recipes --------------------------------------------------------------------------------


class DSSRecipeCreator(Generic[RecipeSettingsT]):
    """Builds a new recipe; :meth:`create` it. Get one with :meth:`DSSProject.new_recipe`."""

    def __init__(self, type: str, name: str | None, project: DSSProject) -> None:  # noqa: A002
        self.project = project
        self.recipe_proto: dict[str, Any] = {"inputs": {}, "outputs": {}, "type": type, "name": name}
        self.creation_settings: dict[str, Any] = {}
        # Outputs to delete (with their data) before the recipe is created: with_new_output(overwrite=True).
        self._overwritten: list[str] = []

    def __repr__(self) -> str:
        return f"{type(self).__name__}(type={self.recipe_proto['type']!r}, name={self.recipe_proto['name']!r})"

    def set_name(self, name: str) -> None:
        """Set the name of the recipe to create."""
        self.recipe_proto["name"] = name

    def _build_ref(self, object_id: str, project_key: str | None = None) -> str:
        if project_key is not None and project_key != self.project.project_key:
            return f"{project_key}.{object_id}"
        return object_id

    def _with_input(self, dataset_name: str, project_key: str | None = None, role: str = "main") -> Self:
        _role(self.recipe_proto["inputs"], role).append({"ref": self._build_ref(dataset_name, project_key)})
        return self

    def _with_output(self, dataset_name: str, append: bool = False, role: str = "main") -> Self:
        _role(self.recipe_proto["outputs"], role).append({"ref": dataset_name, "appendMode": append})
        return self

    def _get_input_refs(self) -> list[str]:
        return [item["ref"] for _, item in _flat(self.recipe_proto["inputs"])]

    def with_input(self, input_id: str, project_key: str | None = None, role: str = "main") -> Self:
        """Read this dataset (of another project when ``project_key`` says so)."""
        return self._with_input(input_id, project_key, role)

    def with_output(self, output_id: str, append: bool = False, role: str = "main") -> Self:
        """Write into this existing dataset (appending, or replacing its rows)."""
        return self._with_output(output_id, append, role)

    def set_raw_mode(self) -> None:
        """Create the recipe exactly as the prototype says: nothing checked, no output created."""
        self.creation_settings["rawCreation"] = True

    def _before_creation(self) -> list[str]:
        """Make what the recipe needs before it is created; returns the names of the datasets made."""
        return []

    def _finish_creation_settings(self) -> None:
        pass

    def build(self) -> DSSRecipe[RecipeSettingsT]:
        """Deprecated alias of :meth:`create`."""
        return self.create()

    def create(self) -> DSSRecipe[RecipeSettingsT]:
        """Create the recipe (and its new outputs); returns its handle. (operation ``createRecipe``)"""
        for name in self._overwritten:
            dataset = self.project.get_dataset(name)
            if dataset.exists():
                dataset.delete(drop_data=True)
        self._overwritten = []
        made = self._before_creation()
        self._finish_creation_settings()
        try:
            recipe = self.project.create_recipe(self.recipe_proto, self.creation_settings)
            return cast("DSSRecipe[RecipeSettingsT]", recipe)
        except DataikuException:
            # Nothing half-created: the outputs made for a recipe that DSS refused go with it.
            for name in made:
                try:
                    self.project.get_dataset(name).delete(drop_data=True)
                except DataikuException:
                    pass
            raise


class SingleOutputRecipeCreator(DSSRecipeCreator[RecipeSettingsT]):
    """Builds a recipe with one output, existing or created with the recipe."""

    def __init__(self, type: str, name: str | None, project: DSSProject) -> None:  # noqa: A002
        super().__init__(type, name, project)
        self.create_output_dataset: bool | None = None
        self.output_dataset_settings: dict[str, Any] | None = None
        self.create_output_folder: bool | None = None
        self.output_folder_settings: dict[str, Any] | None = None

    def with_existing_output(self, output_id: str, append: bool = False) -> Self:
        """Write into this existing dataset."""
        if self.create_output_dataset is not None:
            raise ValueError("This recipe already has an output")
        self.create_output_dataset = False
        self._with_output(output_id, append)
        return self

    def with_new_output(
        self,
        name: str,
        connection: str,
        type: str | None = None,  # noqa: A002
        format: str | None = None,  # noqa: A002
        override_sql_schema: Any = None,
        partitioning_option_id: str | None = None,
        append: bool = False,
        object_type: str = "DATASET",
        overwrite: bool = False,
        **kwargs: Any,
    ) -> Self:
        """Write into a new dataset (or managed folder), created with the recipe on ``connection``.

        With ``overwrite``, a dataset of that name is deleted with its data when the recipe
        is created (the official client deletes it right away).
        """
        connection, type, format = _output_aliases(kwargs, connection, type, format)  # noqa: A001
        if object_type == "DATASET":
            if self.create_output_dataset is not None:
                raise ValueError("This recipe already has an output")
            if overwrite:
                self._overwritten.append(name)
            self.create_output_dataset = True
            self.output_dataset_settings = _dataset_creation_settings(
                connection, type, format, override_sql_schema, partitioning_option_id
            )
            self._with_output(name, append)
        elif object_type == "MANAGED_FOLDER":
            if self.create_output_folder is not None:
                raise ValueError("This recipe already has an output folder")
            self.create_output_folder = True
            self.output_folder_settings = {
                "connectionId": connection,
                "typeOptionId": type,
                "partitioningOptionId": partitioning_option_id,
            }
            self._with_output(name, append)
        return self

    def with_output(self, output_id: str, append: bool = False, role: str = "main") -> Self:
        """Write into this existing dataset (the alias of :meth:`with_existing_output`)."""
        return self.with_existing_output(output_id, append)

    def _finish_creation_settings(self) -> None:
        self.creation_settings["createOutputDataset"] = self.create_output_dataset
        self.creation_settings["outputDatasetSettings"] = self.output_dataset_settings
        self.creation_settings["createOutputFolder"] = self.create_output_folder
        self.creation_settings["outputFolderSettings"] = self.output_folder_settings


class VirtualInputsSingleOutputRecipeCreator(SingleOutputRecipeCreator[RecipeSettingsT]):
    """Builds a recipe of several inputs (join, stack, ...): DSS makes its inputs from ``virtualInputs``."""

    def __init__(self, type: str, name: str | None, project: DSSProject) -> None:  # noqa: A002
        super().__init__(type, name, project)
        self.virtual_inputs: list[str] = []

    def with_input(self, input_id: str, project_key: str | None = None, role: str = "main") -> Self:
        """Add an input (of another project with ``project_key``); returns the builder."""
        self.virtual_inputs.append(self._build_ref(input_id, project_key))
        return self

    def _get_input_refs(self) -> list[str]:
        return list(self.virtual_inputs)

    def _finish_creation_settings(self) -> None:
        super()._finish_creation_settings()
        self.creation_settings["virtualInputs"] = self.virtual_inputs


class SyncRecipeCreator(SingleOutputRecipeCreator[SyncRecipeSettings]):
    """Builds a sync recipe (it copies its input's rows into its output)."""

    def __init__(self, name: str | None, project: DSSProject) -> None:
        super().__init__("sync", name, project)


class GroupingRecipeCreator(SingleOutputRecipeCreator[GroupingRecipeSettings]):
    """Builds a grouping recipe; :meth:`with_group_key` sets its first key."""

    def __init__(self, name: str | None, project: DSSProject) -> None:
        super().__init__("grouping", name, project)
        self.group_key: str | None = None

    def with_group_key(self, group_key: str) -> Self:
        """Group by this column; returns the builder."""
        self.group_key = group_key
        return self

    def _finish_creation_settings(self) -> None:
        super()._finish_creation_settings()
        if self.group_key is not None:
            self.creation_settings["groupKey"] = self.group_key


class PrepareRecipeCreator(SingleOutputRecipeCreator[PrepareRecipeSettings]):
    """Builds a prepare recipe (type ``shaker``)."""

    def __init__(self, name: str | None, project: DSSProject) -> None:
        super().__init__("shaker", name, project)


class JoinRecipeCreator(VirtualInputsSingleOutputRecipeCreator[JoinRecipeSettings]):
    """Builds a join recipe; DSS joins its inputs on a column they share by name, to begin with."""

    def __init__(self, name: str | None, project: DSSProject) -> None:
        super().__init__("join", name, project)


# The builders of the official client for these types: each fixes its recipe type, as the official ones do.


class SortRecipeCreator(SingleOutputRecipeCreator[SortRecipeSettings]):
    """Builds a sort recipe (type ``sort``)."""

    def __init__(self, name: str | None, project: DSSProject) -> None:
        super().__init__("sort", name, project)


class DistinctRecipeCreator(SingleOutputRecipeCreator[DistinctRecipeSettings]):
    """Builds a distinct recipe (type ``distinct``)."""

    def __init__(self, name: str | None, project: DSSProject) -> None:
        super().__init__("distinct", name, project)


class WindowRecipeCreator(SingleOutputRecipeCreator[WindowRecipeSettings]):
    """Builds a window recipe (type ``window``)."""

    def __init__(self, name: str | None, project: DSSProject) -> None:
        super().__init__("window", name, project)


class PivotRecipeCreator(SingleOutputRecipeCreator[PivotRecipeSettings]):
    """Builds a pivot recipe (type ``pivot``)."""

    def __init__(self, name: str | None, project: DSSProject) -> None:
        super().__init__("pivot", name, project)


class SamplingRecipeCreator(SingleOutputRecipeCreator[SamplingRecipeSettings]):
    """Builds a sampling / filtering recipe (type ``sampling``)."""

    def __init__(self, name: str | None, project: DSSProject) -> None:
        super().__init__("sampling", name, project)


class DownloadRecipeCreator(SingleOutputRecipeCreator[DownloadRecipeSettings]):
    """Builds a download recipe (type ``download``)."""

    def __init__(self, name: str | None, project: DSSProject) -> None:
        super().__init__("download", name, project)


class ContinuousSyncRecipeCreator(SingleOutputRecipeCreator[DSSRecipeSettings]):
    """Builds a continuous sync recipe (type ``csync``)."""

    def __init__(self, name: str | None, project: DSSProject) -> None:
        super().__init__("csync", name, project)


class SQLQueryRecipeCreator(SingleOutputRecipeCreator[DSSRecipeSettings]):
    """Builds a SQL query recipe (type ``sql_query``)."""

    def __init__(self, name: str | None, project: DSSProject) -> None:
        super().__init__("sql_query", name, project)


class TopNRecipeCreator(DSSRecipeCreator[TopNRecipeSettings]):
    """Builds a top N recipe (type ``topn``)."""

    def __init__(self, name: str | None, project: DSSProject) -> None:
        super().__init__("topn", name, project)


class StackRecipeCreator(VirtualInputsSingleOutputRecipeCreator[StackRecipeSettings]):
    """Builds a stack recipe (its inputs one after the other) (type ``vstack``)."""

    def __init__(self, name: str | None, project: DSSProject) -> None:
        super().__init__("vstack", name, project)


class GenerateFeaturesRecipeCreator(VirtualInputsSingleOutputRecipeCreator[GenerateFeaturesRecipeSettings]):
    """Builds a generate features recipe (type ``generate_features``)."""

    def __init__(self, name: str | None, project: DSSProject) -> None:
        super().__init__("generate_features", name, project)


class FuzzyJoinRecipeCreator(VirtualInputsSingleOutputRecipeCreator[DSSRecipeSettings]):
    """Builds a fuzzy join recipe (type ``fuzzyjoin``)."""

    def __init__(self, name: str | None, project: DSSProject) -> None:
        super().__init__("fuzzyjoin", name, project)


class GeoJoinRecipeCreator(VirtualInputsSingleOutputRecipeCreator[DSSRecipeSettings]):
    """Builds a geo join recipe (type ``geojoin``)."""

    def __init__(self, name: str | None, project: DSSProject) -> None:
        super().__init__("geojoin", name, project)


class UpsertRecipeCreator(SingleOutputRecipeCreator[UpsertRecipeSettings]):
    """Builds an upsert recipe (type ``upsert``); :meth:`with_upsert_key` sets its first key."""

    def __init__(self, name: str | None, project: DSSProject) -> None:
        super().__init__("upsert", name, project)
        self.upsert_key: str | None = None

    def with_upsert_key(self, upsert_key: str) -> Self:
        """Upsert on this column; returns the builder."""
        self.upsert_key = upsert_key
        return self

    def _finish_creation_settings(self) -> None:
        super()._finish_creation_settings()
        if self.upsert_key is not None:
            self.creation_settings["upsertKey"] = self.upsert_key


class MultipleOutputRecipeCreator(DSSRecipeCreator[RecipeSettingsT]):
    """Builds a recipe with several outputs (split), each existing or created with the recipe."""

    def __init__(self, type: str, name: str | None, project: DSSProject) -> None:  # noqa: A002
        super().__init__(type, name, project)
        # Settings of each output created with the recipe, by output name.
        self.output_datasets_settings: dict[str, dict[str, Any]] = {}

    def with_existing_output(self, output_id: str, append: bool = False) -> Self:
        """Also write into this existing dataset."""
        return self._with_output(output_id, append)

    def with_new_output(
        self,
        name: str,
        connection: str,
        type: str | None = None,  # noqa: A002
        format: str | None = None,  # noqa: A002
        override_sql_schema: Any = None,
        partitioning_option_id: str | None = None,
        append: bool = False,
        overwrite: bool = False,
        **kwargs: Any,
    ) -> Self:
        """Also write into a new dataset, created with the recipe on ``connection``.

        With ``overwrite``, a dataset of that name is deleted with its data when the recipe
        is created (the official client deletes it right away).
        """
        connection, type, format = _output_aliases(kwargs, connection, type, format)  # noqa: A001
        if overwrite:
            self._overwritten.append(name)
        self.output_datasets_settings[name] = _dataset_creation_settings(
            connection, type, format, override_sql_schema, partitioning_option_id
        )
        return self._with_output(name, append)

    def with_output(self, output_id: str, append: bool = False, role: str = "main") -> Self:
        """Also write into this existing dataset (the alias of :meth:`with_existing_output`)."""
        return self.with_existing_output(output_id, append)

    def _finish_creation_settings(self) -> None:
        self.creation_settings["outputDatasetsCreationSettingsByRole"] = {"main": self.output_datasets_settings}


class SplitRecipeCreator(MultipleOutputRecipeCreator):
    """Builds a split recipe (it dispatches its input's rows among its outputs)."""

    def __init__(self, name: str | None, project: DSSProject) -> None:
        super().__init__("split", name, project)


class CodeRecipeCreator(DSSRecipeCreator[CodeRecipeSettings]):
    """Builds a code recipe (``python``, ``r``, ...): its code, inputs and outputs."""

    def __init__(self, name: str | None, type: str, project: DSSProject) -> None:  # noqa: A002
        super().__init__(type, name, project)
        self.script: str | None = None
        # Managed datasets that create() makes before the recipe: with_new_output_dataset.
        self._new_datasets: list[tuple[DSSManagedDatasetCreationHelper, bool]] = []
        # Managed streaming endpoints that create() makes before the recipe: with_new_output_streaming_endpoint.
        self._new_endpoints: list[tuple[DSSManagedStreamingEndpointCreationHelper, bool]] = []

    def with_script(self, script: str) -> Self:
        """Set the recipe's code; returns the builder."""
        self.script = script
        return self

    def with_new_output_dataset(
        self,
        name: str,
        connection: str,
        type: str | None = None,  # noqa: A002
        format: str | None = None,  # noqa: A002
        copy_partitioning_from: str | None = "FIRST_INPUT",
        append: bool = False,
        overwrite: bool = False,
        **kwargs: Any,
    ) -> Self:
        """Write into a managed dataset that :meth:`create` makes first. (operation ``createManagedDataset``)

        Its partitioning is copied from the first input (``FIRST_INPUT``), from another
        object (``dataset:<name>``), or none (None). The official client creates the dataset
        right here; this builder only records it (so that calls chain, in async code too), and
        :meth:`create` creates it before the recipe, deleting one of that name with ``overwrite``.
        """
        for key, value in kwargs.items():
            if key == "format_option_id":
                format = value  # noqa: A001
            elif key in ("typeOptionId", "type_option_id"):
                type = value  # noqa: A001
            else:
                raise TypeError(f"Unknown argument {key!r}")
        helper = self.project.new_managed_dataset(name).with_store_into(
            connection, type_option_id=type, format_option_id=format
        )
        if copy_partitioning_from == "FIRST_INPUT":
            inputs = self._get_input_refs()
            if inputs:
                self.creation_settings["partitioningOptionId"] = f"copy:dataset:{inputs[0]}"
        elif copy_partitioning_from is not None:
            self.creation_settings["partitioningOptionId"] = f"copy:{copy_partitioning_from}"
        self._new_datasets.append((helper, overwrite))
        self.with_output(name, append=append)
        return self

    def _before_creation(self) -> list[str]:
        pending, self._new_datasets = self._new_datasets, []
        made: list[str] = []
        for helper, overwrite in pending:
            helper.create(overwrite=overwrite)
            made.append(helper.dataset_name)
        return made

    def _finish_creation_settings(self) -> None:
        self.creation_settings["script"] = self.script

    # -- streaming (issue 18) --

    def with_new_output_streaming_endpoint(
        self,
        name: str,
        connection: str,
        format: str | None = None,  # noqa: A002
        overwrite: bool = False,
        **kwargs: Any,
    ) -> Self:
        """Write into a managed streaming endpoint that :meth:`create` makes first, on a Kafka or SQS
        connection, with a message format (``json``, ``avro``, ``single`` for Kafka; ``json``,
        ``string`` for SQS; None: the default). (operation ``createManagedStreamingEndpoint``)

        The official client creates the endpoint right here; this builder only records it (so
        that calls chain, in async code too), and :meth:`create` creates it before the recipe,
        deleting one of that name with ``overwrite``, and deletes it again if DSS refuses the recipe.
        """
        for key, value in kwargs.items():
            if key == "format_option_id":
                format = value  # noqa: A001
            else:
                raise TypeError(f"Unknown argument {key!r}")
        helper = self.project.new_managed_streaming_endpoint(name).with_store_into(connection, format_option_id=format)
        self._new_endpoints.append((helper, overwrite))
        self.with_output(name, append=False)
        return self

    def create(self) -> DSSRecipe[CodeRecipeSettings]:
        """Create the recipe (and its new outputs); returns its handle.

        (operations ``createManagedStreamingEndpoint``, ``createRecipe``)
        """
        pending, self._new_endpoints = self._new_endpoints, []
        made: list[str] = []
        try:
            for helper, overwrite in pending:
                helper.create(overwrite=overwrite)
                made.append(helper.streaming_endpoint_name)
            return super().create()
        except DataikuException:
            # Nothing half-created: the endpoints made for a recipe that DSS refused go with it.
            for name in made:
                try:
                    self.project.get_streaming_endpoint(name).delete()
                except DataikuException:
                    pass
            raise


class PythonRecipeCreator(CodeRecipeCreator):
    """Builds a Python recipe."""

    def __init__(self, name: str | None, project: DSSProject) -> None:
        super().__init__(name, "python", project)

    # -- functional recipes (issue 18) --

    def with_function_name(
        self, module_name: str, function_name: str, custom_template: str | None = None, **function_args: Any
    ) -> Self:
        """Make the recipe call ``module_name.function_name`` on its inputs' dataframes; returns the builder.

        The function takes the input's dataframe (a list of them when there are several) and the
        keyword arguments ``function_args`` (JSON values), and returns one dataframe per output (a
        list, or a single one). ``custom_template`` replaces the generated code: it is formatted
        with ``{module_name}``, ``{fname}`` and ``{params_json}``.
        """
        template = FUNCTION_RECIPE_TEMPLATE if custom_template is None else custom_template
        params_json = json.dumps(function_args)
        return self.with_script(template.format(module_name=module_name, fname=function_name, params_json=params_json))

    def with_function(self, fn: Callable[..., Any], custom_template: str | None = None, **function_args: Any) -> Self:
        """Make the recipe call ``fn`` (by its module and name: it must be importable in the recipe's environment).

        See :meth:`with_function_name`.
        """
        module = inspect.getmodule(fn)
        if module is None or module.__name__ == "__main__":
            raise ValueError(f"{fn!r} is not defined in a module the recipe can import")
        return self.with_function_name(module.__name__, fn.__name__, custom_template, **function_args)


# The code of a functional Python recipe (PythonRecipeCreator.with_function_name). Written for
# dssclient: the official client's template calls logging without importing it.
FUNCTION_RECIPE_TEMPLATE = """# Generated by PythonRecipeCreator.with_function_name
import json
import logging

import dataiku
from {module_name} import {fname}

inputs = dataiku.recipe.get_inputs_as_datasets()
outputs = dataiku.recipe.get_outputs_as_datasets()
params = json.loads({params_json!r})
frames = [dataset.get_dataframe() for dataset in inputs]
logging.info("Calling %s on %d dataframes", "{fname}", len(frames))
results = {fname}(frames if len(frames) > 1 else frames[0], **params)
if not isinstance(results, list):
    results = [results]
if len(results) != len(outputs):
    raise Exception("{fname}() returned %d dataframes for %d outputs" % (len(results), len(outputs)))
for dataset, frame in zip(outputs, results):
    dataset.write_with_schema(frame)
"""


class ExtractFailedRowsRecipeCreator(SingleOutputRecipeCreator[DSSRecipeSettings]):
    """Builds a recipe extracting the rows that fail a dataset's data quality rules (type ``extract_failed_rows``)."""

    def __init__(self, name: str | None, project: DSSProject) -> None:
        super().__init__("extract_failed_rows", name, project)

    def with_output(self, output_id: str, append: bool = False, role: str = "main") -> Self:
        """Write into this existing dataset (in ``role``); returns the builder."""
        if self.create_output_dataset is not None:
            raise ValueError("This recipe already has an output")
        self.create_output_dataset = False
        return self._with_output(output_id, append, role)


# -- evaluation recipes (issue 19) --


class EvaluationRecipeCreator(DSSRecipeCreator[DSSRecipeSettings]):
    """Builds an evaluation recipe: it scores a labelled dataset with a saved model and records an evaluation.

    Get one with ``DSSProject.new_recipe("evaluation")``: :meth:`with_input_model`, :meth:`with_input`,
    then any of :meth:`with_output` (the scored rows), :meth:`with_output_metrics` and
    :meth:`with_output_evaluation_store`, which must exist.
    """

    def __init__(self, name: str | None, project: DSSProject) -> None:
        super().__init__("evaluation", name, project)

    def with_input_model(self, model_id: str) -> Self:
        """Evaluate this saved model (its active version, unless the settings choose one)."""
        return self._with_input(model_id, self.project.project_key, "model")

    def with_output(self, output_id: str, append: bool = False, role: str = "main") -> Self:
        """Write the scored rows into this existing dataset."""
        return self._with_output(output_id, role="main")

    def with_output_metrics(self, name: str) -> Self:
        """Append the metrics of each run to this existing dataset."""
        return self._with_output(name, role="metrics")

    def with_output_evaluation_store(self, mes_id: str) -> Self:
        """Record each run's evaluation into this model evaluation store."""
        return self._with_output(mes_id, role="evaluationStore")


class StandaloneEvaluationRecipeCreator(DSSRecipeCreator[DSSRecipeSettings]):
    """Builds a standalone evaluation recipe: it evaluates a dataset holding predictions and labels, no model.

    Get one with ``DSSProject.new_recipe("standalone_evaluation")``; set ``predictionType``,
    ``targetVariable``, ``predictionVariable`` (and ``probas``) in its payload before running it.
    """

    def __init__(self, name: str | None, project: DSSProject) -> None:
        super().__init__("standalone_evaluation", name, project)

    def with_output_evaluation_store(self, mes_id: str) -> Self:
        """Record each run's evaluation into this model evaluation store."""
        return self._with_output(mes_id, role="main")

    def with_reference_dataset(self, dataset_name: str) -> Self:
        """Compare with this dataset when computing drift."""
        return self._with_input(dataset_name, self.project.project_key, role="reference")


class LLMEvaluationRecipeCreator(DSSRecipeCreator[DSSRecipeSettings]):
    """Builds an LLM evaluation recipe (``new_recipe("nlp_llm_evaluation")``): its input dataset, and any of
    :meth:`with_output` (the rows scored), :meth:`with_output_metrics` and :meth:`with_output_evaluation_store`
    (an ``LLM`` evaluation store). The emulator stores such recipes and does not run them (no LLM).
    """

    def __init__(self, name: str | None, project: DSSProject) -> None:
        super().__init__("nlp_llm_evaluation", name, project)

    def with_output(self, output_id: str, append: bool = False, role: str = "main") -> Self:
        """Write the rows scored into this existing dataset (appending, or replacing its rows)."""
        return self._with_output(output_id, append, role)

    def with_output_metrics(self, metrics_dataset_name: str, append: bool = True) -> Self:
        """Write the metrics of each run into this existing dataset (appended by default)."""
        return self._with_output(metrics_dataset_name, append, role="metrics")

    def with_output_evaluation_store(self, evaluation_store_id: str) -> Self:
        """Record each run's evaluation into this LLM evaluation store."""
        return self._with_output(evaluation_store_id, role="evaluationStore")


class AgentEvaluationRecipeCreator(LLMEvaluationRecipeCreator):
    """Builds an agent evaluation recipe (``new_recipe("nlp_agent_evaluation")``), into an ``AGENT`` store.

    The emulator stores such recipes and does not run them (no agent).
    """

    def __init__(self, name: str | None, project: DSSProject) -> None:
        DSSRecipeCreator.__init__(self, "nlp_agent_evaluation", name, project)


# The types new_recipe builds, and their builders; code types get an CodeRecipeCreator.
_CREATOR_BY_TYPE: dict[str, Callable[[str | None, DSSProject], DSSRecipeCreator]] = {
    "sort": SortRecipeCreator,
    "distinct": DistinctRecipeCreator,
    "window": WindowRecipeCreator,
    "pivot": PivotRecipeCreator,
    "sampling": SamplingRecipeCreator,
    "download": DownloadRecipeCreator,
    "csync": ContinuousSyncRecipeCreator,
    "sql_query": SQLQueryRecipeCreator,
    "upsert": UpsertRecipeCreator,
    "topn": TopNRecipeCreator,
    "vstack": StackRecipeCreator,
    "generate_features": GenerateFeaturesRecipeCreator,
    "fuzzyjoin": FuzzyJoinRecipeCreator,
    "geojoin": GeoJoinRecipeCreator,
    "extract_failed_rows": ExtractFailedRowsRecipeCreator,
    "evaluation": EvaluationRecipeCreator,  # issue 19
    "standalone_evaluation": StandaloneEvaluationRecipeCreator,  # issue 19
    "nlp_llm_evaluation": LLMEvaluationRecipeCreator,  # issue 19
    "nlp_agent_evaluation": AgentEvaluationRecipeCreator,  # issue 19
}


def new_recipe_creator(project: DSSProject, type: str, name: str | None) -> DSSRecipeCreator:  # noqa: A002
    """The builder of a recipe of that type (the official client's ``DSSProject.new_recipe``)."""
    if name is not None:
        check_identifier("recipe name", name)
    if type == "grouping":
        return GroupingRecipeCreator(name, project)
    if type == "sync":
        return SyncRecipeCreator(name, project)
    if type in ("prepare", "shaker"):
        return PrepareRecipeCreator(name, project)
    if type == "join":
        return JoinRecipeCreator(name, project)
    if type == "split":
        return SplitRecipeCreator(name, project)
    if type in _CREATOR_BY_TYPE:
        return _CREATOR_BY_TYPE[type](name, project)
    if type in CODE_RECIPE_TYPES or type in CONTINUOUS_CODE_RECIPE_TYPES:
        return CodeRecipeCreator(name, type, project)
    raise ValueError(f"Unknown recipe type {type!r}: use create_recipe for other recipes")


# -- scoring recipes (issue 19) --


class PredictionScoringRecipeCreator(SingleOutputRecipeCreator[DSSRecipeSettings]):
    """Builds a prediction scoring recipe (type ``prediction_scoring``): the active version of a
    saved model (:meth:`with_input_model`) scores the rows of a dataset (:meth:`with_input`) into
    its output, one row per input row."""

    def __init__(self, name: str | None, project: DSSProject) -> None:
        super().__init__("prediction_scoring", name, project)

    def with_input_model(self, model_id: str) -> Self:
        """Score with this saved model of the project (its identifier); returns the builder."""
        return self._with_input(model_id, self.project.project_key, "model")


class ClusteringScoringRecipeCreator(SingleOutputRecipeCreator[DSSRecipeSettings]):
    """Builds a clustering scoring recipe (type ``clustering_scoring``): a clustering saved model
    (:meth:`with_input_model`) assigns each row of a dataset (:meth:`with_input`) to a cluster."""

    def __init__(self, name: str | None, project: DSSProject) -> None:
        super().__init__("clustering_scoring", name, project)

    def with_input_model(self, model_id: str) -> Self:
        """Score with this saved model of the project (its identifier); returns the builder."""
        return self._with_input(model_id, self.project.project_key, "model")


_CREATOR_BY_TYPE["prediction_scoring"] = PredictionScoringRecipeCreator
_CREATOR_BY_TYPE["clustering_scoring"] = ClusteringScoringRecipeCreator
