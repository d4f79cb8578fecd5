// Every environment variable the site reads, with the defaults that let `npm run dev`
// work on a fresh machine. Messages name the variable and say how to fix it.
import { z } from "zod";

const httpUrl = (name: string) =>
  z
    .string()
    .trim()
    .refine((value) => /^https?:\/\/[^\s/]+/.test(value) && URL.canParse(value), {
      message: `${name} must be an absolute http(s) address such as https://altus.example`,
    })
    .transform((value) => value.replace(/\/+$/, ""));

export const configSchema = z.object({
  SITE_URL: httpUrl("SITE_URL").default("http://localhost:3000"),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
});

export type Config = z.infer<typeof configSchema>;
