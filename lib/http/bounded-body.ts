import "server-only";
// For the routes that read a request body, which proxy.ts skips so that Next reads none of it
// for them. Whatever a route leaves unread, Node reads to the end to find the next request on a
// kept-alive connection: a 9 MB post refused at 16 KB would still be read whole. So the rest is
// read (and dropped) only while it is short; past that the answer closes the connection.
import { largestAcceptedBodyBytes } from "./body-limits";

type RouteHandler = (request: Request) => Promise<Response>;

/** True once the body has ended within `limitBytes` more; false when it goes on (or says it will). */
async function drain(request: Request, limitBytes: number): Promise<boolean> {
  if (Number(request.headers.get("content-length") ?? "0") > limitBytes) return false;
  // Locked: a reader took it whole (text(), formData()).
  if (!request.body || request.body.locked) return true;
  const reader = request.body.getReader();
  try {
    for (let size = 0; size <= limitBytes;) {
      const { done, value } = await reader.read();
      if (done) return true;
      size += value.byteLength;
    }
    return false;
  } finally {
    // Not cancel(): that would end the connection before the answer is sent.
    reader.releaseLock();
  }
}

function closingConnection(response: Response): Response {
  const headers = new Headers(response.headers);
  headers.set("connection", "close");
  return new Response(response.body, {
    status: response.status,
    statusText: response.statusText,
    headers,
  });
}

export function withBoundedBody(handler: RouteHandler): RouteHandler {
  return async function handleBoundedBody(request) {
    const response = await handler(request);
    return (await drain(request, largestAcceptedBodyBytes))
      ? response
      : closingConnection(response);
  };
}
