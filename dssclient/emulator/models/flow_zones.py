"""Flow zones of projects: which zone holds each object of the flow, and which objects are shared to each.

The default zone (``default``) is never stored: it holds every object of the flow that no other
zone holds, so an object whose zone is deleted, or that was never moved, is in it. A zone stores
references (``objectType``, ``objectId``, ``projectKey`` when foreign); an object deleted from the
project disappears from its zone's answers, since items are filtered against the objects that
exist (``ZONE_OBJECT_TYPES``).

Object types other areas emulate (managed folders, saved models, streaming endpoints, ...) join
the zones by registering how to list their objects of a project::

    register_zone_object_type("MANAGED_FOLDER", lambda state, project_key: [...folder ids...])

A type nobody registered is refused (400): whether DSS accepts it is unknown here.
Hold ``DSSState.lock`` while using the model.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from ..errors import bad_request, conflict, not_found
from ..state import DSSState

DEFAULT_ZONE_ID = "default"
DEFAULT_ZONE_NAME = "Default"
DEFAULT_COLOR = "#2ab1ac"
# Bounds, as the other models have: zones per project, objects moved or shared in one call.
MAX_ZONES_PER_PROJECT = 1000
MAX_ITEMS_PER_CALL = 10_000
MAX_NAME_LENGTH = 1000

#: How to list the identifiers of a project's objects of each type the zones may hold.
ObjectLister = Callable[[DSSState, str], Iterable[str]]
ZONE_OBJECT_TYPES: dict[str, ObjectLister] = {}
# Types DSS never shares to a zone: a recipe sits in the zone of its outputs.
UNSHAREABLE_TYPES = frozenset({"RECIPE"})


def register_zone_object_type(object_type: str, lister: ObjectLister) -> None:
    """Let the zones hold objects of ``object_type``, whose identifiers in a project ``lister`` gives."""
    ZONE_OBJECT_TYPES[object_type] = lister


def _datasets(state: DSSState, project_key: str) -> Iterable[str]:
    project = state.projects.get(project_key)
    return project.datasets.keys() if project is not None else ()


def _recipes(state: DSSState, project_key: str) -> Iterable[str]:
    from ..automation.recipes import RecipesModel  # the automation package imports the models

    return state.extension(RecipesModel).of(project_key).keys()


def _managed_folders(state: DSSState, project_key: str) -> Iterable[str]:
    from .managed_folders import ManagedFolders  # imported on use, as the recipes are

    return state.extension(ManagedFolders).of_project(project_key).keys()


def _streaming_endpoints(state: DSSState, project_key: str) -> Iterable[str]:
    from .streaming import StreamingModel

    return state.extension(StreamingModel).of(project_key).keys()


register_zone_object_type("DATASET", _datasets)
register_zone_object_type("RECIPE", _recipes)
register_zone_object_type("MANAGED_FOLDER", _managed_folders)
register_zone_object_type("STREAMING_ENDPOINT", _streaming_endpoints)

Ref = tuple[str, str, str]  # (objectType, projectKey, objectId)


@dataclass
class Zone:
    id: str
    name: str
    color: str
    items: list[Ref] = field(default_factory=list[Ref])
    shared: list[Ref] = field(default_factory=list[Ref])
    # What the zone's settings carry beyond the name and color, kept as saved.
    extra: dict[str, Any] = field(default_factory=dict[str, Any])


class FlowZones:
    """Every project's flow zones. Hold the state lock."""

    def __init__(self, state: DSSState) -> None:
        self.state = state
        self._zones: dict[str, dict[str, Zone]] = {}

    def forget_project(self, project_key: str) -> None:
        self._zones.pop(project_key, None)

    def of(self, project_key: str) -> dict[str, Zone]:
        return self._zones.setdefault(project_key, {})

    # -- references ---------------------------------------------------------------------------

    def ref(self, project_key: str, item: dict[str, Any]) -> Ref:
        """The checked reference of a smart reference: its type known, its object existing."""
        object_type, object_id = item.get("objectType"), item.get("objectId")
        owner = item.get("projectKey") or project_key
        if not isinstance(object_type, str) or not isinstance(object_id, str) or not isinstance(owner, str):
            raise bad_request("A flow object reference needs a string objectType and objectId")
        lister = ZONE_OBJECT_TYPES.get(object_type)
        if lister is None:
            # Unknown to the emulator: refused rather than stored blindly.
            raise bad_request(f"Flow zones of the emulator cannot hold objects of type {object_type}")
        if owner not in self.state.projects or object_id not in set(lister(self.state, owner)):
            raise not_found(f"{object_type.lower().replace('_', ' ')} does not exist: {owner}.{object_id}")
        return (object_type, owner, object_id)

    def _exists(self, ref: Ref) -> bool:
        lister = ZONE_OBJECT_TYPES.get(ref[0])
        return lister is not None and ref[2] in set(lister(self.state, ref[1]))

    def _all_objects(self, project_key: str) -> list[Ref]:
        return [
            (object_type, project_key, object_id)
            for object_type, lister in ZONE_OBJECT_TYPES.items()
            for object_id in lister(self.state, project_key)
        ]

    @staticmethod
    def smart_ref(project_key: str, ref: Ref) -> dict[str, Any]:
        # In the order the official client writes its own references, which it compares as JSON
        # text with DSS's (``get_zone_of_object``): DSS sends them so.
        answer: dict[str, Any] = {"projectKey": ref[1]} if ref[1] != project_key else {}
        answer.update({"objectId": ref[2], "objectType": ref[0]})
        return answer

    # -- zones --------------------------------------------------------------------------------

    def get(self, project_key: str, zone_id: str) -> Zone:
        """A stored zone (not the default one)."""
        zone = self.of(project_key).get(zone_id)
        if zone is None:
            raise not_found(f"Flow zone does not exist: {project_key}.{zone_id}")
        return zone

    def check_exists(self, project_key: str, zone_id: str) -> None:
        if zone_id != DEFAULT_ZONE_ID:
            self.get(project_key, zone_id)

    def create(self, project_key: str, name: str, color: str) -> Zone:
        zones = self.of(project_key)
        self._check_name(project_key, name, None)
        if len(zones) >= MAX_ZONES_PER_PROJECT:
            raise bad_request(f"A project of the emulator holds at most {MAX_ZONES_PER_PROJECT} flow zones")
        # Reproducible, as the instance's other identifiers: two emulators answer the same ids.
        zone_id = self.state.new_id(7)
        while zone_id in zones or zone_id == DEFAULT_ZONE_ID:
            zone_id = self.state.new_id(7)
        zone = zones[zone_id] = Zone(zone_id, name, color)
        return zone

    def _check_name(self, project_key: str, name: str, zone_id: str | None) -> None:
        if not name.strip() or len(name) > MAX_NAME_LENGTH:
            raise bad_request("A flow zone needs a name (at most 1000 characters)")
        # Whether DSS allows two zones of one name is unknown: the emulator refuses it.
        taken = {z.name for z in self.of(project_key).values() if z.id != zone_id} | {DEFAULT_ZONE_NAME}
        if name in taken:
            raise conflict(f"A flow zone named {name} already exists in project {project_key}")

    def save(self, project_key: str, zone_id: str, body: dict[str, Any]) -> None:
        if zone_id == DEFAULT_ZONE_ID:
            # DSS's default zone has a fixed name; whether its color can change is unknown: refused.
            raise bad_request("The default flow zone's settings cannot be changed")
        zone = self.get(project_key, zone_id)
        if body.get("id") != zone_id:
            raise bad_request(f"The zone id in the body ({body.get('id')!r}) differs from the one in the path")
        name, color = body.get("name"), body.get("color", zone.color)
        if not isinstance(name, str) or not isinstance(color, str):
            raise bad_request("A flow zone's name and color are strings")
        self._check_name(project_key, name, zone_id)
        zone.name, zone.color = name, color
        zone.extra = {
            k: copy.deepcopy(v) for k, v in body.items() if k not in ("id", "name", "color", "items", "shared")
        }

    def delete(self, project_key: str, zone_id: str) -> None:
        if zone_id == DEFAULT_ZONE_ID:
            raise bad_request("The default flow zone cannot be deleted")
        self.get(project_key, zone_id)
        # Its items go back to the default zone, which holds whatever no other zone holds.
        del self.of(project_key)[zone_id]

    def zone_of(self, project_key: str, ref: Ref) -> str:
        for zone in self.of(project_key).values():
            if ref in zone.items:
                return zone.id
        return DEFAULT_ZONE_ID

    def move(self, project_key: str, zone_id: str, refs: list[Ref]) -> None:
        """Move objects into a zone, each with the objects that sit in the same zone as it."""
        self.check_exists(project_key, zone_id)
        if len(refs) > MAX_ITEMS_PER_CALL:
            raise bad_request(f"At most {MAX_ITEMS_PER_CALL} objects move in one call")
        moving: list[Ref] = []
        for ref in refs:
            if ref[1] != project_key:
                raise bad_request(f"An object of project {ref[1]} cannot be moved into a zone of {project_key}")
            for companion in [ref, *self._companions(project_key, ref)]:
                if companion not in moving:
                    moving.append(companion)
        for zone in self.of(project_key).values():
            zone.items = [r for r in zone.items if r not in moving]
        if zone_id != DEFAULT_ZONE_ID:
            self.get(project_key, zone_id).items.extend(moving)

    def _companions(self, project_key: str, ref: Ref) -> list[Ref]:
        """What moves along: a recipe's outputs, and a dataset's producing recipe (and so its other outputs)."""
        from ..automation.recipes import RecipesModel, output_refs

        recipes = self.state.extension(RecipesModel)
        recipe_name: str | None = None
        if ref[0] == "RECIPE":
            recipe_name = ref[2]
        elif ref[0] == "DATASET":
            producer = recipes.producer(project_key, ref[2])
            recipe_name = producer.name if producer is not None else None
        if recipe_name is None or recipe_name not in recipes.of(project_key):
            return []
        outputs = output_refs(recipes.of(project_key)[recipe_name].definition)
        project = self.state.projects[project_key]
        found = [("RECIPE", project_key, recipe_name)]
        found += [("DATASET", project_key, name) for name in outputs if name in project.datasets]
        return found

    def share(self, project_key: str, zone_id: str, ref: Ref) -> None:
        self.check_exists(project_key, zone_id)
        if ref[0] in UNSHAREABLE_TYPES:
            raise bad_request(f"Objects of type {ref[0]} cannot be shared to a flow zone")
        if zone_id == DEFAULT_ZONE_ID:
            # Unknown whether DSS shares to the default zone: refused.
            raise bad_request("Objects cannot be shared to the default flow zone")
        zone = self.get(project_key, zone_id)
        if self.zone_of(project_key, ref) == zone_id:
            raise bad_request(f"{ref[2]} is in zone {zone_id}: it cannot be shared to it")
        if ref not in zone.shared:
            zone.shared.append(ref)

    def unshare(self, project_key: str, zone_id: str, object_type: str, object_id: str) -> None:
        self.check_exists(project_key, zone_id)
        if zone_id == DEFAULT_ZONE_ID:
            raise not_found(f"{object_id} is not shared to the default flow zone")
        zone = self.get(project_key, zone_id)
        kept = [r for r in zone.shared if not (r[0] == object_type and r[2] == object_id)]
        if len(kept) == len(zone.shared):
            raise not_found(f"{object_type} {object_id} is not shared to flow zone {zone_id}")
        zone.shared = kept

    def rename(self, project_key: str, object_type: str, old_id: str, new_id: str) -> None:
        """An object of ``project_key`` was renamed: it stays in its zone and where it is shared."""
        old, new = (object_type, project_key, old_id), (object_type, project_key, new_id)
        for zones in self._zones.values():
            for zone in zones.values():
                zone.items = [new if ref == old else ref for ref in zone.items]
                zone.shared = [new if ref == old else ref for ref in zone.shared]

    # -- answers ------------------------------------------------------------------------------

    def items_of(self, project_key: str, zone_id: str) -> list[Ref]:
        if zone_id == DEFAULT_ZONE_ID:
            elsewhere = {r for z in self.of(project_key).values() for r in z.items}
            return [r for r in self._all_objects(project_key) if r not in elsewhere]
        return [r for r in self.get(project_key, zone_id).items if self._exists(r)]

    def shared_of(self, project_key: str, zone_id: str) -> list[Ref]:
        if zone_id == DEFAULT_ZONE_ID:
            return []
        return [r for r in self.get(project_key, zone_id).shared if self._exists(r)]

    def answer(self, project_key: str, zone_id: str) -> dict[str, Any]:
        """The zone as DSS answers it."""
        if zone_id == DEFAULT_ZONE_ID:
            answer: dict[str, Any] = {"id": DEFAULT_ZONE_ID, "name": DEFAULT_ZONE_NAME, "color": DEFAULT_COLOR}
        else:
            zone = self.get(project_key, zone_id)
            answer = {**copy.deepcopy(zone.extra), "id": zone.id, "name": zone.name, "color": zone.color}
        answer["items"] = [self.smart_ref(project_key, r) for r in self.items_of(project_key, zone_id)]
        answer["shared"] = [self.smart_ref(project_key, r) for r in self.shared_of(project_key, zone_id)]
        return answer

    def answers(self, project_key: str) -> list[dict[str, Any]]:
        return [self.answer(project_key, zone_id) for zone_id in [DEFAULT_ZONE_ID, *self.of(project_key)]]
