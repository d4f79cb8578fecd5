import { notFound } from "next/navigation";
import { editorIsServed } from "@/lib/editor/mode";

// Keystatic routes inside its app (the layout), so where the editor is served this renders
// nothing; elsewhere it is the site's 404 (thrown here, not in the layout, so Next renders the
// full 404 page rather than an empty shell that needs JavaScript).
export default function EditorPage() {
  if (!editorIsServed()) notFound();
  return null;
}
