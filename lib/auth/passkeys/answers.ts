import "server-only";
// The passkey endpoints answer the browser script in JSON: options to hand to WebAuthn, where to
// go next, or a message written for the person, which the script shows as it is.
import { privateHeaders } from "@/lib/http/private-headers";

export function passkeyJson(
  status: number,
  body: unknown,
  headers: [string, string][] = [],
): Response {
  const answer = Response.json(body, { status, headers: privateHeaders });
  for (const [name, value] of headers) answer.headers.append(name, value);
  return answer;
}

export const passkeyProblem = (status: number, message: string, headers: [string, string][] = []) =>
  passkeyJson(status, { error: message }, headers);
