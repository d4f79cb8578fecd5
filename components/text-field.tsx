import type { LeadFieldName } from "@/lib/leads";

type Props = {
  name: LeadFieldName;
  label: string;
  error?: string;
  hint?: string;
  type?: "text" | "email" | "tel";
  autoComplete?: string;
  multiline?: boolean;
  defaultValue?: string;
};

const fieldClass =
  "mt-2 block w-full rounded-md border border-ink-soft bg-paper px-3 py-2.5 text-base text-ink aria-[invalid=true]:border-2 aria-[invalid=true]:border-accent";

/** A labelled text input or textarea whose hint and error are announced with it. */
export function TextField({
  name,
  label,
  error,
  hint,
  type = "text",
  autoComplete,
  multiline,
  ...rest
}: Props) {
  const describedBy =
    [hint && `${name}-hint`, error && `${name}-error`].filter(Boolean).join(" ") || undefined;
  const shared = {
    id: name,
    name,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy,
    className: fieldClass,
    ...rest,
  };
  return (
    <div>
      <label htmlFor={name} className="block font-semibold">
        {label}
      </label>
      {hint && (
        <p id={`${name}-hint`} className="text-ink-soft mt-1 text-sm">
          {hint}
        </p>
      )}
      {multiline ? (
        <textarea rows={4} {...shared} />
      ) : (
        <input type={type} autoComplete={autoComplete} {...shared} />
      )}
      {error && (
        <p id={`${name}-error`} className="text-accent mt-1 font-medium">
          {error}
        </p>
      )}
    </div>
  );
}
