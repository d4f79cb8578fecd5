/** Headers on every staff and editor response: personal data and drafts, never cached or indexed. */
export const privateHeaders = {
  "cache-control": "private, no-store",
  "x-robots-tag": "noindex, nofollow",
};
