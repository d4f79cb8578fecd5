// The largest request bodies the site accepts, in one place: the routes that read a body
// refuse anything longer.

/** POST /api/contact, the lead form. */
export const contactBodyLimitBytes = 16 * 1024;

/** Staff forms: a 4000-character note in a non-Latin script is up to 9 bytes a character. */
export const staffFormLimitBytes = 64 * 1024;
