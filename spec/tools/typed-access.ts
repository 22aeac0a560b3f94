// A small program that reads what users edit most through the types openapi-typescript
// generates from the spec (build/dss-public-api.ts), under `tsc --strict` with
// noPropertyAccessFromIndexSignature: each access below compiles only if the spec declares
// the property (an undeclared one is only reachable as ["key"] on the open index signature).
// tests/spec/test_spec_tools.py compiles it; it is never run.
import type { components, operations } from "./build/dss-public-api";

type DatasetSettings =
  operations["getDatasetSettings"]["responses"]["200"]["content"]["application/json"];

export function connectionOf(settings: DatasetSettings): string | null | undefined {
  return settings.params?.connection;
}

export function csvSeparatorOf(settings: DatasetSettings): string | null | undefined {
  return settings.formatParams?.separator;
}

export function partitionDimensions(settings: DatasetSettings): (string | null | undefined)[] {
  return (settings.partitioning?.dimensions ?? []).map((dimension) => dimension.name);
}

export function pythonEnvOf(
  settings: components["schemas"]["ProjectSettings"],
): string | null | undefined {
  return settings.settings?.codeEnvs?.python?.envName;
}

export function stepTypes(settings: components["schemas"]["ScenarioSettings"]): (string | null | undefined)[] {
  return (settings.params?.steps ?? []).map((step) => step.type);
}

// FutureState.result is a declared property (not hidden under patternProperties).
export function resultOf(state: components["schemas"]["FutureState"]): unknown {
  return state.hasResult ? state.result : undefined;
}

// Answer enums are open: a value a newer DSS adds still type-checks.
export const newerState: components["schemas"]["CodeStudioStatus"]["state"] = "HIBERNATING";
export const newerNodeType: components["schemas"]["InstanceInfo"]["nodeType"] = "GOVERN";
