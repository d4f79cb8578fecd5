import { noValue } from "@/lib/leads/server";

/**
 * One "where they came from" choice of the inbox's filter form: any, none, or one value earlier
 * leads arrived with. The value in the address is kept as a choice even when it is not among
 * them, so a link from the campaign report always shows what it filters by.
 */
export function OriginFilter({
  name,
  label,
  anyLabel,
  current,
  used,
  className,
}: {
  name: string;
  label: string;
  anyLabel: string;
  current: string | undefined;
  used: readonly string[];
  className: string;
}) {
  const values = used.filter((value) => value !== "" && value !== noValue);
  if (current && current !== noValue && !values.includes(current)) values.unshift(current);
  return (
    <div className="min-w-0">
      <label htmlFor={name} className="font-semibold">
        {label}
      </label>
      <select id={name} name={name} defaultValue={current ?? ""} className={className}>
        <option value="">{anyLabel}</option>
        <option value={noValue}>None given</option>
        {values.map((value) => (
          <option key={value} value={value}>
            {value}
          </option>
        ))}
      </select>
    </div>
  );
}
