// Escapes text for HTML, for the few pages the route handler writes itself.
const entities: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => entities[character] ?? character);
}

/** A small standalone page for answers the route handler gives a browser without JavaScript. */
export function htmlPage(title: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} | Altus</title>
<style>
body{font:1.0625rem/1.6 system-ui,sans-serif;color:#14202b;background:#fff;margin:0}
main{max-width:40rem;margin:0 auto;padding:2rem 1rem}
h1{font-size:1.75rem;line-height:1.2}a{color:#0f5c48}
:focus-visible{outline:3px solid #1d4ed8;outline-offset:2px}
.errors{border:2px solid #b4460f;border-radius:.5rem;padding:1rem 1.25rem;margin:1.5rem 0}
.errors h2{font-size:1.15rem;margin:0 0 .5rem}
label,legend{display:block;font-weight:600;margin-top:1.25rem}
input[type=text],input[type=email],input[type=tel],textarea{display:block;width:100%;box-sizing:border-box;font:inherit;padding:.6rem;border:1px solid #3d4b57;border-radius:.375rem}
fieldset{border:0;padding:0;margin:0}.choice{font-weight:400;margin-top:.4rem}
.hint,.error{font-weight:400;margin:.25rem 0 0}.error{color:#a0410f}
button{margin-top:2rem;font:inherit;font-weight:600;color:#fff;background:#0f5c48;border:0;border-radius:.375rem;padding:.75rem 1.5rem;cursor:pointer}
</style></head>
<body><main id="main">${body}</main></body></html>`;
}
