import { describe, expect, it } from "vitest";
import { databases, tempLeadDb } from "../../db/fixtures";
import { forgetExpiredAuthState } from "@/lib/auth";
import {
  countResetRequest,
  resetRequestsPerAddress,
  resetRequestsPerAddressAndNetwork,
  resetRequestsPerNetwork,
  resetRequestWindowMs,
} from "@/lib/auth/reset";
import type { Db } from "@/lib/db";

const start = new Date("2026-03-02T09:00:00.000Z");
const at = (ms: number) => new Date(start.getTime() + ms);
const minute = 60_000;

const ask = (db: Db, network: string, email: string, now = start) =>
  countResetRequest(db, { network, email }, now);

describe.each(databases)("requests for a password link (%s)", (kind) => {
  it("lets three through per address from one network in an hour, then refuses that pair only", async () => {
    const { db } = await tempLeadDb(kind);
    expect(resetRequestsPerAddressAndNetwork).toBe(3);
    for (let n = 0; n < 3; n += 1) {
      expect(await ask(db, "198.51.100.1", "ana@altus.example", at(n * minute))).toBe("allowed");
    }
    expect(await ask(db, "198.51.100.1", "ana@altus.example", at(3 * minute))).toBe(
      "address-limited",
    );
    // Another network for the same address goes on: a stranger spending an address's links
    // cannot stop its owner asking from elsewhere.
    expect(await ask(db, "198.51.100.2", "ana@altus.example", at(5 * minute))).toBe("allowed");
    // An hour after the first, one more is let through again, and only one.
    expect(await ask(db, "198.51.100.1", "ana@altus.example", at(resetRequestWindowMs + 1))).toBe(
      "allowed",
    );
    expect(await ask(db, "198.51.100.1", "ana@altus.example", at(resetRequestWindowMs + 2))).toBe(
      "address-limited",
    );
  });

  it("lets ten through per address in an hour from all networks together", async () => {
    const { db } = await tempLeadDb(kind);
    expect(resetRequestsPerAddress).toBe(10);
    for (let n = 0; n < 10; n += 1) {
      const network = `198.51.100.${Math.floor(n / 3)}`;
      expect(await ask(db, network, "ana@altus.example", at(n * minute))).toBe("allowed");
    }
    // From a network that has asked for nothing yet, so the inbox holds ten links at most.
    expect(await ask(db, "198.51.100.9", "ana@altus.example", at(11 * minute))).toBe(
      "address-limited",
    );
    expect(await ask(db, "198.51.100.9", "bo@altus.example", at(12 * minute))).toBe("allowed");
  });

  it("refuses a network after five requests in an hour, whatever the addresses", async () => {
    const { db } = await tempLeadDb(kind);
    expect(resetRequestsPerNetwork).toBe(5);
    for (let n = 0; n < 5; n += 1) {
      expect(await ask(db, "203.0.113.5", `person${n}@example.com`, at(n * minute))).toBe(
        "allowed",
      );
    }
    expect(await ask(db, "203.0.113.5", "someone@example.com", at(10 * minute))).toBe(
      "network-limited",
    );
    // Another network is not affected, and the refused request was not counted for the address.
    expect(await ask(db, "203.0.113.6", "someone@example.com", at(11 * minute))).toBe("allowed");
    expect(await ask(db, "203.0.113.5", "someone@example.com", at(resetRequestWindowMs))).toBe(
      "allowed",
    );
  });

  it("counts requests that arrive at the same moment one by one", async () => {
    const { db } = await tempLeadDb(kind);
    const verdicts = await Promise.all(
      Array.from({ length: 8 }, (_, n) => ask(db, "192.0.2.1", `p${n}@example.com`)),
    );
    expect(verdicts.filter((verdict) => verdict === "allowed")).toHaveLength(5);
  });

  it("forgets requests older than an hour in the housekeeping", async () => {
    const { db } = await tempLeadDb(kind);
    await ask(db, "192.0.2.1", "ana@altus.example");
    await ask(db, "192.0.2.1", "ana@altus.example", at(30 * minute));
    await forgetExpiredAuthState(db, at(resetRequestWindowMs + minute));
    const rows = await db.selectFrom("password_reset_requests").selectAll().execute();
    // Each request is counted for its network, its address, and the two together.
    expect(rows).toHaveLength(3);
    expect(rows.every((row) => row.at === at(30 * minute).toISOString())).toBe(true);
    // Keys hold no address.
    expect(rows.some((row) => row.key.includes("ana") || row.key.includes("192.0.2.1"))).toBe(
      false,
    );
  });
});
