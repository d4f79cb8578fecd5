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
  // Static pages are served with the policy written into the build: without it they would go
  // out with none at all. Fail closed: no server rather than an unprotected one.
  // (Not under `next dev`, which renders every page per request, nor while `next build`
  // prerenders, before the policies are written.)
  const serving = process.env.NEXT_PHASE !== "phase-production-build";
  if (serving && process.env.NODE_ENV !== "development") {
    const { refuseUnprotectedStaticPages } = await import("@/lib/http/csp");
    refuseUnprotectedStaticPages();
  }
  const { stampPeerAddress } = await import("@/lib/http/peer-address");
  stampPeerAddress();
  // Hashed now, so even the first sign-in for an unknown account costs one hash, like any other.
  const { decoyHash } = await import("@/lib/auth/password");
  void decoyHash();
  const { getLeadIntake } = await import("@/lib/leads/server");
  await getLeadIntake().catch(() => undefined);
}
