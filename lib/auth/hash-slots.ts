import "server-only";
// At most two password checks run at once in this process; a few more may wait briefly for a
// turn, the rest are refused at once. Each check costs 19 MiB and tens of milliseconds of a
// core, so a flood of guesses across many accounts and addresses (which the lockout does not
// bound) could otherwise starve the site of memory and of libuv's few worker threads.

export const hashSlots = 2;
const maxWaiting = 8;
const maxWaitMs = 2_000;

let running = 0;
const waiting: (() => void)[] = [];

export class HashesBusy extends Error {
  override name = "HashesBusy";
}

function release() {
  const next = waiting.shift();
  if (next) next();
  else running -= 1;
}

/**
 * A slot for one password check, or HashesBusy when too many are running and waiting. `first`
 * goes to the head of the line, even a full one (it still waits at most maxWaitMs).
 */
async function takeSlot(first: boolean): Promise<void> {
  if (running < hashSlots) {
    running += 1;
    return;
  }
  if (waiting.length >= maxWaiting && !first) throw new HashesBusy();
  await new Promise<void>((resolve, reject) => {
    const turn = () => {
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(() => {
      waiting.splice(waiting.indexOf(turn), 1);
      reject(new HashesBusy());
    }, maxWaitMs);
    if (first) waiting.unshift(turn);
    else waiting.push(turn);
  });
}

/** Runs `check` when a slot is free (the slot passes straight to the next waiter after). */
export async function withHashSlot<T>(
  check: () => Promise<T>,
  { first = false }: { first?: boolean } = {},
): Promise<T> {
  await takeSlot(first);
  try {
    return await check();
  } finally {
    release();
  }
}
