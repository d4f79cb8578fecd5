// Content-Security-Policy for every response: hashes for static pages, nonces for the rest.
export { editorPolicy, newNonce, noScriptPolicy, pagePolicy, staffPolicy } from "./policy";
export { sitePolicy, type SitePolicy } from "./site-policy";
export { readScriptHashes, staticPageScripts } from "./script-hashes";
export { recordScriptHashes } from "./record-script-hashes";
export { pagePolicyProblem, refuseUnprotectedStaticPages } from "./check-page-policies";
export { inlineScriptHashes } from "./inline-scripts";
