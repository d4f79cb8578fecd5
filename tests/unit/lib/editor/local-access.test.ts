import { describe, expect, it } from "vitest";
import { isFromThisMachine } from "@/lib/editor/local-access";
import { peerAddressHeader } from "@/lib/http/client-address";

const request = (host: string, peer?: string) =>
  new Headers({ host, ...(peer ? { [peerAddressHeader()]: peer } : {}) });

describe("local mode's own-machine check", () => {
  it("lets in loopback connections that name this machine", () => {
    expect(isFromThisMachine(request("localhost:3000", "127.0.0.1"))).toBe(true);
    expect(isFromThisMachine(request("127.0.0.1:3000", "::ffff:127.0.0.1"))).toBe(true);
    expect(isFromThisMachine(request("[::1]:3000", "::1"))).toBe(true);
  });

  it("turns away other machines on the network, even when they claim to be localhost", () => {
    expect(isFromThisMachine(request("localhost:3000", "192.0.2.7"))).toBe(false);
    expect(isFromThisMachine(request("192.0.2.2:3000", "192.0.2.7"))).toBe(false);
  });

  it("turns away DNS-rebinding pages, which arrive over loopback under their own host name", () => {
    expect(isFromThisMachine(request("attacker.example:3000", "127.0.0.1"))).toBe(false);
    expect(isFromThisMachine(request("localhost.attacker.example", "127.0.0.1"))).toBe(false);
  });

  it("turns away a request whose connection was never stamped", () => {
    expect(isFromThisMachine(request("localhost:3000"))).toBe(false);
    expect(isFromThisMachine(new Headers({ "x-altus-peer": "127.0.0.1", host: "localhost" }))).toBe(
      false,
    );
  });
});
