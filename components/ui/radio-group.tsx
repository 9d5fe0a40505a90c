import type { InputHTMLAttributes } from "react";

/**
 * A fieldset of radio buttons with its legend and error, the error tied to the
 * group. Spread `useActionForm`'s `field(name)` into it: its `defaultValue`
 * picks the checked option, the rest goes onto every radio.
 */
export function RadioGroup({
  id,
  legend,
  options,
  error,
  defaultValue,
  ...input
}: Omit<InputHTMLAttributes<HTMLInputElement>, "defaultValue" | "type"> & {
  id: string;
  name: string;
  legend: string;
  options: readonly { value: string; label: string }[];
  error?: string;
  defaultValue?: string;
}) {
  return (
    <fieldset className="mb-4" id={id} aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="font-semibold mb-1">{legend}</legend>
      {error ? (
        <p id={`${id}-error`} className="text-danger font-semibold">
          {error}
        </p>
      ) : null}
      {options.map((o) => (
        <label key={o.value} className="flex items-center gap-2 mb-1">
          <input type="radio" value={o.value} defaultChecked={defaultValue === o.value} className="size-5" {...input} />
          <span>{o.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
