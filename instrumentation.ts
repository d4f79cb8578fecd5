// Next calls register() once when a server starts: a bad environment stops it there, with a
// message naming the variable, and the lead database and mail worker start before the first lead.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { getConfig } = await import("@/lib/config");
  getConfig();
  const { stampPeerAddress } = await import("@/lib/leads/peer-address");
  stampPeerAddress();
  const { getLeadIntake } = await import("@/lib/leads/server");
  await getLeadIntake();
}
