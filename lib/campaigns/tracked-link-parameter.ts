// Its own file, importing nothing: the landing recorder, which runs on every public page, reads
// it, and must not pull the campaign builder (and Zod) into those pages' JavaScript.

/** The query parameter that carries a tracked link's code to the page it lands on. */
export const trackedLinkParameter = "link";
