import type { InputHTMLAttributes } from "react";

type Props = InputHTMLAttributes<HTMLInputElement> & { id: string; label: string; hint?: string };

/** A labelled input of the account forms (sign-in, forgotten password, new password). */
export function AccountField({ id, label, hint, ...input }: Props) {
  return (
    <div>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-ink-soft text-sm">
          {hint}
        </p>
      )}
      <input
        id={id}
        aria-describedby={hint ? `${id}-hint` : undefined}
        className="border-ink-soft text-ink mt-1 block w-full rounded-md border px-3 py-2 text-base"
        {...input}
      />
    </div>
  );
}
