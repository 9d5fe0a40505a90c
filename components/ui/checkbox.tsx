import type { InputHTMLAttributes, ReactNode } from "react";

// Checkboxes for `useActionForm`: spread `field(name)` into them. A box posts
// its `value` when ticked and nothing otherwise, natively as with JavaScript.
// What is ticked in the HTML the server renders comes from `defaultChecked`
// when given, else from the field's value (`field` gives it as defaultValue);
// react-hook-form keeps it after hydration.

type Box = Omit<InputHTMLAttributes<HTMLInputElement>, "type" | "defaultValue" | "value">;

/** Whether a form value means a ticked box: react-hook-form holds true/false, a native post "on". */
export const isTicked = (value: unknown): boolean => value === true || value === "on";

/** One labelled checkbox with its error tied to it (a confirmation, a yes/no setting). */
export function CheckboxField({
  id,
  label,
  value = "on",
  error,
  defaultValue,
  defaultChecked,
  className = "mb-4",
  ...input
}: Box & { id: string; label: ReactNode; value?: string; error?: string; defaultValue?: string }) {
  return (
    <div className={className}>
      {error ? (
        <p id={`${id}-error`} className="text-danger font-semibold mb-1">
          {error}
        </p>
      ) : null}
      <label htmlFor={id} className="flex items-center gap-2">
        <input
          id={id}
          type="checkbox"
          value={value}
          defaultChecked={defaultChecked ?? defaultValue === value}
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
}: Omit<Box, "defaultChecked"> & {
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
