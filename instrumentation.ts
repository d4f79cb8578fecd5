// Next calls register() once when a server starts: a bad environment stops it there, with a
// message naming the variable, and the lead database (migrated) and outbox worker start before
// the first lead. A database that is not reachable yet does not stop the server: the contact
// route answers 503 and tries again on the next request.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { getConfig } = await import("@/lib/config");
  const config = getConfig();
  const { warnAboutDefaults } = await import("@/lib/config/warnings");
  warnAboutDefaults(config, process.env);
  // Without its record of script hashes a build's static pages would run no script at all.
  const { staticPageScripts } = await import("@/lib/http/csp");
  const { problem } = staticPageScripts();
  if (problem) console.error(`Static pages will run no scripts: ${problem}.`);
  const { stampPeerAddress } = await import("@/lib/http/peer-address");
  stampPeerAddress();
  // Hashed now, so even the first sign-in for an unknown account costs one hash, like any other.
  const { decoyHash } = await import("@/lib/auth/password");
  void decoyHash();
  const { getLeadIntake } = await import("@/lib/leads/server");
  await getLeadIntake().catch(() => undefined);
}
