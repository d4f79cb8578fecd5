// What a command does when the reader of its output goes away early (`… | head`): by default
// it stops quietly; given a message (an export), it prints it and fails, so a cut-off output
// is never mistaken for a complete one.
export function onClosedPipe(failMessage?: string): void {
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    if (failMessage === undefined) process.exit(0);
    process.stderr.write(`${failMessage}\n`);
    process.exit(1);
  });
}
