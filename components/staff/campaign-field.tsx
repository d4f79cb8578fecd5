import type { UtmField } from "@/lib/campaigns";

export const campaignFieldClass =
  "mt-1 block w-full min-w-0 rounded-md border border-ink-soft bg-white px-3 py-2 text-base text-ink";

type Props = {
  name: UtmField;
  label: string;
  hint: string;
  required: boolean;
  value: string | undefined;
  error: string | undefined;
  /** Values past leads arrived with, offered as the person types so one name is used once. */
  suggestions: string[];
};

/** One UTM input with its visible label, hint, message and the values used before. */
export function CampaignField({ name, label, hint, required, value, error, suggestions }: Props) {
  const hintId = `${name}-hint`;
  const errorId = `${name}-error`;
  const listId = `${name}-used`;
  return (
    <div>
      <label htmlFor={name} className="block font-semibold">
        {label}
        {!required && <span className="font-normal"> (optional)</span>}
      </label>
      <p id={hintId} className="text-ink-soft text-sm">
        <code className="break-all">{name}</code>: {hint}
      </p>
      {error && (
        <p id={errorId} className="text-accent mt-1 font-medium">
          {error}
        </p>
      )}
      <input
        id={name}
        name={name}
        type="text"
        defaultValue={value}
        required={required}
        maxLength={100}
        list={suggestions.length > 0 ? listId : undefined}
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${errorId} ${hintId}` : hintId}
        className={campaignFieldClass}
      />
      {suggestions.length > 0 && (
        <datalist id={listId}>
          {suggestions.map((used) => (
            <option key={used} value={used} />
          ))}
        </datalist>
      )}
    </div>
  );
}
