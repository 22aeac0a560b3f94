// Create a project and list projects through the types openapi-typescript generates from the spec.
// Built by tests/docs/test_other_languages.py: types from spec/dss-public-api.yaml, `tsc --strict`,
// then run with node against an emulator (DKU_DSS_URL, DKU_API_KEY).
import type { paths } from "./dss-public-api.js";

// The few globals of Node.js 20 this program uses (the spec's tooling has no @types/node).
declare const process: { env: Record<string, string | undefined>; exitCode?: number };
declare function btoa(data: string): string;
declare const console: { log(...data: unknown[]): void; error(...data: unknown[]): void };
declare function fetch(
  url: string,
  init: { method: string; headers: Record<string, string>; body?: string },
): Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>;

type NewProject = paths["/projects/"]["post"]["requestBody"]["content"]["application/json"];
type ProjectList = paths["/projects/"]["get"]["responses"]["200"]["content"]["application/json"];

const base = `${process.env["DKU_DSS_URL"] ?? "http://localhost:11200"}/public/api`;
const headers = {
  // An API key is the user name of HTTP Basic authentication.
  Authorization: `Basic ${btoa(`${process.env["DKU_API_KEY"] ?? ""}:`)}`,
  "Content-Type": "application/json",
};

async function main(): Promise<void> {
  const body: NewProject = { projectKey: "FROM_TS", name: "From TypeScript", owner: "admin" };
  const created = await fetch(`${base}/projects/`, { method: "POST", headers, body: JSON.stringify(body) });
  if (!created.ok) throw new Error(`createProject answered ${created.status}`);

  const listed = await fetch(`${base}/projects/`, { method: "GET", headers });
  const projects = (await listed.json()) as ProjectList;
  for (const project of projects) {
    console.log(`${project.projectKey}: ${project.name ?? ""}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
