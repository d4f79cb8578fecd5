type Option = { value: string; label: string };

type Props = {
  name: string;
  legend: string;
  options: readonly Option[];
  multiple?: boolean;
  error?: string;
  defaultValue?: readonly string[];
};

/** A fieldset of checkboxes (multiple) or radio buttons with one error for the group. */
export function ChoiceGroup({ name, legend, options, multiple, error, defaultValue = [] }: Props) {
  return (
    <fieldset id={name} aria-describedby={error ? `${name}-error` : undefined}>
      <legend className="font-semibold">{legend}</legend>
      {error && (
        <p id={`${name}-error`} className="text-accent mt-1 font-medium">
          {error}
        </p>
      )}
      <div className="mt-2 flex flex-wrap gap-x-6 gap-y-2">
        {options.map((option) => (
          <label key={option.value} className="flex min-h-11 items-center gap-2">
            <input
              type={multiple ? "checkbox" : "radio"}
              name={name}
              value={option.value}
              defaultChecked={defaultValue.includes(option.value)}
              aria-invalid={error ? true : undefined}
              className="accent-brand-700 size-5"
            />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
