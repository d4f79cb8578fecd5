import "server-only";
// The session cookie: only ever sent to /admin, never readable by scripts, never sent with a
// request another site starts, and only over HTTPS, except when the site is opened on this
// machine itself (http://localhost, a production build tried out locally).
import { absoluteLimitMs, sessionCookie } from "./sessions";

const loopback = new Set(["localhost", "127.0.0.1", "[::1]"]);

function attributes(request: Request): string {
  const local = loopback.has(new URL(request.url).hostname);
  return ["Path=/admin", "HttpOnly", "SameSite=Strict", ...(local ? [] : ["Secure"])].join("; ");
}

export const sessionCookieHeader = (token: string, request: Request) =>
  `${sessionCookie}=${token}; Max-Age=${absoluteLimitMs / 1000}; ${attributes(request)}`;

export const clearedSessionCookieHeader = (request: Request) =>
  `${sessionCookie}=; Max-Age=0; ${attributes(request)}`;
