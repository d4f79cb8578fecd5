import "server-only";
// How a value read from SQLite is written to PostgreSQL, by the target column's type. Both
// databases keep this schema's dates as ISO-8601 UTC text and goals as JSON text (see
// dialect.ts and leads/store), and it has no booleans or blobs, so today's values pass as they
// are, after checks PostgreSQL would otherwise fail on less clearly. A column of any other type
// stops the copy before anything is written, until this file says how to convert it.
import type { SqliteValue } from "./copy-source";

/** A value that cannot go into PostgreSQL as it is; the message names what is wrong with it. */
export class CopyValueError extends Error {
  override name = "CopyValueError";
}

export type Convert = (value: SqliteValue) => string | number | null;

function text(value: SqliteValue) {
  if (value === null) return null;
  if (typeof value !== "string") throw new CopyValueError(`holds ${typeof value} data, not text`);
  // SQLite stores a NUL character; PostgreSQL's text refuses it.
  if (value.includes("\u0000")) throw new CopyValueError("holds a NUL character");
  return value;
}

function wholeNumber(value: SqliteValue) {
  if (value === null) return null;
  if (typeof value === "bigint") return value.toString();
  if (typeof value === "number" && Number.isInteger(value)) return value;
  throw new CopyValueError(`holds ${String(value)}, not a whole number`);
}

const converters: Record<string, Convert> = {
  text,
  integer: wholeNumber,
  bigint: wholeNumber,
  smallint: wholeNumber,
};

/** The conversion for a PostgreSQL column type (information_schema's data_type). */
export function converterFor(dataType: string): Convert | undefined {
  return converters[dataType];
}
