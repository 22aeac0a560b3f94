"""Saved models of projects (the flow's models), their versions and the active one.

Shared interface (``mltasks`` wrote its first version for ``deploy_to_flow``/``redeploy_to_flow``;
``savedmodels`` owns it afterwards): ``state.extension(SavedModels)`` gives

- ``create(project_key, name, prediction_type, *, task_type=..., saved_model_id=None) -> SavedModel``
- ``add_version(saved_model, trained, *, version_id=None, activate=True, origin=None) -> SavedModelVersion``
- ``get(project_key, id) -> SavedModel`` (DSS's 404 when unknown), ``find(project_key, id)`` (None when unknown)
- ``of_project(project_key) -> list[SavedModel]``, ``active_version(saved_model) -> SavedModelVersion | None``
- ``delete(project_key, id)``

A version keeps the engine's :class:`~dssclient.emulator.automation.ml_engine.TrainedModel`:
scoring, evaluation and the API node call ``version.trained.predict(rows)``. Hold
``DSSState.lock`` while reading or changing the model.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..errors import bad_request, conflict, not_found
from ..state import DSSState
from ._sequence_ids import SequenceIds

if TYPE_CHECKING:
    from ..automation.ml_engine import TrainedModel

# Bounds: what one project may hold.
MAX_SAVED_MODELS_PER_PROJECT = 1000
# Versions kept per saved model; the oldest inactive ones are dropped beyond it.
MAX_VERSIONS_PER_SAVED_MODEL = 50


@dataclass
class SavedModelVersion:
    """One version of a saved model: a trained model, where it came from, and when."""

    id: str
    trained: TrainedModel
    created_on: int
    # The full id of the lab model it was deployed from (None for other origins).
    origin: str | None = None
    user_meta: dict[str, Any] = field(default_factory=dict[str, Any])

    @property
    def details(self) -> dict[str, Any]:
        """The version's details in DSS's shape (the engine's, plus the version's own ids)."""
        details = copy.deepcopy(self.trained.details)
        details["userMeta"] = copy.deepcopy(self.user_meta) or details.get("userMeta", {})
        if self.origin is not None:
            # The lab model it was deployed from, where the official client reads it
            # (DSSTrainedPredictionModelDetails.get_origin_analysis_trained_model). Other keys DSS may
            # put in smOrigin are not known from the official client: none is invented.
            details["smOrigin"] = {"fullModelId": self.origin}
        return details


@dataclass
class SavedModel:
    """A saved model of the flow."""

    project_key: str
    id: str
    name: str
    task_type: str
    prediction_type: str | None
    created_on: int
    versions: dict[str, SavedModelVersion] = field(default_factory=dict[str, SavedModelVersion])
    active_version_id: str | None = None
    # Settings kept as DSS's saved model settings (``miniTask``, flow metadata, ...).
    settings: dict[str, Any] = field(default_factory=dict[str, Any])
    # Name of the train recipe that produces it in the flow, if any.
    recipe_name: str | None = None
    next_version: int = 1

    def full_id(self, version_id: str) -> str:
        """DSS's full identifier of a version of this saved model: ``S-{project}-{savedModelId}-{versionId}``."""
        return f"S-{self.project_key}-{self.id}-{version_id}"

    def mini_task(self) -> dict[str, Any]:
        """DSS's ``miniTask`` of a saved model: its task type, and prediction type and target."""
        mini: dict[str, Any] = {"taskType": self.task_type, "backendType": "PY_MEMORY"}
        if self.prediction_type is not None:
            mini["predictionType"] = self.prediction_type
        active = self.versions.get(self.active_version_id or "")
        if active is not None and active.trained.target is not None:
            mini["targetVariable"] = active.trained.target
        return mini


class SavedModels:
    """Every project's saved models."""

    def __init__(self, state: DSSState) -> None:
        self.state = state
        self.models: dict[str, dict[str, SavedModel]] = {}
        self.ids = SequenceIds("saved-model")

    def forget_project(self, project_key: str) -> None:
        self.models.pop(project_key, None)

    def create(
        self,
        project_key: str,
        name: str,
        prediction_type: str | None,
        *,
        task_type: str = "PREDICTION",
        saved_model_id: str | None = None,
    ) -> SavedModel:
        """A new saved model without versions (DSS chooses an 8-character id unless given one)."""
        if not name:
            raise bad_request("A saved model needs a name")
        models = self.models.setdefault(project_key, {})
        if len(models) >= MAX_SAVED_MODELS_PER_PROJECT:
            raise bad_request(
                f"Too many saved models in project {project_key} (at most {MAX_SAVED_MODELS_PER_PROJECT})"
            )
        if saved_model_id is None:
            saved_model_id = self.ids.new(models)
        elif saved_model_id in models:
            raise conflict(f"Saved model {project_key}.{saved_model_id} already exists")
        model = SavedModel(
            project_key=project_key,
            id=saved_model_id,
            name=name,
            task_type=task_type,
            prediction_type=prediction_type,
            created_on=self.state.clock(),
        )
        models[saved_model_id] = model
        return model

    def find(self, project_key: str, saved_model_id: str) -> SavedModel | None:
        return self.models.get(project_key, {}).get(saved_model_id)

    def version_of(self, project_key: str, full_id: str) -> SavedModelVersion | None:
        """The version of a saved model of the project that a full id (:meth:`SavedModel.full_id`) names, or None."""
        parts = full_id.split("-")
        if len(parts) != 4 or parts[0] != "S" or parts[1] != project_key:
            return None
        saved_model = self.find(project_key, parts[2])
        return saved_model.versions.get(parts[3]) if saved_model is not None else None

    def get(self, project_key: str, saved_model_id: str) -> SavedModel:
        found = self.find(project_key, saved_model_id)
        if found is None:
            raise not_found(f"Saved model {project_key}.{saved_model_id} not found")
        return found

    def of_project(self, project_key: str) -> list[SavedModel]:
        return list(self.models.get(project_key, {}).values())

    def delete(self, project_key: str, saved_model_id: str) -> None:
        self.get(project_key, saved_model_id)
        del self.models[project_key][saved_model_id]

    def add_version(
        self,
        saved_model: SavedModel,
        trained: TrainedModel,
        *,
        version_id: str | None = None,
        activate: bool = True,
        origin: str | None = None,
    ) -> SavedModelVersion:
        """A new version holding ``trained``; the active one if ``activate`` or if it is the first."""
        if version_id is None:
            while str(saved_model.next_version) in saved_model.versions:
                saved_model.next_version += 1
            version_id = str(saved_model.next_version)
            saved_model.next_version += 1
        elif version_id in saved_model.versions:
            raise conflict(f"Version {version_id} of saved model {saved_model.id} already exists")
        version = SavedModelVersion(
            id=version_id,
            trained=trained,
            created_on=self.state.clock(),
            origin=origin,
            user_meta=copy.deepcopy(trained.details.get("userMeta", {})),
        )
        saved_model.versions[version_id] = version
        if activate or saved_model.active_version_id is None:
            saved_model.active_version_id = version_id
        self._bound(saved_model)
        return version

    def active_version(self, saved_model: SavedModel) -> SavedModelVersion | None:
        if saved_model.active_version_id is None:
            return None
        return saved_model.versions.get(saved_model.active_version_id)

    def _bound(self, saved_model: SavedModel) -> None:
        # Drop the oldest versions beyond the bound, never the active one.
        while len(saved_model.versions) > MAX_VERSIONS_PER_SAVED_MODEL:
            oldest = next(v for v in saved_model.versions if v != saved_model.active_version_id)
            del saved_model.versions[oldest]
