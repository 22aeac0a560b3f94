"""What DSS refuses when an ML task's settings are saved (``saveMLTaskSettings``).

DSS reads the body into its settings classes with its JSON binding, which fails on a value of
the wrong JSON type where its classes expect an object, an array, a string, a number or a
boolean ("Expected BEGIN_OBJECT but was STRING at ... path $.modeling"), and takes ``null`` as
absent. Unknown keys and unknown enumeration values go through that binding without an error, so
they are kept: the emulator keeps the settings exactly as sent. The checks below are therefore
type checks at the places the official client's settings classes read and write (split,
search, metrics, features, diagnostics, assertions, weighting, time ordering, every
algorithm's hyperparameters); DSS's status for such a refusal is not documented (the emulator
answers 400).
"""

from __future__ import annotations

from typing import Any, cast

from ..errors import DSSError
from .ml_settings_defaults import algorithms_for

#: The exception DSS's JSON binding raises on a value of the wrong type.
JSON_SYNTAX = "com.google.gson.JsonSyntaxException"

# A shape: a JSON type name, ("array", item shape), ("map", value shape), or ("object", {key: shape}).
_Shape = Any

_FEATURE: _Shape = ("object", {"role": "string", "type": "string", "missing_handling": "string"})

_SETTINGS: _Shape = (
    "object",
    {
        "taskType": "string",
        "predictionType": "string",
        "targetVariable": "string",
        "splitParams": (
            "object",
            {
                "ttPolicy": "string",
                "ssdTrainingRatio": "number",
                "ssdSplitMode": "string",
                "ssdColumn": "string",
                "ssdDatasetSmartName": "string",
                "ssdSelection": ("object", {}),
                "kfold": "boolean",
                "nFolds": "integer",
                "efsdDatasetSmartName": "string",
                "efsdTrain": ("object", {}),
                "efsdTest": ("object", {}),
                "eftdTrain": ("object", {}),
                "eftdTest": ("object", {}),
            },
        ),
        "preprocessing": ("object", {"per_feature": ("map", _FEATURE), "target_remapping": ("array", ("object", {}))}),
        "diagnosticsSettings": (
            "object",
            {"enabled": "boolean", "settings": ("array", ("object", {"type": "string", "enabled": "boolean"}))},
        ),
        "assertionsParams": (
            "object",
            {
                "assertions": (
                    "array",
                    ("object", {"name": "string", "filter": ("object", {}), "assertionCondition": ("object", {})}),
                )
            },
        ),
        "weight": ("object", {"weightMethod": "string", "sampleWeightVariable": "string"}),
        "time": ("object", {"enabled": "boolean", "timeVariable": "string", "ascending": "boolean"}),
        "modeling": (
            "object",
            {
                "gridSearchParams": (
                    "object",
                    {
                        "strategy": "string",
                        "mode": "string",
                        "splitRatio": "number",
                        "nFolds": "integer",
                        "cvSeed": "integer",
                        "stratified": "boolean",
                        "randomized": "boolean",
                        "seed": "integer",
                        "nIter": "integer",
                        "nIterRandom": "integer",
                        "timeout": "integer",
                        "nJobs": "integer",
                        "distributed": "boolean",
                        "nContainers": "integer",
                        "code": "string",
                    },
                ),
                "metrics": (
                    "object",
                    {
                        "evaluationMetric": "string",
                        "customEvaluationMetricName": "string",
                        "customMetrics": (
                            "array",
                            ("object", {"name": "string", "metricCode": "string", "greaterIsBetter": "boolean"}),
                        ),
                    },
                ),
                "custom_python": ("array", ("object", {"name": "string", "code": "string", "enabled": "boolean"})),
                "custom_mllib": (
                    "array",
                    ("object", {"name": "string", "initializationCode": "string", "enabled": "boolean"}),
                ),
                "plugin_python": ("map", ("object", {"enabled": "boolean"})),
                "meta_learners": ("array", "string"),
                "propensityModeling": (
                    "object",
                    {"enabled": "boolean", "calibrateProbabilities": "boolean", "calibrationDataRatio": "number"},
                ),
            },
        ),
    },
)

_NUMERICAL: _Shape = (
    "object",
    {
        "gridMode": "string",
        "randomMode": "string",
        "values": ("array", "number"),
        "range": ("object", {"min": "number", "max": "number", "nbValues": "integer", "scaling": "string"}),
        "limit": ("object", {"min": "number", "max": "number"}),
    },
)
_CATEGORICAL: _Shape = ("object", {"values": ("map", ("object", {"enabled": "boolean"}))})


def _json_type_of(value: object) -> str:
    if isinstance(value, bool):
        return "BOOLEAN"
    if isinstance(value, (int, float)):
        return "NUMBER"
    if isinstance(value, str):
        return "STRING"
    if isinstance(value, list):
        return "BEGIN_ARRAY"
    if isinstance(value, dict):
        return "BEGIN_OBJECT"
    return "NULL"


_EXPECTED_TOKEN = {
    "object": "BEGIN_OBJECT",
    "map": "BEGIN_OBJECT",
    "array": "BEGIN_ARRAY",
    "string": "STRING",
    "number": "NUMBER",
    "integer": "NUMBER",
    "boolean": "BOOLEAN",
}


def _matches(kind: str, value: object) -> bool:
    if kind in ("object", "map"):
        return isinstance(value, dict)
    if kind == "array":
        return isinstance(value, list)
    if kind == "string":
        return isinstance(value, str)
    if kind == "boolean":
        return isinstance(value, bool)
    if kind == "integer":
        return (
            isinstance(value, int) and not isinstance(value, bool) or (isinstance(value, float) and value.is_integer())
        )
    return isinstance(value, (int, float)) and not isinstance(value, bool)  # number


def _refuse(path: str, kind: str, value: object) -> DSSError:
    if kind == "integer" and _json_type_of(value) == "NUMBER":
        return DSSError(
            400, JSON_SYNTAX, f"java.lang.NumberFormatException: Expected an int but was {value} at path {path}"
        )
    found = _json_type_of(value)
    message = f"java.lang.IllegalStateException: Expected {_EXPECTED_TOKEN[kind]} but was {found} at path {path}"
    return DSSError(400, JSON_SYNTAX, message)


def _check(shape: _Shape, value: Any, path: str) -> None:
    if value is None:  # DSS reads null as absent
        return
    kind = shape if isinstance(shape, str) else shape[0]
    if not _matches(kind, value):
        raise _refuse(path, kind, value)
    if kind == "object":
        keys: dict[str, _Shape] = cast("dict[str, _Shape]", shape[1])
        for key, inner in keys.items():
            if key in value:
                _check(inner, value[key], f"{path}.{key}")
    elif kind == "map":
        for key, item in value.items():
            _check(shape[1], item, f"{path}.{key}")
    elif kind == "array":
        for index, item in enumerate(value):
            _check(shape[1], item, f"{path}[{index}]")


def _algorithm_shape(spec: dict[str, Any]) -> _Shape:
    """The shape of an algorithm's settings, from its defaults: the kind of each hyperparameter."""
    keys: dict[str, _Shape] = {"enabled": "boolean"}
    for name, default in spec.items():
        if name == "enabled":
            continue
        if isinstance(default, dict) and "gridMode" in default:
            keys[name] = _NUMERICAL
        elif isinstance(default, dict) and "values" in default:
            keys[name] = _CATEGORICAL
    return ("object", keys)


def check_saved_settings(settings: Any) -> None:
    """Raise the error DSS answers for settings it cannot read (a value of the wrong JSON type); nothing else."""
    _check(_SETTINGS, settings, "$")
    task_type = settings.get("taskType")
    prediction_type = settings.get("predictionType")
    modeling = settings.get("modeling")
    if not isinstance(task_type, str) or not isinstance(modeling, dict):
        return
    for key, spec in algorithms_for(task_type, prediction_type if isinstance(prediction_type, str) else None).items():
        if key in modeling:
            # Prediction algorithms' hyperparameters have the shapes the official settings classes read.
            shape = _algorithm_shape(spec) if task_type == "PREDICTION" else ("object", {"enabled": "boolean"})
            _check(shape, modeling[key], f"$.modeling.{key}")
