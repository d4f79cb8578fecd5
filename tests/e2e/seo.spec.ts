import { expect, test } from "@playwright/test";
import { crawlSite, publishedPages } from "./helpers";

const site = "http://localhost:3000";

const published = publishedPages;

const securityHeaders = {
  "content-security-policy":
    /default-src 'self'.*object-src 'none'.*base-uri 'self'.*frame-ancestors 'none'.*form-action 'self'/,
  "x-content-type-options": /^nosniff$/,
  "referrer-policy": /^strict-origin-when-cross-origin$/,
  "permissions-policy": /camera=\(\).*microphone=\(\).*geolocation=\(\)/,
  "strict-transport-security": /max-age=\d+/,
};

async function sitemapPaths(request: import("@playwright/test").APIRequestContext) {
  const xml = await (await request.get("/sitemap.xml")).text();
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)]
    .map((match) => (match[1] ?? "").replace(site, "") || "/")
    .sort();
}

test("the sitemap lists exactly the published pages, which are the pages the site links to", async ({
  request,
}) => {
  const listed = await sitemapPaths(request);
  expect(listed).toEqual([...published].sort());
  expect(await crawlSite(request)).toEqual([...published].sort());
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toContain(`Sitemap: ${site}/sitemap.xml`);
});

test("every page has one h1, a canonical address, sharing tags and valid structured data", async ({
  page,
  request,
}) => {
  for (const path of await sitemapPaths(request)) {
    await test.step(path, async () => {
      await page.goto(path);
      await expect(page.locator("html")).toHaveAttribute("lang", "en");
      await expect(page.locator("h1")).toHaveCount(1);
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
        "href",
        `${site}${path === "/" ? "" : path}`,
      );
      for (const property of ["og:title", "og:description", "og:url", "og:image", "og:type"]) {
        await expect(page.locator(`meta[property="${property}"]`), property).toHaveAttribute(
          "content",
          /.+/,
        );
      }
      await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute(
        "content",
        "summary_large_image",
      );
      await expect(page.locator('meta[name="description"]')).toHaveAttribute(
        "content",
        /.{50,160}/,
      );
      const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
      const types = blocks.map((block) => (JSON.parse(block) as { "@type": string })["@type"]);
      expect(types).toContain("Organization");
      if (path.split("/").length > 2) expect(types).toContain("BreadcrumbList");
      if (path.startsWith("/articles/")) expect(types).toContain("Article");
    });
  }
});

test("each article and certification page has its own Open Graph image", async ({
  page,
  request,
}) => {
  const images = new Set<string>();
  for (const path of [
    "/articles/personal-trainer-vs-coach",
    "/certifications/cscs",
    "/certifications/nasm-pes",
  ]) {
    await page.goto(path);
    const image = await page.locator('meta[property="og:image"]').getAttribute("content");
    expect(image).toContain(`${path}/opengraph-image`);
    const response = await request.get((image ?? "").replace(site, ""));
    expect(response.headers()["content-type"]).toBe("image/png");
    images.add(image ?? "");
  }
  expect(images.size).toBe(3);
});

test("every kind of response carries the security headers and no X-Powered-By", async ({
  request,
}) => {
  const html = await (await request.get("/")).text();
  const chunk = /src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1] ?? "";
  const responses = [
    ...(await Promise.all(
      [
        ...published,
        "/contact/thanks",
        "/sitemap.xml",
        "/robots.txt",
        "/opengraph-image",
        chunk,
        "/no-such-page",
      ].map((path) => request.get(path)),
    )),
    await request.post("/api/contact", { data: {} }),
    await request.get("/api/contact"),
  ];
  for (const response of responses) {
    const headers = response.headers();
    for (const [name, pattern] of Object.entries(securityHeaders)) {
      expect(headers[name], `${name} on ${response.url()}`).toMatch(pattern);
    }
    expect(headers["x-powered-by"], response.url()).toBeUndefined();
  }
});

test("a web font that arrives late never shifts the layout", async ({ page }) => {
  // A slow phone network: the font comes 800 ms late, on every page (never from cache).
  await page.route("**/*.woff2", async (route) => {
    const response = await route.fetch();
    await new Promise((resolve) => setTimeout(resolve, 800));
    await route.fulfill({
      response,
      headers: { ...response.headers(), "cache-control": "no-store" },
    });
  });
  await page.addInitScript(() => {
    const shifts: number[] = [];
    Object.assign(window, { layoutShifts: shifts });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[])
        shifts.push(entry.value);
    }).observe({ type: "layout-shift", buffered: true });
  });
  for (const path of [
    "/",
    "/articles/personal-trainer-vs-coach",
    "/certifications/cscs",
    "/contact/thanks",
  ]) {
    const fontArrived = page.waitForResponse(/\.woff2$/);
    await page.goto(path);
    await fontArrived;
    const shifts = await page.evaluate(async () => {
      await document.fonts.ready;
      await new Promise((resolve) => setTimeout(resolve, 200));
      return (window as unknown as { layoutShifts: number[] }).layoutShifts;
    });
    expect(shifts, path).toEqual([]);
  }
});
