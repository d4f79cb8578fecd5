// One throwaway PostgreSQL server for the whole end-to-end run. Playwright's workers inherit
// the environment globalSetup leaves behind, so specs find it in E2E_POSTGRES_URL.
// Playwright starts `webServer` *before* globalSetup: the site under test cannot be handed
// this URL through webServer.env; a spec that starts a site of its own can pass it on.
import { startTestPostgres } from "../../scripts/test-postgres";

export default async function globalSetup() {
  const postgres = await startTestPostgres();
  process.env.E2E_POSTGRES_URL = postgres.url;
  return async () => {
    await postgres.destroy();
  };
}
