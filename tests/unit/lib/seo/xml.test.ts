// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { escapeXml, xmlDocument, xmlElement } from "@/lib/seo/xml";

/** Parses as strictly as a browser's XML parser: any error is a <parsererror> document. */
function parseStrictly(xml: string) {
  const document = new DOMParser().parseFromString(xml, "application/xml");
  expect(document.getElementsByTagName("parsererror")).toHaveLength(0);
  return document;
}

describe("escapeXml", () => {
  it("escapes the five characters that carry meaning in XML", () => {
    expect(escapeXml(`Sets & reps: "<8>" isn't a rule`)).toBe(
      "Sets &amp; reps: &quot;&lt;8&gt;&quot; isn&apos;t a rule",
    );
  });

  it("drops characters no XML document may hold and keeps all other text as it is", () => {
    expect(escapeXml("a\u0000b\u001Bc\uFFFEd\uD800e")).toBe("abcde");
    expect(escapeXml("tab\there\nline\r’ é 💪")).toBe("tab\there\nline\r’ é 💪");
  });
});

describe("xmlElement", () => {
  it("escapes text and attribute values so hostile text stays text", () => {
    const hostile = `Q&A </title><script>alert("x")</script> 'quoted'`;
    const xml = xmlDocument(
      xmlElement("feed", { label: hostile }, xmlElement("title", {}, hostile)),
    );
    const document = parseStrictly(xml);
    expect(document.getElementsByTagName("script")).toHaveLength(0);
    expect(document.documentElement.getAttribute("label")).toBe(hostile);
    expect(document.getElementsByTagName("title")[0]?.textContent).toBe(hostile);
  });

  it("leaves out attributes without a value and closes empty elements itself", () => {
    expect(xmlElement("link", { rel: "self", type: undefined }).markup).toBe('<link rel="self"/>');
  });

  it("puts nested elements on lines of their own and text inline", () => {
    expect(xmlElement("author", {}, xmlElement("name", {}, "Altus")).markup).toBe(
      "<author>\n<name>Altus</name>\n</author>",
    );
  });
});
