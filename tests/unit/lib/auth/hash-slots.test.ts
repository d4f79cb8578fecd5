import { describe, expect, it } from "vitest";
import { HashesBusy, hashSlots, withHashSlot } from "@/lib/auth";

/** A check that runs until `finish` is called, counting how many run at once. */
function gate() {
  let running = 0;
  let most = 0;
  const finishers: (() => void)[] = [];
  const check = () =>
    new Promise<boolean>((resolve) => {
      running += 1;
      most = Math.max(most, running);
      finishers.push(() => {
        running -= 1;
        resolve(false);
      });
    });
  const finishAll = () => finishers.splice(0).forEach((finish) => finish());
  return { check, finishAll, most: () => most };
}

describe("password check slots", () => {
  it("runs two checks at once, queues a few, and refuses the rest at once", async () => {
    const { check, finishAll, most } = gate();
    const attempts = Array.from({ length: 30 }, () =>
      withHashSlot(check).then(
        () => "checked",
        (error: unknown) => (error instanceof HashesBusy ? "busy" : "error"),
      ),
    );
    // Let each attempt reach its slot, its place in line or its refusal; then finish the
    // running checks until every attempt has its outcome.
    let settled = false;
    const outcomes = Promise.all(attempts).finally(() => (settled = true));
    while (!settled) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      finishAll();
    }
    const results = await outcomes;
    expect(most()).toBe(hashSlots);
    expect(results.filter((outcome) => outcome === "checked")).toHaveLength(hashSlots + 8);
    expect(results.filter((outcome) => outcome === "busy")).toHaveLength(30 - hashSlots - 8);
  });

  it("frees its slot when a check fails", async () => {
    await expect(withHashSlot(() => Promise.reject(new Error("broken")))).rejects.toThrow("broken");
    const runs = await Promise.all(
      Array.from({ length: hashSlots }, () => withHashSlot(async () => "ran")),
    );
    expect(runs).toEqual(Array(hashSlots).fill("ran"));
  });
});
