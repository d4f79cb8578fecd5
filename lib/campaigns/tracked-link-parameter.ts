// Its own file, importing nothing: the landing recorder, which runs on every public page, reads
// it, and must not pull the campaign builder (and Zod) into those pages' JavaScript.

/** The query parameter that carries a tracked link's code to the page it lands on. */
export const trackedLinkParameter = "go";

/**
 * Whether a value of that parameter can be a tracked link's code (lib/campaigns/short-code.ts
 * makes them): anything else someone put in an address is not kept with a lead.
 */
export const couldBeTrackedLink = (value: string) =>
  /^[a-z2-9](?:[a-z2-9-]{0,38}[a-z2-9])?$/.test(value);
