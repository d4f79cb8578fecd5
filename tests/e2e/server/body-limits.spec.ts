import { request } from "node:http";
import { expect, test } from "@playwright/test";
import { lead, post } from "./lead-posts";
import {
  postNineMegabytes,
  postPaddedLead,
  residentGrowthDuring,
  type Framing,
} from "./large-posts";
import { staffCommand, startStaffSite, type StaffSite } from "./staff-server";

// An attacker floods the routes that read a body with 9 MB posts on connections asking to stay
// open: each is refused, and no layer (Next's proxy, the route, Node) holds or reads the 9 MB.
test.describe.configure({ mode: "serial" });

const email = "coach@altus.example";
const password = "correct horse battery staple";
const form = { "content-type": "application/x-www-form-urlencoded" };
const json = { "content-type": "application/json" };
const allowedGrowth = 32 * 1024 * 1024;
const concurrent = 40;

let site: StaffSite;
let cookie = "";

/** A small form post; resolves with the status and the session cookie, if one was set. */
function postForm(path: string, body: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; cookie?: string }>((resolve, reject) => {
    const outgoing = request(
      `${site.server.url}${path}`,
      { method: "POST", agent: false, headers: { ...form, ...headers } },
      (response) => {
        response.resume();
        const session = response.headers["set-cookie"]?.[0]?.split(";")[0];
        resolve({ status: response.statusCode ?? 0, cookie: session });
      },
    );
    outgoing.on("error", reject);
    outgoing.end(body);
  });
}

test.beforeAll(async () => {
  site = await startStaffSite("sqlite", 3361);
  // An account turns the staff area on; its session lets a post reach a signed-in action.
  staffCommand(site.env, "add", email, password);
  const signedIn = await postForm(
    "/admin/actions/sign-in",
    new URLSearchParams({ email, password }).toString(),
  );
  expect(signedIn.status).toBe(303);
  cookie = signedIn.cookie ?? "";
  expect(cookie).toMatch(/^altus_staff=/);

  // Every route below has run once (code loaded, database open) before memory is measured.
  const justOver = "a".repeat(200 * 1024);
  expect((await post(site.server.url, lead(0))).status).toBe(201);
  expect((await post(site.server.url, { ...lead(1), message: justOver })).status).toBe(413);
  expect((await postForm("/admin/actions/sign-in", justOver)).status).toBe(413);
  expect((await postForm("/admin/actions/note", justOver, { cookie })).status).toBe(413);
  expect((await postForm("/admin/actions/note", justOver)).status).toBe(303);
});

test.afterAll(async () => site?.close());

// Without a session a staff action sends the post to sign in (303) without reading its form;
// that answer too must come without the rest of the body being read.
const targets = [
  { name: "/api/contact", route: "/api/contact", status: 413, headers: () => json },
  {
    name: "/admin/actions/sign-in",
    route: "/admin/actions/sign-in",
    status: 413,
    headers: () => form,
  },
  {
    name: "/admin/actions/note signed in",
    route: "/admin/actions/note",
    status: 413,
    headers: () => ({ ...form, cookie }),
  },
  {
    name: "/admin/actions/note signed out",
    route: "/admin/actions/note",
    status: 303,
    headers: () => form,
  },
];

for (const { name, route, status, headers } of targets) {
  for (const framing of ["content-length", "chunked"] satisfies Framing[]) {
    test(`${concurrent} concurrent 9 MB posts to ${name} (${framing}) all get ${status}, and the server grows by under 32 MB`, async () => {
      test.setTimeout(120_000);
      const url = `${site.server.url}${route}`;
      const { growth, result: statuses } = await residentGrowthDuring(
        site.server.process.pid ?? 0,
        () =>
          Promise.all(
            Array.from({ length: concurrent }, () => postNineMegabytes(url, framing, headers())),
          ),
      );
      console.info(`${name} (${framing}): grew ${(growth / 1024 / 1024).toFixed(1)} MB`);
      expect(statuses).toEqual(Array.from({ length: concurrent }, () => status));
      expect(growth).toBeLessThan(allowedGrowth);
    });
  }
}

test("a long chunked lead is refused whole, never cut to its first chunk and saved", async () => {
  // Past its proxy body limit Next hands a route only the chunks before the one that crossed it:
  // here, just the lead, which is valid on its own.
  const sent = Array.from({ length: 20 }, (_, index) => ({ ...lead(100 + index), name: "Cut" }));
  const statuses = [];
  for (const body of sent)
    statuses.push(await postPaddedLead(`${site.server.url}/api/contact`, body));
  expect(statuses).toEqual(sent.map(() => 413));
  expect(await site.sql("select id from leads where name = 'Cut'")).toEqual([]);
});
