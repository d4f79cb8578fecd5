import type { Metadata } from "next";
import { headers } from "next/headers";
import { editorIsServedTo } from "@/lib/editor/local-access";
import { KeystaticApp } from "./keystatic-app";

export const metadata: Metadata = {
  title: "Edit the site",
  robots: { index: false, follow: false },
};

// The editor's frame: Keystatic's own app, which brings its one <main>, and none of the public
// site's or staff area's chrome or styles. Whether the editor exists at all is decided per
// request (lib/editor/mode.ts); where it does not, the page answers with the site's 404.
export default async function EditorLayout({ children }: { children: React.ReactNode }) {
  return editorIsServedTo(await headers()) ? <KeystaticApp /> : children;
}
