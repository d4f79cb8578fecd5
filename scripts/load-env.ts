// Command-line tools read .env, .env.local … the way `next start` does, so `npm run db:migrate`
// with DATABASE_URL in .env.local migrates the same database the site uses. Import it first.
import nextEnv from "@next/env";

nextEnv.loadEnvConfig(process.cwd(), false, { info: () => undefined, error: console.error });
