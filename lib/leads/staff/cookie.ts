import "server-only";
// The session cookie: only ever sent to /admin, never readable by scripts, never sent with a
// request another site starts. Secure wherever the site is served over HTTPS; a production
// build tried out on http://localhost keeps working without it.
import { getConfig } from "@/lib/config";
import { absoluteLimitMs, sessionCookie } from "./sessions";

function secure(): boolean {
  const config = getConfig();
  return (
    config.NODE_ENV === "production" &&
    !/^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?$/.test(config.SITE_URL)
  );
}

const attributes = () =>
  ["Path=/admin", "HttpOnly", "SameSite=Strict", ...(secure() ? ["Secure"] : [])].join("; ");

export const sessionCookieHeader = (token: string) =>
  `${sessionCookie}=${token}; Max-Age=${absoluteLimitMs / 1000}; ${attributes()}`;

export const clearedSessionCookieHeader = () => `${sessionCookie}=; Max-Age=0; ${attributes()}`;
