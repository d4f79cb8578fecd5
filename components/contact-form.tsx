"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { z } from "zod";
import { ChoiceGroup } from "@/components/choice-group";
import { TextField } from "@/components/text-field";
import type { ContactFormWords } from "@/lib/content";
import {
  contactMethodValues,
  fillIn,
  formDataToLeadInput,
  goalValues,
  leadFieldNames,
  messageMaxLength,
  validateLead,
  type LeadErrors,
} from "@/lib/leads";
import { browserLanding } from "@/lib/leads/attribution";
import { useFreshFormToken } from "@/components/use-fresh-form-token";

export type FormSession = {
  submissionId: string;
  formToken: string;
  hidden: Record<string, string>;
};

const serverAnswer = z.object({
  error: z.string().optional(),
  errors: z.record(z.string(), z.array(z.string())).optional(),
});

type Status = { kind: "idle" | "sending" } | { kind: "failed"; message: string };

const isField = (name: string) => leadFieldNames.some((field) => field === name);
const optionsOf = (values: readonly string[], labels: Readonly<Record<string, string>>) =>
  values.map((value) => ({ value, label: labels[value] ?? value }));

/**
 * The intake form. Without JavaScript it is a plain POST to /api/contact; with it, the same
 * schema checks each field as the prospect leaves it and the whole form before sending, and a
 * form left open for a day gets a fresh token when it is shown again. Its words come from the
 * page (content/forms/contact.yaml), so staff edit them without a deploy of this code.
 */
export function ContactForm({ session, words }: { session: FormSession; words: ContactFormWords }) {
  const router = useRouter();
  const summary = useRef<HTMLDivElement>(null);
  const [errors, setErrors] = useState<LeadErrors>({});
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [summaryShown, setSummaryShown] = useState(0);
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const formToken = useFreshFormToken(session.formToken);

  useEffect(() => {
    if (summaryShown > 0) summary.current?.focus();
  }, [summaryShown]);

  // Checks the fields the prospect has already left, with the whole form as context.
  const checkTouched = (formElement: HTMLFormElement, seen: ReadonlySet<string>) => {
    const result = validateLead(formDataToLeadInput(new FormData(formElement)), words.errors);
    const all = result.ok ? {} : result.errors;
    setErrors(Object.fromEntries(Object.entries(all).filter(([name]) => seen.has(name))));
  };
  const fieldOf = (target: EventTarget) =>
    target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement ? target.name : "";
  const leave = (event: React.FocusEvent<HTMLFormElement>) => {
    const field = fieldOf(event.target);
    if (!isField(field)) return;
    // Moving between the boxes of one group is not leaving it.
    if (event.relatedTarget instanceof HTMLInputElement && event.relatedTarget.name === field)
      return;
    const seen = new Set(touched).add(field);
    setTouched(seen);
    checkTouched(event.currentTarget, seen);
  };
  const edit = (event: React.FormEvent<HTMLFormElement>) => {
    const field = fieldOf(event.target);
    if (touched.has(field) || (field === "contactMethod" && touched.has("phone")))
      checkTouched(event.currentTarget, touched);
  };
  const showAll = (all: LeadErrors) => {
    setErrors(all);
    setTouched(new Set(leadFieldNames));
    setSummaryShown((count) => count + 1);
  };

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (status.kind === "sending") return;
    // The first page of the visit, when known, says better than /contact where they came from.
    const input = {
      ...formDataToLeadInput(new FormData(event.currentTarget)),
      ...browserLanding(),
    };
    const result = validateLead(input, words.errors);
    if (!result.ok) return showAll(result.errors);
    setStatus({ kind: "sending" });
    try {
      const response = await fetch("/api/contact", {
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/json" },
        body: JSON.stringify(input),
      });
      if (response.ok) return router.push("/contact/thanks");
      const answer = serverAnswer.safeParse(await response.json().catch(() => ({})));
      if (response.status === 422 && answer.data?.errors) {
        setStatus({ kind: "idle" });
        return showAll(answer.data.errors);
      }
      setStatus({
        kind: "failed",
        message: answer.data?.error ?? words.notSent.tryAgain,
      });
    } catch {
      setStatus({
        kind: "failed",
        message: words.notSent.connectionFailed,
      });
    }
  }

  const problems = Object.entries(errors).flatMap(([field, messages]) =>
    (messages ?? []).map((message) => ({ field, message })),
  );
  const error = (field: string) => errors[field]?.[0];

  return (
    <form
      method="post"
      action="/api/contact"
      noValidate
      onSubmit={submit}
      onBlur={leave}
      onChange={edit}
      className="mt-8 space-y-6"
    >
      {summaryShown > 0 && problems.length > 0 && (
        <div
          ref={summary}
          tabIndex={-1}
          role="alert"
          aria-labelledby="error-summary-title"
          className="border-accent bg-accent-soft rounded-lg border-2 p-4"
        >
          <h2 id="error-summary-title" className="font-bold">
            {problems.length === 1
              ? words.summary.one
              : fillIn(words.summary.many, { count: problems.length })}
          </h2>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {problems.map((problem) => (
              <li key={`${problem.field}:${problem.message}`}>
                <a href={`#${problem.field}`} className="underline">
                  {problem.message}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <input type="hidden" name="submissionId" value={session.submissionId} />
      <input type="hidden" name="formToken" value={formToken} />
      {Object.entries(session.hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
        <label>
          {words.labels.website}
          <input type="text" name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
        </label>
      </div>

      <TextField name="name" label={words.labels.name} autoComplete="name" error={error("name")} />
      <TextField
        name="email"
        type="email"
        label={words.labels.email}
        autoComplete="email"
        error={error("email")}
      />
      <TextField
        name="phone"
        type="tel"
        label={words.labels.phone}
        autoComplete="tel"
        error={error("phone")}
      />
      <ChoiceGroup
        name="goals"
        legend={words.labels.goals}
        options={optionsOf(goalValues, words.goals)}
        multiple
        error={error("goals")}
      />
      <TextField
        name="training"
        label={words.labels.training}
        hint={words.hints.training}
        error={error("training")}
      />
      <TextField
        name="limitations"
        label={words.labels.limitations}
        multiline
        error={error("limitations")}
      />
      <ChoiceGroup
        name="contactMethod"
        legend={words.labels.contactMethod}
        options={optionsOf(contactMethodValues, words.contactMethods)}
        defaultValue={["email"]}
        error={error("contactMethod")}
      />
      <TextField
        name="message"
        label={words.labels.message}
        hint={fillIn(words.hints.message, { max: messageMaxLength.toLocaleString("en") })}
        multiline
        error={error("message")}
      />

      <div>
        <label className="flex items-start gap-3">
          <input
            id="consent"
            type="checkbox"
            name="consent"
            aria-invalid={error("consent") ? true : undefined}
            aria-describedby={["consent-hint", error("consent") && "consent-error"]
              .filter(Boolean)
              .join(" ")}
            className="accent-brand-700 mt-1 size-5"
          />
          <span className="font-semibold">{words.labels.consent}</span>
        </label>
        <p id="consent-hint" className="text-ink-soft mt-1 pl-8 text-sm">
          {words.hints.privacy}
        </p>
        {error("consent") && (
          <p id="consent-error" className="text-accent mt-1 pl-8 font-medium">
            {error("consent")}
          </p>
        )}
      </div>

      <div role="status" aria-live="polite" className="text-accent font-medium">
        {status.kind === "failed" ? status.message : ""}
      </div>
      <button
        type="submit"
        disabled={status.kind === "sending"}
        className="bg-brand-700 hover:bg-brand-800 inline-flex min-h-12 items-center rounded-md px-6 py-3 text-lg font-semibold text-white disabled:opacity-70"
      >
        {status.kind === "sending" ? words.buttons.sending : words.buttons.send}
      </button>
    </form>
  );
}
