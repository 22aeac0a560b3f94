"""The workload of a Kubernetes cluster DSS runs or attaches to, and the subset of kubectl that reads
and changes it (``runKubectlOnCluster``), plus the clean-ups DSS offers (finished jobs and pods).

The workload starts empty (namespaces ``default``, ``kube-system``, ``kube-public`` and
``kube-node-lease``) and only kubectl commands fill it, so that it is deterministic:

- ``run NAME --image=IMG [-n NS] [--labels=k=v,...] [--restart=Never] [-- CMD ...]``: a bare pod,
  labelled ``run=NAME`` unless ``--labels`` says otherwise. It runs (phase ``Running``), unless
  it has ``--restart=Never`` and a command: then the command has run to its end already and the
  pod ``Succeeded`` (``Failed`` if the command is ``false``).
- ``create job NAME --image=IMG [-n NS] [-- CMD ...]``: a job and its one pod, over at once:
  ``Complete`` with a ``Succeeded`` pod, or ``Failed`` with a ``Failed`` pod if the command is
  ``false`` (DSS's clean-ups only look at the outcome, so retries are not modelled).
- ``create namespace NAME``, ``label pod|job NAME k=v ... [k-] [--overwrite]``,
  ``delete pod|job|namespace NAME ...`` (a job takes its pods with it, a namespace its content),
  ``get pods|jobs|namespaces [NAME ...] [-n NS | -A] [-l SELECTOR] [-o name|json]`` and
  ``version``.

Anything else fails as kubectl does: return value 1 and a message on stderr. Label selectors
are ``key=value``, ``key==value``, ``key!=value``, ``key`` and ``!key``, comma-separated.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import re
import shlex
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

DEFAULT_NAMESPACE = "default"
SYSTEM_NAMESPACES = ("kube-system", "kube-public", "kube-node-lease")
KUBECTL_VERSION = "v1.29.4"
KUSTOMIZE_VERSION = "v5.0.4-0.20230601165947-6ce0bf390ce3"
# Letters Kubernetes uses for generated name suffixes (no vowels, no look-alike digits).
_SUFFIX_ALPHABET = "bcdfghjklmnpqrstvwxz2456789"
_NAME = re.compile(r"^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$")
_LABEL_KEY = re.compile(r"^([a-z0-9]([-a-z0-9.]*[a-z0-9])?/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$")
_LABEL_VALUE = re.compile(r"^([A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?)?$")

RUNNING, SUCCEEDED, FAILED = "Running", "Succeeded", "Failed"
COMPLETE = "Complete"
# Flags that take a value, by their long name; short names map to them.
_VALUE_FLAGS = {"namespace", "selector", "output", "image", "labels", "restart"}
_BOOL_FLAGS = {"all-namespaces", "overwrite", "client"}
_SHORT = {"n": "namespace", "l": "selector", "o": "output", "A": "all-namespaces"}
_RESOURCES = {
    "pod": "pods",
    "pods": "pods",
    "po": "pods",
    "job": "jobs",
    "jobs": "jobs",
    "job.batch": "jobs",
    "jobs.batch": "jobs",
    "namespace": "namespaces",
    "namespaces": "namespaces",
    "ns": "namespaces",
}
# How kubectl names each kind: in `-o name` output, and in messages.
_KIND_PREFIX = {"pods": "pod", "jobs": "job.batch", "namespaces": "namespace"}


class KubectlError(Exception):
    """A command kubectl refuses: its stderr text, and return value 1."""


@dataclass
class KubectlResult:
    command: str
    return_value: int = 0
    stdout: str = ""
    stderr: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"command": self.command, "returnValue": self.return_value, "stdout": self.stdout, "stderr": self.stderr}


@dataclass
class Pod:
    name: str
    namespace: str
    labels: dict[str, str]
    image: str
    phase: str
    created: int
    restart_policy: str = "Always"
    command: list[str] = field(default_factory=list[str])
    job: str | None = None


@dataclass
class Job:
    name: str
    namespace: str
    labels: dict[str, str]
    image: str
    status: str
    created: int
    command: list[str] = field(default_factory=list[str])


Selector = list[tuple[str, str, str | None]]


def parse_selector(text: str) -> Selector:
    """``k=v,k2!=v2,k3,!k4`` -> requirements ``(operator, key, value)``; KubectlError if it does not parse."""
    requirements: Selector = []
    for raw in text.split(","):
        part = raw.strip()
        match = re.fullmatch(r"(!?)\s*([^!=\s]+)\s*(?:(==|=|!=)\s*(\S*))?", part)
        if not part or match is None:
            raise KubectlError(f"error: unable to parse requirement: found '{part}', expected: identifier")
        negated, key, operator, value = match.groups()
        if not _LABEL_KEY.match(key) or (value is not None and not _LABEL_VALUE.match(value)):
            raise KubectlError(f"error: unable to parse requirement: invalid label selector {part!r}")
        if negated and operator:
            raise KubectlError(f"error: unable to parse requirement: found '{operator}', expected: ',' or end")
        if negated:
            requirements.append(("absent", key, None))
        elif operator is None:
            requirements.append(("present", key, None))
        else:
            requirements.append(("!=" if operator == "!=" else "=", key, value))
    return requirements


def matches(labels: Mapping[str, str], selector: Selector) -> bool:
    for operator, key, value in selector:
        if operator == "present" and key not in labels:
            return False
        if operator == "absent" and key in labels:
            return False
        if operator == "=" and labels.get(key) != value:
            return False
        if operator == "!=" and labels.get(key) == value:
            return False
    return True


def parse_labels(text: str) -> dict[str, str]:
    labels: dict[str, str] = {}
    for part in text.split(","):
        key, sep, value = part.partition("=")
        if not sep or not _LABEL_KEY.match(key) or not _LABEL_VALUE.match(value):
            raise KubectlError(f"error: invalid label spec: {part}")
        labels[key] = value
    return labels


class Workload:
    """Namespaces, pods and jobs of one cluster. Call with the state lock held."""

    def __init__(self, created: int) -> None:
        self.namespaces: dict[str, int] = {name: created for name in (DEFAULT_NAMESPACE, *SYSTEM_NAMESPACES)}
        self.pods: dict[tuple[str, str], Pod] = {}
        self.jobs: dict[tuple[str, str], Job] = {}
        self.serial = 0

    # -- the clean-ups of DSS -------------------------------------------------------------------

    def delete_finished_jobs(
        self, namespace: str | None, label_filter: str | None, *, delete_failed: bool, dry_run: bool
    ) -> dict[str, Any]:
        finished = (COMPLETE, FAILED) if delete_failed else (COMPLETE,)
        names, info = self._clean("jobs", namespace, label_filter, dry_run, lambda o: o.status in finished)
        return {"success": info.return_value == 0, "dryRun": dry_run, "deletedJobs": names, "debugInfo": info.to_json()}

    def delete_pods(
        self, namespace: str | None, label_filter: str | None, *, finished_only: bool, dry_run: bool
    ) -> dict[str, Any]:
        names, info = self._clean(
            "pods", namespace, label_filter, dry_run, lambda o: not finished_only or o.phase in (SUCCEEDED, FAILED)
        )
        return {"success": info.return_value == 0, "dryRun": dry_run, "deletedPods": names, "debugInfo": info.to_json()}

    def _clean(
        self,
        resource: str,
        namespace: str | None,
        label_filter: str | None,
        dry_run: bool,
        wanted: Callable[[Any], bool],
    ) -> tuple[list[str], KubectlResult]:
        ns = namespace or DEFAULT_NAMESPACE
        listing = ["get", resource, "--namespace", ns, *(["-l", label_filter] if label_filter else []), "-o", "name"]
        try:
            selector = parse_selector(label_filter) if label_filter else []
        except KubectlError as refused:
            return [], KubectlResult(_command_line(listing), 1, "", f"{refused}\n")
        store: Mapping[tuple[str, str], Pod | Job] = self.pods if resource == "pods" else self.jobs
        chosen = [
            o.name for (o_ns, _), o in sorted(store.items()) if o_ns == ns and matches(o.labels, selector) and wanted(o)
        ]
        if not chosen:
            return [], KubectlResult(_command_line(listing), 0, "", f"No resources found in {ns} namespace.\n")
        command = ["delete", resource, "--namespace", ns, *(["--dry-run=client"] if dry_run else []), *chosen]
        suffix = " (dry run)" if dry_run else ""
        out = "".join(f'{_KIND_PREFIX[resource]} "{name}" deleted{suffix}\n' for name in chosen)
        if not dry_run:
            for name in chosen:
                self._delete(resource, ns, name)
        return chosen, KubectlResult(_command_line(command), 0, out, "")

    # -- kubectl --------------------------------------------------------------------------------

    def kubectl(self, args: str, now: int) -> KubectlResult:
        """Run ``kubectl <args>``: its outcome, never an exception."""
        result = KubectlResult(f"kubectl {args}".rstrip())
        try:
            try:
                tokens = shlex.split(args)
            except ValueError as bad:
                raise KubectlError(f"error: invalid arguments: {bad}") from None
            result.stdout = self._run(tokens, now, result)
        except KubectlError as refused:
            result.return_value = 1
            result.stderr += f"{refused}\n"
        return result

    def _run(self, tokens: list[str], now: int, result: KubectlResult) -> str:
        command: list[str] = []
        if "--" in tokens:
            cut = tokens.index("--")
            tokens, command = tokens[:cut], tokens[cut + 1 :]
        allowed: dict[str, set[str]] = {
            "version": {"client", "output"},
            "get": {"namespace", "all-namespaces", "selector", "output"},
            "run": {"namespace", "image", "labels", "restart"},
            "create": {"namespace", "image"},
            "delete": {"namespace"},
            "label": {"namespace", "overwrite"},
        }
        # kubectl finds its subcommand before it reads the flags.
        verb = _verb_of(tokens)
        if verb is not None and verb not in allowed:
            raise KubectlError(f'error: unknown command "{verb}" for "kubectl"')
        positional, flags = _parse_flags(tokens)
        if not positional:
            raise KubectlError('error: no command given: try "kubectl get pods"')
        verb, rest = positional[0], positional[1:]
        for name in flags:
            if name not in allowed[verb]:
                raise KubectlError(f"error: unknown flag: --{name}\nSee 'kubectl {verb} --help' for usage.")
        if command and verb not in ("run", "create"):
            raise KubectlError(f"error: unexpected arguments after --: {shlex.join(command)}")
        namespace = str(flags.get("namespace") or DEFAULT_NAMESPACE)
        if verb == "version":
            if rest:
                raise KubectlError(f'error: unknown command "{rest[0]}" for "kubectl version"')
            return self._version(bool(flags.get("client")), flags.get("output"))
        if verb == "get":
            return self._get(rest, flags, namespace, now, result)
        if verb == "run":
            return self._run_pod(rest, flags, namespace, command, now)
        if verb == "create":
            return self._create(rest, flags, namespace, command, now)
        if verb == "delete":
            return self._delete_named(rest, namespace, result)
        return self._label(rest, flags, namespace)

    @staticmethod
    def _version(client_only: bool, output: object) -> str:
        if output == "json":
            info: dict[str, Any] = {
                "clientVersion": {"gitVersion": KUBECTL_VERSION},
                "kustomizeVersion": KUSTOMIZE_VERSION,
            }
            if not client_only:
                info["serverVersion"] = {"gitVersion": KUBECTL_VERSION}
            return json.dumps(info, indent=2) + "\n"
        if output is not None:
            raise KubectlError(f"error: --output must be 'yaml' or 'json' (the emulator knows json): {output}")
        lines = [f"Client Version: {KUBECTL_VERSION}", f"Kustomize Version: {KUSTOMIZE_VERSION}"]
        if not client_only:
            lines.append(f"Server Version: {KUBECTL_VERSION}")
        return "".join(f"{line}\n" for line in lines)

    def _get(
        self, rest: list[str], flags: Mapping[str, object], namespace: str, now: int, result: KubectlResult
    ) -> str:
        if not rest:
            raise KubectlError(
                'You must specify the type of resource to get. Use "kubectl api-resources" for a complete list.\n'
                "error: Required resource not specified."
            )
        resource, names = _resource_and_names(rest)
        everywhere = bool(flags.get("all-namespaces"))
        if everywhere and names:
            raise KubectlError("error: a resource cannot be retrieved by name across all namespaces")
        output = flags.get("output")
        if output not in (None, "name", "json"):
            raise KubectlError(
                f'error: unable to match a printer suitable for the output format "{output}", '
                "allowed formats are: json,name (the emulator's kubectl)"
            )
        selector = parse_selector(str(flags["selector"])) if flags.get("selector") else []
        objects = self._listed(resource, None if everywhere or resource == "namespaces" else namespace)
        objects = [o for o in objects if matches(_labels_of(o), selector)]
        if names:
            by_name = {_name_of(o): o for o in objects}
            found, missing = [by_name[n] for n in names if n in by_name], [n for n in names if n not in by_name]
            objects = found
            result.stderr += "".join(f'Error from server (NotFound): {resource} "{n}" not found\n' for n in missing)
            if missing:
                result.return_value = 1
        elif not objects:
            where = "" if everywhere or resource == "namespaces" else f" in {namespace} namespace"
            result.stderr += f"No resources found{where}.\n"
            return ""
        if output == "name":
            return "".join(f"{_KIND_PREFIX[resource]}/{_name_of(o)}\n" for o in objects)
        if output == "json":
            items = [_as_json(o, now) for o in objects]
            if len(names) == 1 and len(items) == 1:
                return json.dumps(items[0], indent=4) + "\n"
            listing = {"apiVersion": "v1", "items": items, "kind": "List", "metadata": {"resourceVersion": ""}}
            return json.dumps(listing, indent=4) + "\n"
        if not objects:
            return ""
        return _table(resource, objects, now, with_namespace=everywhere and resource != "namespaces")

    def _run_pod(
        self, rest: list[str], flags: Mapping[str, object], namespace: str, command: list[str], now: int
    ) -> str:
        if len(rest) != 1:
            raise KubectlError("error: NAME is required for run" if not rest else f"error: unexpected args: {rest[1:]}")
        name = _valid_name("Pod", rest[0])
        image = flags.get("image")
        if not image:
            raise KubectlError('error: required flag(s) "image" not set')
        restart = str(flags.get("restart") or "Always")
        if restart not in ("Always", "OnFailure", "Never"):
            raise KubectlError(f"error: invalid restart policy: {restart}")
        labels = parse_labels(str(flags["labels"])) if flags.get("labels") else {"run": name}
        self._existing_namespace(namespace)
        if (namespace, name) in self.pods:
            raise KubectlError(f'Error from server (AlreadyExists): pods "{name}" already exists')
        phase = _outcome(command) if restart == "Never" and command else RUNNING
        self.pods[(namespace, name)] = Pod(name, namespace, labels, str(image), phase, now, restart, command)
        return f"pod/{name} created\n"

    def _create(
        self, rest: list[str], flags: Mapping[str, object], namespace: str, command: list[str], now: int
    ) -> str:
        if not rest:
            raise KubectlError("error: must specify one of -f and -k (the emulator creates job or namespace)")
        kind, names = rest[0], rest[1:]
        if kind not in ("job", "namespace", "ns"):
            raise KubectlError(f'error: unknown command "{kind}" for "kubectl create"')
        if len(names) != 1:
            raise KubectlError(f"error: exactly one NAME is required, got {len(names)}")
        if kind in ("namespace", "ns"):
            if command or flags.get("image"):
                raise KubectlError("error: create namespace takes no image and no command")
            name = _valid_name("Namespace", names[0])
            if name in self.namespaces:
                raise KubectlError(f'Error from server (AlreadyExists): namespaces "{name}" already exists')
            self.namespaces[name] = now
            return f"namespace/{name} created\n"
        name = _valid_name("Job", names[0])
        image = flags.get("image")
        if not image:
            raise KubectlError('error: required flag(s) "image" not set')
        self._existing_namespace(namespace)
        if (namespace, name) in self.jobs:
            raise KubectlError(f'Error from server (AlreadyExists): jobs.batch "{name}" already exists')
        phase = _outcome(command)
        labels = {"batch.kubernetes.io/job-name": name, "job-name": name}
        self.jobs[(namespace, name)] = Job(
            name, namespace, dict(labels), str(image), COMPLETE if phase == SUCCEEDED else FAILED, now, command
        )
        self.serial += 1
        pod_name = f"{name}-{_suffix(f'{namespace}/{name}/{self.serial}')}"
        self.pods[(namespace, pod_name)] = Pod(
            pod_name, namespace, dict(labels), str(image), phase, now, "Never", command, job=name
        )
        return f"job.batch/{name} created\n"

    def _delete_named(self, rest: list[str], namespace: str, result: KubectlResult) -> str:
        if not rest:
            raise KubectlError(
                "error: You must provide one or more resources by argument or filename.\n"
                "Example resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n"
                "   '<resource> <name>'\n   '<resource>'"
            )
        resource, names = _resource_and_names(rest)
        if not names:
            raise KubectlError("error: resource(s) were provided, but no name was specified")
        out: list[str] = []
        for name in names:
            key_ns = name if resource == "namespaces" else namespace
            if resource == "namespaces" and name in (DEFAULT_NAMESPACE, *SYSTEM_NAMESPACES):
                result.stderr += (
                    f'Error from server (Forbidden): namespaces "{name}" is forbidden: '
                    "this namespace may not be deleted\n"
                )
                result.return_value = 1
                continue
            if not self._delete(resource, key_ns, name):
                noun = "jobs.batch" if resource == "jobs" else resource
                result.stderr += f'Error from server (NotFound): {noun} "{name}" not found\n'
                result.return_value = 1
                continue
            out.append(f'{_KIND_PREFIX[resource]} "{name}" deleted\n')
        return "".join(out)

    def _label(self, rest: list[str], flags: Mapping[str, object], namespace: str) -> str:
        slashed = "/" in rest[0] if rest else False
        if len(rest) < (1 if slashed else 2):
            raise KubectlError("error: one or more resources must be specified as <resource> <name>")
        resource, names = _resource_and_names(rest[:1] if slashed else rest[:2])
        changes = rest[1:] if slashed else rest[2:]
        if resource == "namespaces":
            raise KubectlError("error: the emulator's kubectl labels pods and jobs only")
        if not changes:
            raise KubectlError("error: at least one label update is required")
        found = [o for o in self._listed(resource, namespace) if _name_of(o) == names[0]]
        if not found:
            noun = "jobs.batch" if resource == "jobs" else resource
            raise KubectlError(f'Error from server (NotFound): {noun} "{names[0]}" not found')
        labels = _labels_of(found[0])
        updated = dict(labels)
        for change in changes:
            if change.endswith("-") and "=" not in change:
                updated.pop(change[:-1], None)
                continue
            for key, value in parse_labels(change).items():
                if key in updated and updated[key] != value and not flags.get("overwrite"):
                    raise KubectlError(f"error: '{key}' already has a value ({updated[key]}), and --overwrite is false")
                updated[key] = value
        labels.clear()
        labels.update(updated)
        return f"{_KIND_PREFIX[resource]}/{names[0]} labeled\n"

    # -- the objects ------------------------------------------------------------------------------

    def _existing_namespace(self, namespace: str) -> None:
        if namespace not in self.namespaces:
            raise KubectlError(f'Error from server (NotFound): namespaces "{namespace}" not found')

    def _listed(self, resource: str, namespace: str | None) -> list[Any]:
        if resource == "namespaces":
            return [_Namespace(name, created) for name, created in sorted(self.namespaces.items())]
        store: Mapping[tuple[str, str], Pod | Job] = self.pods if resource == "pods" else self.jobs
        return [o for (ns, _), o in sorted(store.items()) if namespace is None or ns == namespace]

    def _delete(self, resource: str, namespace: str, name: str) -> bool:
        if resource == "namespaces":
            if self.namespaces.pop(name, None) is None:
                return False
            for store in (self.pods, self.jobs):
                for key in [k for k in store if k[0] == name]:
                    del store[key]
            return True
        if resource == "pods":
            return self.pods.pop((namespace, name), None) is not None
        if self.jobs.pop((namespace, name), None) is None:
            return False
        # Deleting a job takes its pods with it (kubectl's default cascade).
        for key in [k for k, pod in self.pods.items() if k[0] == namespace and pod.job == name]:
            del self.pods[key]
        return True


@dataclass
class _Namespace:
    name: str
    created: int


def _verb_of(tokens: Sequence[str]) -> str | None:
    skip = False
    for token in tokens:
        if skip:
            skip = False
        elif token.startswith("-") and len(token) > 1:
            name = token[2:] if token.startswith("--") else _SHORT.get(token[1], "") if len(token) == 2 else ""
            skip = name in _VALUE_FLAGS
        else:
            return token
    return None


def _parse_flags(tokens: Iterable[str]) -> tuple[list[str], dict[str, object]]:
    positional: list[str] = []
    flags: dict[str, object] = {}
    pending: str | None = None
    for token in tokens:
        if pending is not None:
            flags[pending] = token
            pending = None
            continue
        if token.startswith("--") and len(token) > 2:
            name, sep, value = token[2:].partition("=")
            if name in _BOOL_FLAGS:
                flags[name] = value.lower() != "false" if sep else True
            elif name in _VALUE_FLAGS:
                if sep:
                    flags[name] = value
                else:
                    pending = name
            else:
                raise KubectlError(f"error: unknown flag: --{name}")
        elif token.startswith("-") and len(token) > 1:
            short, value = token[1], token[2:].lstrip("=")
            long_name = _SHORT.get(short)
            if long_name is None:
                raise KubectlError(f"error: unknown shorthand flag: '{short}' in {token}")
            if long_name in _BOOL_FLAGS:
                flags[long_name] = True
            elif value:
                flags[long_name] = value
            else:
                pending = long_name
        else:
            positional.append(token)
    if pending is not None:
        raise KubectlError(f"error: flag needs an argument: --{pending}")
    return positional, flags


def _resource_and_names(rest: Sequence[str]) -> tuple[str, list[str]]:
    """``pods a b`` or ``pod/a pod/b`` -> (resource, names)."""
    if "/" in rest[0]:
        resources: set[str] = set()
        names: list[str] = []
        for item in rest:
            kind, _, name = item.partition("/")
            resources.add(_resource(kind))
            names.append(name)
        if len(resources) != 1:
            raise KubectlError("error: the emulator's kubectl takes one resource type at a time")
        return resources.pop(), names
    return _resource(rest[0]), list(rest[1:])


def _resource(kind: str) -> str:
    resource = _RESOURCES.get(kind.lower())
    if resource is None:
        raise KubectlError(f'error: the server doesn\'t have a resource type "{kind}"')
    return resource


def _valid_name(kind: str, name: str) -> str:
    if not _NAME.match(name):
        raise KubectlError(
            f'The {kind} "{name}" is invalid: metadata.name: Invalid value: "{name}": a lowercase RFC 1123 '
            "subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end "
            "with an alphanumeric character"
        )
    return name


def _outcome(command: Sequence[str]) -> str:
    return FAILED if command and command[0] == "false" else SUCCEEDED


def _suffix(seed: str) -> str:
    digest = hashlib.sha256(seed.encode()).digest()
    return "".join(_SUFFIX_ALPHABET[b % len(_SUFFIX_ALPHABET)] for b in digest[:5])


def _command_line(arguments: Sequence[str]) -> str:
    return shlex.join(["kubectl", *arguments])


def _name_of(obj: Any) -> str:
    return str(obj.name)


def _labels_of(obj: Any) -> dict[str, str]:
    if isinstance(obj, _Namespace):
        return {"kubernetes.io/metadata.name": obj.name}
    labels: dict[str, str] = obj.labels
    return labels


def _timestamp(ms: int) -> str:
    return datetime.datetime.fromtimestamp(ms / 1000, datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _age(created: int, now: int) -> str:
    seconds = max(0, (now - created) // 1000)
    if seconds < 120:
        return f"{seconds}s"
    if seconds < 600:
        return f"{seconds // 60}m{seconds % 60}s"
    if seconds < 3 * 3600:
        return f"{seconds // 60}m"
    if seconds < 48 * 3600:
        return f"{seconds // 3600}h"
    return f"{seconds // 86400}d"


def _as_json(obj: Any, now: int) -> dict[str, Any]:
    if isinstance(obj, _Namespace):
        return {
            "apiVersion": "v1",
            "kind": "Namespace",
            "metadata": {
                "creationTimestamp": _timestamp(obj.created),
                "labels": _labels_of(obj),
                "name": obj.name,
            },
            "status": {"phase": "Active"},
        }
    container: dict[str, Any] = {"image": obj.image, "name": obj.job if isinstance(obj, Pod) and obj.job else obj.name}
    if obj.command:
        container["command"] = list(obj.command)
    metadata: dict[str, Any] = {
        "creationTimestamp": _timestamp(obj.created),
        "labels": dict(obj.labels),
        "name": obj.name,
        "namespace": obj.namespace,
    }
    if isinstance(obj, Pod):
        if obj.job:
            metadata["ownerReferences"] = [{"apiVersion": "batch/v1", "kind": "Job", "name": obj.job}]
        return {
            "apiVersion": "v1",
            "kind": "Pod",
            "metadata": metadata,
            "spec": {"containers": [container], "restartPolicy": obj.restart_policy},
            "status": {"phase": obj.phase, "startTime": _timestamp(obj.created)},
        }
    status: dict[str, Any] = {
        "conditions": [{"status": "True", "type": obj.status}],
        "startTime": _timestamp(obj.created),
    }
    if obj.status == COMPLETE:
        status |= {"succeeded": 1, "completionTime": _timestamp(obj.created)}
    else:
        status["failed"] = 1
    return {
        "apiVersion": "batch/v1",
        "kind": "Job",
        "metadata": metadata,
        "spec": {"template": {"spec": {"containers": [container], "restartPolicy": "Never"}}},
        "status": status,
    }


def _table(resource: str, objects: Sequence[Any], now: int, *, with_namespace: bool) -> str:
    rows: list[list[str]]
    if resource == "namespaces":
        rows = [["NAME", "STATUS", "AGE"]] + [[o.name, "Active", _age(o.created, now)] for o in objects]
    elif resource == "pods":
        shown = {RUNNING: ("1/1", "Running"), SUCCEEDED: ("0/1", "Completed"), FAILED: ("0/1", "Error")}
        rows = [["NAME", "READY", "STATUS", "RESTARTS", "AGE"]] + [
            [o.name, *shown[o.phase], "0", _age(o.created, now)] for o in objects
        ]
    else:
        rows = [["NAME", "STATUS", "COMPLETIONS", "DURATION", "AGE"]] + [
            [o.name, o.status, "1/1" if o.status == COMPLETE else "0/1", "0s", _age(o.created, now)] for o in objects
        ]
    if with_namespace:
        rows = [["NAMESPACE", *rows[0]]] + [[o.namespace, *row] for o, row in zip(objects, rows[1:], strict=True)]
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    return "".join(
        "   ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip() + "\n" for row in rows
    )
