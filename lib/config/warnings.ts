// Settings that work but are wrong for a live site. SITE_URL is baked into static pages at
// build time (canonical and sharing links, the sitemap), so a build without it points every
// link at localhost: say so when building and again when the server starts.

export function siteUrlWarning(env: Record<string, string | undefined>): string | undefined {
  if (env.SITE_URL?.trim()) return undefined;
  return [
    "warning: SITE_URL is not set, so canonical links, sharing links and the sitemap say http://localhost:3000.",
    "         Set SITE_URL to the site's public address (e.g. SITE_URL=https://altus.example) for `npm run build` and `npm start`.",
  ].join("\n");
}

/** Printed by the server as it starts in production; silent in development, where it is right. */
export function warnAboutDefaults(
  config: { NODE_ENV: string },
  env: Record<string, string | undefined>,
) {
  const warning = config.NODE_ENV === "production" ? siteUrlWarning(env) : undefined;
  if (warning) console.warn(warning);
}
