import "server-only";
// Local mode saves files for whoever asks, so even under `next dev` (which listens on every
// network interface) only this machine may use it: the connection must come from loopback,
// and the Host must be a loopback name, which also turns away DNS-rebinding pages whose
// requests reach us under their own host name.
import { peerAddressHeader } from "@/lib/http/client-address";
import { builtEditorStorage, editorIsServed } from "./mode";

const loopbackHosts = new Set(["localhost", "127.0.0.1", "[::1]"]);
const loopbackPeers = new Set(["127.0.0.1", "::1", "::ffff:127.0.0.1"]);

export function isFromThisMachine(headers: Headers): boolean {
  const host = (headers.get("host") ?? "").toLowerCase().replace(/:\d+$/, "");
  // The socket's address, stamped by instrumentation.ts into a header no client can forge.
  const peer = headers.get(peerAddressHeader()) ?? "";
  return loopbackHosts.has(host) && loopbackPeers.has(peer);
}

/** editorIsServed, narrowed in local mode to requests from this machine. */
export function editorIsServedTo(headers: Headers): boolean {
  if (!editorIsServed()) return false;
  return builtEditorStorage() !== "local" || isFromThisMachine(headers);
}
