import "server-only";
// Route handlers under `next start` cannot see the socket; stamp its address into a header
// whose name is random per process before Next handles the request (see client-address.ts).
import http from "node:http";
import { peerAddressHeader } from "./client-address";

const patched = Symbol.for("altus.peerAddressStamped");
type PatchHolder = { [patched]?: boolean };

export function stampPeerAddress() {
  const holder = globalThis as PatchHolder;
  if (holder[patched]) return;
  holder[patched] = true;
  const header = peerAddressHeader();
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function stampingEmit(
    this: http.Server,
    event: string | symbol,
    ...args: unknown[]
  ) {
    const request = args[0];
    if (event === "request" && request instanceof http.IncomingMessage) {
      request.headers[header] = request.socket.remoteAddress ?? "unknown";
    }
    return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
  };
}
