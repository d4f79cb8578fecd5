import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { editorIsServedTo } from "@/lib/editor/local-access";

// Keystatic routes inside its app (the layout), so where the editor is served this renders
// nothing; elsewhere it is the site's 404 page with a 404 status. (Like every 404 thrown while
// rendering per request, /admin's included, Next sends that page as a shell that React fills in;
// only unknown addresses get the prerendered HTML.)
export default async function EditorPage() {
  if (!editorIsServedTo(await headers())) notFound();
  return null;
}
