// `npm run content:links | head` closes the pipe early; stop quietly instead of printing EPIPE.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});
