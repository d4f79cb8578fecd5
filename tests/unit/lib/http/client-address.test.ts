import { describe, expect, it } from "vitest";
import { clientNetwork } from "@/lib/http/client-address";

describe("clientNetwork", () => {
  it("keeps an IPv4 address as it is", () => {
    expect(clientNetwork("198.51.100.7")).toBe("198.51.100.7");
    expect(clientNetwork(" 198.51.100.7:51234 ")).toBe("198.51.100.7");
  });

  it("gives every address in one IPv6 /64 the same network, however it is written", () => {
    const network = "2001:db8:1:2::/64";
    for (const address of [
      "2001:db8:1:2::1",
      "2001:DB8:1:2:FFFF:0:0:9",
      "2001:0db8:0001:0002:0000:0000:0000:abcd",
      "2001:db8:1:2::1%eth0",
      "[2001:db8:1:2::5]:443",
      "2001:db8:1:2:a:b:198.51.100.7",
    ]) {
      expect([address, clientNetwork(address)]).toEqual([address, network]);
    }
  });

  it("tells different /64s apart", () => {
    expect(clientNetwork("2001:db8:1:3::1")).toBe("2001:db8:1:3::/64");
    expect(clientNetwork("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(clientNetwork("::1")).toBe("0:0:0:0::/64");
    expect(clientNetwork("fe80::1%eth0")).toBe("fe80:0:0:0::/64");
  });

  it("counts a whole IPv6 /48 as one network when asked, and leaves IPv4 as it is", () => {
    expect(clientNetwork("2001:db8:1:2::1", 48)).toBe("2001:db8:1::/48");
    expect(clientNetwork("2001:db8:1:ff00::9", 48)).toBe("2001:db8:1::/48");
    expect(clientNetwork("2001:db8:2::1", 48)).toBe("2001:db8:2::/48");
    expect(clientNetwork("198.51.100.7", 48)).toBe("198.51.100.7");
    expect(clientNetwork("::ffff:198.51.100.7", 48)).toBe("198.51.100.7");
  });

  it("counts an IPv4-mapped IPv6 address as its IPv4 address", () => {
    expect(clientNetwork("::ffff:198.51.100.7")).toBe("198.51.100.7");
    expect(clientNetwork("::FFFF:c633:6407")).toBe("198.51.100.7");
    expect(clientNetwork("0:0:0:0:0:ffff:198.51.100.7")).toBe("198.51.100.7");
  });

  it("returns what is not an address unchanged", () => {
    expect(clientNetwork("unknown")).toBe("unknown");
    expect(clientNetwork("2001:db8::1::2")).toBe("2001:db8::1::2");
  });
});
