import "server-only";
// Who the browser makes passkeys for. A passkey is bound to a host name, so it comes from the
// address staff actually open (SITE_URL): made on altus.example, it signs in there and nowhere else.
import { getConfig } from "@/lib/config";

export type RelyingParty = { id: string; origin: string; name: string };

/** WebAuthn's RP id is the bare host name (no port); the expected origin includes scheme and port. */
export function relyingPartyFor(siteUrl: string): RelyingParty {
  const site = new URL(siteUrl);
  return { id: site.hostname, origin: site.origin, name: "Altus staff" };
}

export const relyingParty = () => relyingPartyFor(getConfig().SITE_URL);
