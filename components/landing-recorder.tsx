"use client";

import { useEffect } from "react";
import { recordBrowserLanding } from "@/lib/leads/attribution";

/**
 * Remembers where a visit began (once per page load), so the intake form can say where the
 * prospect came from.
 */
export function LandingRecorder() {
  useEffect(() => {
    recordBrowserLanding();
  }, []);
  return null;
}
