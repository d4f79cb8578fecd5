// What a command does when the reader of its output goes away early (`… | head`): listings
// stop quietly; an export says it was cut short and fails, so no one mistakes it for complete.
export function onClosedPipe(mode: "quiet" | "fail", name: string): void {
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    if (mode === "quiet") process.exit(0);
    process.stderr.write(`${name}: the output was closed before every lead was written\n`);
    process.exit(1);
  });
}
