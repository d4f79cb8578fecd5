// @vitest-environment jsdom
import { act, render } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ContactForm } from "@/components/contact-form";
import { formWords } from "@/tests/fixtures/lead-words";

vi.mock("next/navigation", () => ({ useRouter: () => ({ push: vi.fn() }) }));

const hour = 3_600_000;
const issuedAt = Date.parse("2026-11-25T10:00:00Z");
const token = (at: number) => `v1.${at}.${"s".repeat(43)}`;
const renewedToken = token(issuedAt + 24 * hour);

function showForm(formToken: string) {
  const { container } = render(
    <ContactForm
      session={{ submissionId: "submission-1", formToken, hidden: {} }}
      words={formWords}
    />,
  );
  return () => container.querySelector<HTMLInputElement>('input[name="formToken"]')?.value;
}

async function showAgain() {
  await act(async () => {
    document.dispatchEvent(new Event("visibilitychange"));
    await Promise.resolve();
  });
}

describe("the contact form's token when the form is shown again", () => {
  const fetch = vi.fn(async () => Response.json({ formToken: renewedToken }));

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.stubGlobal("fetch", fetch);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    fetch.mockClear();
  });

  it("keeps its token on the day it was shown", async () => {
    vi.setSystemTime(issuedAt + 60_000);
    const sent = showForm(token(issuedAt));
    vi.setSystemTime(issuedAt + 20 * hour);
    await showAgain();
    expect(fetch).not.toHaveBeenCalled();
    expect(sent()).toBe(token(issuedAt));
  });

  it("fetches a fresh token once the form has been open for most of a day", async () => {
    vi.setSystemTime(issuedAt + 60_000);
    const sent = showForm(token(issuedAt));
    vi.setSystemTime(issuedAt + 23.5 * hour);
    await showAgain();
    expect(fetch).toHaveBeenCalledWith(
      `/api/contact/form-token?current=${encodeURIComponent(token(issuedAt))}`,
      { cache: "no-store" },
    );
    await vi.waitFor(() => expect(sent()).toBe(renewedToken));
  });

  it("fetches one when the page has held the token a day, whatever this browser's clock says", async () => {
    // This browser's clock is 5 hours behind the server's.
    vi.setSystemTime(issuedAt - 5 * hour);
    const sent = showForm(token(issuedAt));
    vi.setSystemTime(issuedAt + 18.5 * hour);
    await showAgain();
    await vi.waitFor(() => expect(sent()).toBe(renewedToken));
  });

  it("fetches one at once for a form restored with a token from yesterday", async () => {
    vi.setSystemTime(issuedAt + 25 * hour);
    const sent = showForm(token(issuedAt));
    await vi.waitFor(() => expect(sent()).toBe(renewedToken));
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});
