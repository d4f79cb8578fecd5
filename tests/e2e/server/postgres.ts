// The run's throwaway PostgreSQL (started by tests/e2e/global-setup.ts): a fresh database per
// spec, and direct reads of what the site stored, as staff tools would see it.
import pg from "pg";
import {
  createRandomDatabase,
  databaseUrl,
  dropDatabases,
} from "../../../scripts/postgres-databases";

function adminUrl(): string {
  const url = process.env.E2E_POSTGRES_URL;
  if (!url) throw new Error("E2E_POSTGRES_URL is not set: run the tests through playwright test");
  return url;
}

export async function freshDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const admin = adminUrl();
  const name = await createRandomDatabase(admin);
  return {
    url: databaseUrl(Number(new URL(admin).port), name),
    drop: () => dropDatabases(admin, [name]),
  };
}

export async function rows<T extends Record<string, unknown>>(
  url: string,
  text: string,
  values: unknown[] = [],
): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}
