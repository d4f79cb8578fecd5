// The throwaway-PostgreSQL harness: the shared server from global setup answers, databases
// made in it are separate, and a server can be taken away and brought back under a client.
import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import { startTestPostgres } from "../../../scripts/test-postgres";

async function queryOnce(url: string, sql: string): Promise<unknown[]> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

describe("test PostgreSQL", () => {
  it("the run's shared server answers at the injected URL", async () => {
    expect(await queryOnce(inject("postgresUrl"), "select 1 as one")).toEqual([{ one: 1 }]);
  });

  it("stops, refuses connections, starts again on the same port, and is destroyed", async () => {
    const began = performance.now();
    const postgres = await startTestPostgres();
    const startMs = performance.now() - began;
    try {
      const url = await postgres.createDatabase();
      await queryOnce(url, "create table kept (n int); insert into kept values (42)");

      // Immediate is a crash to the server: what was committed must survive it.
      await postgres.stop("immediate");
      await expect(queryOnce(url, "select 1")).rejects.toMatchObject({ code: "ECONNREFUSED" });

      await postgres.start();
      expect(await queryOnce(url, "select n from kept")).toEqual([{ n: 42 }]);

      await postgres.dropDatabases();
      await expect(queryOnce(url, "select 1")).rejects.toMatchObject({ code: "3D000" });
    } finally {
      await postgres.destroy();
    }
    await expect(queryOnce(postgres.url, "select 1")).rejects.toMatchObject({
      code: "ECONNREFUSED",
    });
    console.log(`startTestPostgres() took ${Math.round(startMs)} ms`);
  });
});
