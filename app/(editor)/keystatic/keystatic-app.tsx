"use client";
// Keystatic's admin runs in the browser; it is built for this route only, so public pages
// never load its bundle.
import { makePage } from "@keystatic/next/ui/app";
import keystaticConfig from "@/lib/editor/keystatic-config";

export const KeystaticApp = makePage(keystaticConfig);
