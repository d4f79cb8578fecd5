import "server-only";
import { configSchema, type Config } from "./schema";

export type { Config };

export class ConfigError extends Error {
  override name = "ConfigError";
}

// Values of these are never echoed back in an error message.
const secretVariables = new Set([
  "FORM_TOKEN_SECRET",
  "SMTP_URL",
  "DATABASE_URL",
  "LEADS_WEBHOOK_SECRET",
  // Webhook addresses often carry a token in their path.
  "LEADS_WEBHOOK_URL",
]);

/** Parses an environment; throws a ConfigError that names each bad variable and how to fix it. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const result = configSchema.safeParse(env);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const variable = String(issue.path[0] ?? "environment");
    const value = env[variable];
    const shown = value === undefined || secretVariables.has(variable) ? "" : ` (it is "${value}")`;
    const message = issue.message.startsWith(variable)
      ? issue.message
      : `${variable}: ${issue.message}`;
    return `- ${message}${shown}`;
  });
  throw new ConfigError(
    `The site's configuration is invalid. Fix these environment variables (see .env.example):\n${lines.join("\n")}`,
  );
}

let cached: Config | undefined;

/** The configuration of this process, parsed once from process.env. */
export function getConfig(): Config {
  cached ??= parseConfig(process.env);
  return cached;
}
