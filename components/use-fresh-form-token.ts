import { useEffect, useState } from "react";
import { z } from "zod";
import { formTokenRenewAfterMs, readFormToken } from "@/lib/leads";

const renewal = z.object({ formToken: z.string() });

/**
 * The form token to send. When the form comes back into view (restored by Back, or its tab shown
 * again) with a token near the end of its day, a fresh one is fetched: the server keeps a post
 * with an older token in spam. The age is the larger of what this browser's clock says and how
 * long the page has held the token, so a clock set behind cannot hide it.
 */
export function useFreshFormToken(initial: string): string {
  const [renewed, setRenewed] = useState<{ from: string; token: string }>();

  useEffect(() => {
    let current = initial;
    let heldSince = Date.now();
    let asking = false;
    const isOld = () => {
      const now = Date.now();
      const issuedAt = readFormToken(current)?.issuedAt ?? 0;
      return Math.max(now - issuedAt, now - heldSince) >= formTokenRenewAfterMs;
    };
    async function renewIfOld() {
      if (asking || document.visibilityState !== "visible" || !isOld()) return;
      asking = true;
      try {
        const address = `/api/contact/form-token?current=${encodeURIComponent(current)}`;
        const response = await fetch(address, { cache: "no-store" });
        const answer = renewal.safeParse(await response.json());
        if (answer.success) {
          current = answer.data.formToken;
          heldSince = Date.now();
          setRenewed({ from: initial, token: current });
        }
      } catch {
        // Offline: the form keeps its token and asks again the next time it is shown.
      } finally {
        asking = false;
      }
    }
    void renewIfOld();
    window.addEventListener("pageshow", renewIfOld);
    document.addEventListener("visibilitychange", renewIfOld);
    return () => {
      window.removeEventListener("pageshow", renewIfOld);
      document.removeEventListener("visibilitychange", renewIfOld);
    };
  }, [initial]);

  return renewed?.from === initial ? renewed.token : initial;
}
