import "server-only";
// Which client sent a request, for the rate limit. `next start` gives route handlers no socket,
// so instrumentation stamps the socket address into a header whose name is secret to this
// process (a client cannot forge it). X-Forwarded-For is believed only with TRUST_PROXY=1.
import { randomBytes } from "node:crypto";
import { isIPv4, isIPv6 } from "node:net";

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

/**
 * The network a client address stands for when clients are counted (the contact form's rate
 * limit; the sign-in lockout may use it too): an IPv4 address as it is, an IPv6 address as its
 * /64, because one subscriber is handed a whole /64 and may send from any address in it. An
 * IPv4-mapped IPv6 address (`::ffff:192.0.2.1`, what a dual-stack socket reports for an IPv4
 * client) is its IPv4 address. Brackets, a port and a zone id (`%eth0`) are dropped; a value
 * that is no address at all (such as "unknown") is returned unchanged. `ipv6Bits` 48 counts a
 * whole site (a home is handed a /56, an office a /48) as one network.
 */
export function clientNetwork(address: string, ipv6Bits: 64 | 48 = 64): string {
  const text = bareAddress(address);
  if (isIPv4(text)) return text;
  if (!isIPv6(text)) return address;
  const groups = ipv6Groups(text);
  if (groups.slice(0, 5).every((group) => group === 0) && groups[5] === 0xffff) {
    const [high = 0, low = 0] = groups.slice(6);
    return [high >> 8, high & 0xff, low >> 8, low & 0xff].join(".");
  }
  return `${groups
    .slice(0, ipv6Bits / 16)
    .map((group) => group.toString(16))
    .join(":")}::/${ipv6Bits}`;
}

/** The address without `[…]`, a port or a zone id, in lower case. */
function bareAddress(address: string): string {
  let text = address.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(text);
  if (bracketed?.[1]) text = bracketed[1];
  else if (/^[\d.]+:\d+$/.test(text)) text = text.slice(0, text.lastIndexOf(":"));
  return text.replace(/%.*$/, "").toLowerCase();
}

/** The eight 16-bit groups of a valid IPv6 address: `::` filled in, an IPv4 tail as two groups. */
function ipv6Groups(address: string): number[] {
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(address);
  const text = dotted
    ? `${address.slice(0, dotted.index)}${[1, 3]
        .map((at) => ((Number(dotted[at]) << 8) | Number(dotted[at + 1])).toString(16))
        .join(":")}`
    : address;
  const [head = "", tail] = text.split("::");
  const groups = (part: string) => (part ? part.split(":").map((hex) => parseInt(hex, 16)) : []);
  const front = groups(head);
  const back = tail === undefined ? [] : groups(tail);
  return [...front, ...Array<number>(8 - front.length - back.length).fill(0), ...back];
}
