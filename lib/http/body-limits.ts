// The largest request bodies the site accepts, in one place: the routes that read a body
// refuse anything longer, and next.config.ts bounds by them what Next keeps for proxy.ts.

/** POST /api/contact, the lead form. */
export const contactBodyLimitBytes = 16 * 1024;

/** Staff forms: a 4000-character note in a non-Latin script is up to 9 bytes a character. */
export const staffFormLimitBytes = 64 * 1024;

export const largestAcceptedBodyBytes = Math.max(contactBodyLimitBytes, staffFormLimitBytes);

/**
 * How much of a body Next keeps for proxy.ts (`experimental.proxyClientMaxBodySize`). Past it
 * Next neither answers 413 nor stops reading: it drops the rest and hands the route the chunks
 * that came before the one that crossed the limit. Node reads a socket at most 64 KiB at a
 * time, so with that margin a cut body is still longer than any route accepts.
 */
export const proxyBodyLimitBytes = largestAcceptedBodyBytes + 64 * 1024;
