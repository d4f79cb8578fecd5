import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { editorIsServedTo } from "@/lib/editor/local-access";

// Keystatic routes inside its app (the layout), so where the editor is served this renders
// nothing; elsewhere it is the site's 404 (thrown here, not in the layout, so Next renders the
// full 404 page rather than an empty shell that needs JavaScript).
export default async function EditorPage() {
  if (!editorIsServedTo(await headers())) notFound();
  return null;
}
