"use client";
// The staff area's only script of its own: WebAuthn needs the browser's API, so signing in with
// a passkey and adding one cannot work without it. Everything it sends goes to the same-origin
// passkey actions as a form field; everything it shows comes from them as plain text.
import {
  browserSupportsWebAuthn,
  browserSupportsWebAuthnAutofill,
  startAuthentication,
  startRegistration,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
} from "@simplewebauthn/browser";
import { useEffect, useRef, useState, useSyncExternalStore, type FormEvent } from "react";

type Answer = { redirect?: string; error?: string; options?: unknown };

const record = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null;
// The options come from our own actions; these only make sure an answer is options at all.
const requestOptions = (value: unknown): value is PublicKeyCredentialRequestOptionsJSON =>
  record(value) && typeof value.challenge === "string";
const creationOptions = (value: unknown): value is PublicKeyCredentialCreationOptionsJSON =>
  record(value) && typeof value.challenge === "string" && record(value.rp) && record(value.user);

/** Our actions answer JSON; the shared checks before them (403, 503, …) answer a page. */
async function post(path: string, fields: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(path, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(fields),
  });
  if (response.redirected && new URL(response.url).pathname === "/admin/sign-in") {
    return { error: "Your session has ended. Sign in again, then add the passkey." };
  }
  const body: unknown = response.headers.get("content-type")?.includes("json")
    ? await response.json()
    : undefined;
  if (record(body) && typeof body.error === "string") return { error: body.error };
  if (!response.ok) {
    const busy = response.status === 503 || response.status === 429;
    const wait = "The server is busy. Wait a minute, then try again.";
    return { error: busy ? wait : "That did not work. Reload the page and try again." };
  }
  if (record(body) && typeof body.redirect === "string") return { redirect: body.redirect };
  return { options: body };
}

/** What the browser's own refusal means to the person. */
function ceremonyProblem(error: unknown): string | undefined {
  const name = error instanceof Error ? error.name : "";
  if (name === "AbortError") return undefined; // replaced by a newer request: nothing to say
  if (name === "InvalidStateError") return "This device already holds a passkey for your account.";
  return "The passkey request was cancelled or timed out. Try again when you are ready.";
}

const noChanges = () => () => {};
const buttonClass =
  "border-brand-700 text-brand-800 hover:bg-brand-50 min-h-12 rounded-md border-2 px-6 py-3 font-semibold";
const fieldClass =
  "mt-1 block w-full rounded-md border border-ink-soft px-3 py-2 text-base text-ink";

export function PasskeyCeremony({ kind }: { kind: "sign-in" | "add" }) {
  // null while rendered on the server, where there is no browser to ask.
  const supported = useSyncExternalStore(noChanges, browserSupportsWebAuthn, () => null);
  const [message, setMessage] = useState("");
  const [working, setWorking] = useState(false);
  const autofillStarted = useRef(false);

  async function signIn(useBrowserAutofill: boolean) {
    const answer = await post("/admin/actions/passkey-options");
    if (answer.error || !requestOptions(answer.options)) return answer.error;
    const credential = await startAuthentication({
      optionsJSON: answer.options,
      useBrowserAutofill,
    }).catch(ceremonyProblem);
    if (typeof credential !== "object") return credential;
    const result = await post("/admin/actions/passkey-sign-in", {
      response: JSON.stringify(credential),
    });
    if (result.redirect) window.location.assign(result.redirect);
    return result.error;
  }

  async function add(name: string) {
    const answer = await post("/admin/actions/passkey-register-options");
    if (answer.error || !creationOptions(answer.options)) return answer.error;
    const credential = await startRegistration({ optionsJSON: answer.options }).catch(
      ceremonyProblem,
    );
    if (typeof credential !== "object") return credential;
    const result = await post("/admin/actions/passkey-register", {
      name,
      response: JSON.stringify(credential),
    });
    if (result.redirect) window.location.assign(result.redirect);
    return result.error;
  }

  async function run(ceremony: () => Promise<string | undefined>) {
    setWorking(true);
    setMessage("");
    const problem = await ceremony().catch(() => "The server could not be reached. Try again.");
    setMessage(problem ?? "");
    setWorking(false);
  }

  // Offers saved passkeys in the email field's suggestions where the browser can.
  useEffect(() => {
    if (kind !== "sign-in" || autofillStarted.current) return;
    autofillStarted.current = true;
    void browserSupportsWebAuthnAutofill().then(async (autofill) => {
      if (!autofill) return;
      const problem = await signIn(true).catch(() => undefined);
      // A cancelled suggestion says nothing; a refused passkey does.
      if (problem && !problem.startsWith("The passkey request")) setMessage(problem);
    });
  }, [kind]);

  function submitAdd(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const name = new FormData(event.currentTarget).get("name");
    void run(() => add(typeof name === "string" ? name : ""));
  }

  const alert = (
    <p role="alert" className={message ? "border-accent mt-4 rounded-md border-2 p-3" : ""}>
      {message}
    </p>
  );
  if (kind === "sign-in") {
    // Without JavaScript or WebAuthn there is no button: one that did nothing would mislead.
    if (!supported) return null;
    return (
      <div className="mt-8 border-t pt-6">
        <button
          type="button"
          disabled={working}
          onClick={() => void run(() => signIn(false))}
          className={buttonClass}
        >
          Sign in with a passkey
        </button>
        {alert}
      </div>
    );
  }
  if (supported === null) {
    return <p className="mt-4">Adding a passkey needs JavaScript, which is off in this browser.</p>;
  }
  if (!supported) return <p className="mt-4">This browser cannot make passkeys.</p>;
  return (
    <form onSubmit={submitAdd} className="mt-4 max-w-md space-y-4">
      <div>
        <label htmlFor="passkey-name" className="block font-semibold">
          Passkey name
        </label>
        <p id="passkey-name-hint" className="text-ink-soft text-sm">
          So you can tell your passkeys apart, such as “Work laptop”.
        </p>
        <input
          id="passkey-name"
          name="name"
          required
          maxLength={60}
          aria-describedby="passkey-name-hint"
          className={fieldClass}
        />
      </div>
      <button type="submit" disabled={working} className={buttonClass}>
        Add a passkey
      </button>
      {alert}
    </form>
  );
}
