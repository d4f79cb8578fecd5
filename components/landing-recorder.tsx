"use client";

import { useEffect } from "react";
import { browserLanding } from "@/lib/leads/attribution";

/** Remembers the first page of a visit, so the intake form can say where the prospect came from. */
export function LandingRecorder() {
  useEffect(() => {
    browserLanding();
  }, []);
  return null;
}
