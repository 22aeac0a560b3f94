"""Handles on DSS objects, at the same module paths as in the official ``dataikuapi.dss``.

Each module is imported on first access (``dssclient.dss.project`` after ``import dssclient``).
"""

from __future__ import annotations

from types import ModuleType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import admin as admin
    from . import admin_common as admin_common
    from . import analysis as analysis
    from . import apideployer as apideployer
    from . import apiservice as apiservice
    from . import app as app
    from . import codestudio as codestudio
    from . import continuousactivity as continuousactivity
    from . import dashboard as dashboard
    from . import data_quality as data_quality
    from . import dataset as dataset
    from . import deployer_common as deployer_common
    from . import discussion as discussion
    from . import drift as drift
    from . import evaluationcomparison as evaluationcomparison
    from . import evaluationstore as evaluationstore
    from . import feature_store as feature_store
    from . import flow as flow
    from . import future as future
    from . import insight as insight
    from . import job as job
    from . import jupyternotebook as jupyternotebook
    from . import macro as macro
    from . import managedfolder as managedfolder
    from . import meaning as meaning
    from . import metrics as metrics
    from . import ml as ml
    from . import ml_model_details as ml_model_details
    from . import ml_task_settings as ml_task_settings
    from . import modelcomparison as modelcomparison
    from . import modelevaluationstore as modelevaluationstore
    from . import notebook as notebook
    from . import plugin as plugin
    from . import project as project
    from . import projectdeployer as projectdeployer
    from . import projectfolder as projectfolder
    from . import projectimport as projectimport
    from . import projectlibrary as projectlibrary
    from . import recipe as recipe
    from . import scenario as scenario
    from . import sqlnotebook as sqlnotebook
    from . import sqlquery as sqlquery
    from . import streaming_endpoint as streaming_endpoint
    from . import utils as utils
    from . import webapp as webapp
    from . import wiki as wiki
    from . import workspace as workspace

_SUBMODULES = frozenset(
    {
        "admin",
        "admin_common",
        "analysis",
        "apideployer",
        "apiservice",
        "app",
        "codestudio",
        "continuousactivity",
        "dashboard",
        "data_quality",
        "dataset",
        "deployer_common",
        "discussion",
        "drift",
        "evaluationcomparison",
        "evaluationstore",
        "feature_store",
        "flow",
        "future",
        "insight",
        "job",
        "jupyternotebook",
        "macro",
        "managedfolder",
        "meaning",
        "mlflow",
        "metrics",
        "ml",
        "ml_model_details",
        "ml_task_settings",
        "modelcomparison",
        "modelevaluationstore",
        "notebook",
        "plugin",
        "project",
        "projectdeployer",
        "projectfolder",
        "projectimport",
        "projectlibrary",
        "recipe",
        "savedmodel",
        "scenario",
        "sqlnotebook",
        "sqlquery",
        "statistics",
        "streaming_endpoint",
        "utils",
        "webapp",
        "wiki",
        "workspace",
    }
)


def __getattr__(name: str) -> ModuleType:
    from .._submodules import import_submodule

    return import_submodule(__name__, name, _SUBMODULES)


def __dir__() -> list[str]:
    return sorted({*globals(), *_SUBMODULES})
