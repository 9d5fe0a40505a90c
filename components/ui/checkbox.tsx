import type { InputHTMLAttributes } from "react";

// Checkboxes for `useActionForm`: spread `field(name)` (or the form's
// registration) into them. `defaultValue` (what `field` gives) decides which
// boxes are checked in the HTML the server renders; react-hook-form keeps
// them after hydration.

type Box = Omit<InputHTMLAttributes<HTMLInputElement>, "type" | "defaultValue" | "defaultChecked" | "value">;

/** One checkbox that posts `value` when checked (a confirmation), with its error tied to it. */
export function CheckboxField({
  id,
  label,
  value,
  error,
  defaultValue,
  className = "mb-4",
  ...input
}: Box & { id: string; name: string; label: string; value: string; error?: string; defaultValue?: string }) {
  return (
    <div className={className}>
      {error ? (
        <p id={`${id}-error`} className="text-danger font-semibold">
          {error}
        </p>
      ) : null}
      <label className="flex items-center gap-2">
        <input
          id={id}
          type="checkbox"
          value={value}
          defaultChecked={defaultValue === value}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          className="size-5"
          {...input}
        />{" "}
        {label}
      </label>
    </div>
  );
}

/** Checkboxes sharing one name, in a fieldset with its legend: the field is posted once per checked box. */
export function CheckboxGroup({
  id,
  legend,
  options,
  error,
  defaultValue,
  className = "mb-4",
  ...input
}: Box & {
  id: string;
  name: string;
  legend: string;
  options: readonly { value: string; label: string }[];
  error?: string;
  /** The values checked at first (one value, or none, when `field` gives it). */
  defaultValue?: readonly string[] | string;
}) {
  const checked = typeof defaultValue === "string" ? [defaultValue] : (defaultValue ?? []);
  return (
    <fieldset className={className} id={id} aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="font-semibold mb-1">{legend}</legend>
      {error ? (
        <p id={`${id}-error`} className="text-danger font-semibold">
          {error}
        </p>
      ) : null}
      {options.map((o) => (
        <label key={o.value} className="flex items-center gap-2 mb-1">
          <input
            type="checkbox"
            value={o.value}
            defaultChecked={checked.includes(o.value)}
            className="size-5"
            {...input}
          />{" "}
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}
