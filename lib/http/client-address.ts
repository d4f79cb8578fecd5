import "server-only";
// Which client sent a request, for the rate limit. `next start` gives route handlers no socket,
// so instrumentation stamps the socket address into a header whose name is secret to this
// process (a client cannot forge it). X-Forwarded-For is believed only with TRUST_PROXY=1.
import { randomBytes } from "node:crypto";

const headerKey = Symbol.for("altus.peerAddressHeader");
type HeaderHolder = { [headerKey]?: string };

export function peerAddressHeader(): string {
  const holder = globalThis as HeaderHolder;
  holder[headerKey] ??= `x-altus-peer-${randomBytes(8).toString("hex")}`;
  return holder[headerKey];
}

export function clientAddress(headers: Headers, trustProxy: boolean): string {
  if (trustProxy) {
    // Our proxy appends the address it saw last; anything before it came from the client.
    const forwarded = headers
      .get("x-forwarded-for")
      ?.split(",")
      .map((part) => part.trim())
      .filter(Boolean);
    const last = forwarded?.at(-1);
    if (last) return last;
  }
  return headers.get(peerAddressHeader()) ?? "unknown";
}
