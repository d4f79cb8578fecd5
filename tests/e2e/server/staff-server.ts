// A site of its own for the staff-area tests, on SQLite or PostgreSQL, with staff accounts
// made the way the README says: `npm run staff:add` on the server's command line.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { startNextServer, type RunningServer } from "../../../scripts/next-server";
import { startSmtp, type TestSmtp } from "../../fixtures/smtp";
import { freshDatabase, rows } from "./postgres";

export type StaffSite = {
  server: RunningServer;
  env: Record<string, string>;
  /** Runs SQL on the site's database, as an operator would. */
  sql: (text: string, values?: unknown[]) => Promise<Record<string, unknown>[]>;
  close: () => Promise<void>;
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null;

export async function startStaffSite(
  kind: "sqlite" | "postgres",
  port: number,
  extraEnv: Record<string, string> = {},
): Promise<StaffSite> {
  const dir = mkdtempSync(path.join(tmpdir(), "altus-staff-"));
  const file = path.join(dir, "leads.db");
  const postgres = kind === "postgres" ? await freshDatabase() : undefined;
  const env = {
    ...(postgres ? { DATABASE_URL: postgres.url } : { LEADS_DB: file }),
    LEADS_MIN_FILL_MS: "0",
    LEADS_RATE_LIMIT: "0",
    STAFF_TIME_ZONE: "Europe/London",
    ...extraEnv,
  };
  const server = await startNextServer(port, env);
  const sql = async (text: string, values: unknown[] = []) => {
    if (postgres) return rows(postgres.url, text, values);
    const db = new Database(file);
    try {
      const statement = db.prepare(text.replace(/\$\d+/g, "?"));
      if (!statement.reader) {
        statement.run(...values);
        return [];
      }
      return statement.all(...values).filter(isRecord);
    } finally {
      db.close();
    }
  };
  return {
    server,
    env,
    sql,
    close: async () => {
      await server.stop();
      await postgres?.drop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A staff site that mails through a real SMTP server on loopback, its links pointing at itself,
 * with one owner made on the command line.
 */
export async function startMailingStaffSite(
  kind: "sqlite" | "postgres",
  ports: { site: number; smtp: number },
  owner: { email: string; password: string },
): Promise<{ site: StaffSite; smtp: TestSmtp }> {
  const smtp = await startSmtp(ports.smtp);
  const site = await startStaffSite(kind, ports.site, {
    SITE_URL: `http://127.0.0.1:${ports.site}`,
    SMTP_URL: `smtp://127.0.0.1:${ports.smtp}`,
    LEADS_NOTIFY_TO: "coaches@altus.example",
  });
  staffCommand(site.env, "add", owner.email, owner.password);
  return { site, smtp };
}

/** `npm run staff:<command> -- <email>` with the password piped in, as from a script. */
export function staffCommand(
  env: Record<string, string>,
  command: string,
  email: string,
  password = "",
) {
  const result = spawnSync(
    "npx",
    ["tsx", "--conditions=react-server", "scripts/staff.ts", command, email],
    {
      env: { ...process.env, ...env },
      input: `${password}\n`,
      encoding: "utf8",
    },
  );
  if (result.status !== 0) throw new Error(`staff:${command} failed: ${result.stderr}`);
  return result.stdout;
}
