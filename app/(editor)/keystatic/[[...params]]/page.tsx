import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { editorIsServedTo } from "@/lib/editor/local-access";

// Keystatic routes inside its app (the layout), so where the editor is served this renders
// nothing. Where it is not, proxy.ts has already answered with the site's 404 page; this is the
// second line, should a request ever get past it.
export default async function EditorPage() {
  if (!editorIsServedTo(await headers())) notFound();
  return null;
}
