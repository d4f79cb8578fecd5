import "server-only";
// The PostgreSQL connection pool, with bounded waits everywhere: a database that is down or
// unreachable costs a request a few seconds and a 503, never a hang.
//
// pg returns a connection to the pool even after a query on it timed out or its socket failed,
// and Kysely releases connections without saying why. After a failover or a network cut such
// a connection would keep failing every query sent to it, for as long as the kernel keeps the
// dead socket (minutes), so the site would answer 503 long after the database is back. Here a
// connection that saw anything but an ordinary SQL error is discarded when it is released.
import type { PostgresCursor, PostgresPool, PostgresPoolClient, PostgresQueryResult } from "kysely";
import pg from "pg";

export function createPostgresPool(url: string): PostgresPool {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    connectionTimeoutMillis: 5_000,
    // Client-side, so it also ends a wait on a connection whose peer vanished without a word.
    query_timeout: 10_000,
    idleTimeoutMillis: 10_000,
    keepAlive: true,
    keepAliveInitialDelayMillis: 10_000,
  });
  // An idle connection the server drops (restart, failover) must not crash the process.
  pool.on("error", (error) => console.warn(`leads: database connection lost (${error.message})`));
  return {
    async connect(): Promise<PostgresPoolClient> {
      const client = await pool.connect();
      let broken = false;
      // pg listens for errors only on idle connections: one that dies while checked out but
      // between two queries (its backend killed, a failover mid-transaction) would otherwise
      // raise an unhandled 'error' and crash the process. Its next query fails instead.
      const onError = () => {
        broken = true;
      };
      client.on("error", onError);
      function query<R>(
        sql: string,
        parameters: ReadonlyArray<unknown>,
      ): Promise<PostgresQueryResult<R>>;
      function query<R>(cursor: PostgresCursor<R>): PostgresCursor<R>;
      function query<R>(
        sql: string | PostgresCursor<R>,
        parameters: ReadonlyArray<unknown> = [],
      ): Promise<PostgresQueryResult<R>> | PostgresCursor<R> {
        if (typeof sql !== "string")
          throw new Error("The lead store does not stream with cursors.");
        return client.query(sql, [...parameters]).then(
          (result) => ({
            command: commands.find((command) => command === result.command) ?? "SELECT",
            rowCount: result.rowCount ?? 0,
            rows: result.rows,
          }),
          (error: unknown) => {
            // An error from the server (a constraint, a lock timeout) leaves the connection
            // usable; anything else (timeout, reset, closed socket) may not have.
            if (!(error instanceof pg.DatabaseError)) broken = true;
            throw error;
          },
        );
      }
      return {
        query,
        release: () => {
          client.off("error", onError);
          client.release(broken || undefined);
        },
      };
    },
    end: () => pool.end(),
  };
}

// The commands whose affected-row counts Kysely reads; others (BEGIN, SET) count as none.
const commands = ["UPDATE", "DELETE", "INSERT", "SELECT", "MERGE", "COMMIT", "ROLLBACK"] as const;
