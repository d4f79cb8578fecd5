import { describe, expect, it } from "vitest";
import { relyingParty, relyingPartyFor } from "@/lib/auth/passkeys";
import { getConfig } from "@/lib/config";

describe("the passkeys' relying party", () => {
  it("is the host name of SITE_URL, without scheme or port", () => {
    expect(relyingPartyFor("https://altus.example").id).toBe("altus.example");
    expect(relyingPartyFor("http://localhost:3580/").id).toBe("localhost");
  });

  it("expects the origin of SITE_URL, port included, and no path", () => {
    expect(relyingPartyFor("https://altus.example/").origin).toBe("https://altus.example");
    expect(relyingPartyFor("http://localhost:3580/").origin).toBe("http://localhost:3580");
    expect(relyingPartyFor("https://staff.altus.example:8443/site").origin).toBe(
      "https://staff.altus.example:8443",
    );
  });

  it("comes from this server's SITE_URL", () => {
    expect(relyingParty()).toEqual(relyingPartyFor(getConfig().SITE_URL));
  });
});
