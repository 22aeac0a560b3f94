# Derived from dssclient/aio/dss/continuousactivity.py by scripts/unasync.py: do not edit.
"""Continuous activities: the runs of a project's continuous recipes, started and stopped."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from dssclient_generated.api import streaming

from .._requester import json_body

if TYPE_CHECKING:
    from dssclient.payloads import ContinuousActivity

    from ..dssclient import DSSClient
    from .recipe import DSSRecipe


class DSSContinuousActivity:
    """The run of a continuous recipe. Get one with :meth:`DSSProject.get_continuous_activity` (no call is made)."""

    def __init__(self, client: DSSClient, project_key: str, recipe_id: str) -> None:
        self.client = client
        self.project_key = project_key
        self.recipe_id = recipe_id

    def __repr__(self) -> str:
        return f"{type(self).__name__}(project_key={self.project_key!r}, recipe_id={self.recipe_id!r})"

    def start(self, loop_params: Mapping[str, Any] | None = None) -> ContinuousActivity:
        """Start the activity; returns its state. (operation ``startContinuousActivity``)

        ``loop_params`` say how the recipe is restarted after a failure: ``abortAfterCrashes``
        (-1: no limit), ``initialRestartDelayMS``, ``restartDelayIncMS``, ``maxRestartDelayMS``.
        None (the default) restarts it indefinitely, without delay.
        """
        state: ContinuousActivity = self.client._requester.json(
            streaming.start_continuous_activity.request_kwargs,
            self.project_key,
            self.recipe_id,
            body=json_body(dict(loop_params or {})),
        )
        return state

    def stop(self) -> None:
        """Stop the activity (abort its main loop). (operation ``stopContinuousActivity``)"""
        self.client._requester.empty(
            streaming.stop_continuous_activity.request_kwargs, self.project_key, self.recipe_id
        )

    def get_status(self) -> ContinuousActivity:
        """The activity's state: ``desiredState`` (``STARTED``, ``STOPPED``) and its main loop's ``mainLoopState``.

        (operation ``getContinuousActivity``)
        """
        state: ContinuousActivity = self.client._requester.json(
            streaming.get_continuous_activity.request_kwargs, self.project_key, self.recipe_id
        )
        return state

    def get_recipe(self) -> DSSRecipe:
        """A handle on the continuous recipe this activity runs (no call is made)."""
        from .recipe import DSSRecipe

        return DSSRecipe(self.client, self.project_key, self.recipe_id)
