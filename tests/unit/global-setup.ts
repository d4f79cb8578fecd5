// One throwaway PostgreSQL server for the whole unit test run: starting one costs a second or
// so and a database in it a few milliseconds, so test files share the server and each makes
// databases of its own (CREATE DATABASE on the URL provided below).
import type { TestProject } from "vitest/node";
import { startTestPostgres } from "../../scripts/test-postgres";

declare module "vitest" {
  export interface ProvidedContext {
    /** The shared server's `postgres` database, as superuser: read with inject("postgresUrl"). */
    postgresUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const postgres = await startTestPostgres();
  project.provide("postgresUrl", postgres.url);
  // Vitest skips this on SIGINT/SIGTERM; the harness's own exit hook stops the server then.
  return async () => {
    await postgres.destroy();
  };
}
