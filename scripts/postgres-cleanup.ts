// A server started by `pg_ctl` runs in a session of its own: it outlives the test process
// unless someone stops it, and Vitest skips globalSetup teardown on SIGINT/SIGTERM. So every
// throwaway server registers here, and whatever way the process ends, it is stopped.
const pending = new Set<() => void>();
let installed = false;

/** Runs `cleanup` (synchronously) when the process ends; returns a function that cancels it. */
export function atProcessEnd(cleanup: () => void): () => void {
  install();
  pending.add(cleanup);
  return () => pending.delete(cleanup);
}

function runPending(): void {
  for (const cleanup of [...pending]) {
    pending.delete(cleanup);
    try {
      cleanup();
    } catch {
      // The process is ending: a server that is already gone is not worth a crash here.
    }
  }
}

function install(): void {
  if (installed) return;
  installed = true;
  process.once("exit", runPending);
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    const onSignal = () => {
      runPending();
      // A test runner that listens for the signal decides how to end (Playwright finishes
      // its teardown, which also stops its web server); the `exit` hook covers that end too.
      // Counting works because this listener is prepended: a runner's `once` listener is
      // removed only when it is called, which is after this one.
      if (process.listenerCount(signal) > 1) return;
      // Nobody else listens: end as Node would have without us, killed by the signal.
      process.off(signal, onSignal);
      process.kill(process.pid, signal);
    };
    process.prependListener(signal, onSignal);
  }
}
