import { describe, expect, it } from "vitest";
import { largestAcceptedBodyBytes } from "@/lib/http/body-limits";
import { withBoundedBody } from "@/lib/http/bounded-body";

const url = "https://altus.example/admin/actions/note";

/** A body of `kilobytes` (endless without), counting how much of it was pulled. */
function streamed(kilobytes = Infinity, headers: Record<string, string> = {}) {
  const pulled = { kilobytes: 0 };
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled.kilobytes >= kilobytes) return controller.close();
      pulled.kilobytes += 1;
      controller.enqueue(new TextEncoder().encode("x".repeat(1024)));
    },
  });
  const request = new Request(url, {
    method: "POST",
    headers,
    body,
    duplex: "half",
  } as RequestInit);
  return { request, pulled };
}

const answerUnread = withBoundedBody(async () => new Response("Not found", { status: 404 }));
const largestKilobytes = largestAcceptedBodyBytes / 1024;

describe("withBoundedBody", () => {
  it("reads what the route left of a short body, so the connection can stay open", async () => {
    const { request, pulled } = streamed(3);
    const response = await answerUnread(request);
    expect(response.status).toBe(404);
    expect(response.headers.get("connection")).toBeNull();
    expect(pulled.kilobytes).toBe(3);
  });

  it("leaves alone a body the route read whole", async () => {
    const readWhole = withBoundedBody(async (request) => new Response(await request.text()));
    const { request } = streamed(2);
    const response = await readWhole(request);
    expect(response.headers.get("connection")).toBeNull();
    expect(await response.text()).toHaveLength(2048);
  });

  it("closes the connection without reading a body declared longer than any route takes", async () => {
    const { request, pulled } = streamed(Infinity, { "content-length": "9437184" });
    const response = await answerUnread(request);
    expect(response.headers.get("connection")).toBe("close");
    expect(pulled.kilobytes).toBeLessThanOrEqual(1);
  });

  it("closes the connection on a long streamed body once it passes the largest a route takes", async () => {
    const { request, pulled } = streamed();
    const response = await answerUnread(request);
    expect(response.headers.get("connection")).toBe("close");
    expect(pulled.kilobytes).toBeLessThanOrEqual(largestKilobytes + 2);
    // The route's answer is otherwise what it was.
    expect(response.status).toBe(404);
    expect(await response.text()).toBe("Not found");
  });
});
