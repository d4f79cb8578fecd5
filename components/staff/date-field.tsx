/** The class of a field in the staff filter forms (the inbox's and the campaign report's). */
export const filterFieldClass =
  "mt-1 block w-full max-w-full rounded-md border border-ink-soft px-3 py-2 text-base";

/** A labelled date input for a plain GET form; its name is also its id. */
export function DateField({
  name,
  label,
  value,
  className,
}: {
  name: string;
  label: string;
  value: string | undefined;
  className?: string;
}) {
  return (
    <div className={className}>
      <label htmlFor={name} className="font-semibold">
        {label}
      </label>
      <input id={name} name={name} type="date" defaultValue={value} className={filterFieldClass} />
    </div>
  );
}
