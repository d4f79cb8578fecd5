// Keystatic's API: file reads and saves in local mode, GitHub sign-in in GitHub mode. Where the
// editor is not served (lib/editor/mode.ts) every address here is a 404 before Keystatic runs.
import { makeRouteHandler } from "@keystatic/next/route-handler";
import { contentRoot } from "@/lib/content/loader";
import keystaticConfig from "@/lib/editor/keystatic-config";
import { editorIsServedTo } from "@/lib/editor/local-access";

type Handler = (request: Request) => Promise<Response>;
let handlers: { GET: Handler; POST: Handler } | undefined;

function keystatic() {
  // Made on first use: in GitHub mode Keystatic checks its settings as the handler is made.
  handlers ??= makeRouteHandler({
    config: keystaticConfig,
    // Tests point the editor at a copy of the content; see lib/content/loader.ts.
    localBaseDirectory: contentRoot(),
  });
  return handlers;
}

const notFound = () =>
  new Response("Not found", { status: 404, headers: { "content-type": "text/plain" } });

export async function GET(request: Request) {
  return editorIsServedTo(request.headers) ? keystatic().GET(request) : notFound();
}

export async function POST(request: Request) {
  return editorIsServedTo(request.headers) ? keystatic().POST(request) : notFound();
}
