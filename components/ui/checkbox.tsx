import type { InputHTMLAttributes, ReactNode } from "react";

/** Whether a form value means a ticked box: react-hook-form holds true/false, a native post "on". */
export const isTicked = (value: unknown): boolean => value === true || value === "on";

/**
 * A labelled checkbox with its error. Spread `useActionForm`'s `field(name)`
 * into it and pass whether it starts ticked (`isTicked(f.form.getValues(name))`):
 * a checkbox posts "on" when ticked and nothing otherwise, natively as with JavaScript.
 */
export function CheckboxField({
  id,
  label,
  error,
  defaultValue: _text,
  className = "mb-4",
  ...input
}: Omit<InputHTMLAttributes<HTMLInputElement>, "type" | "value"> & {
  id: string;
  label: ReactNode;
  error?: string;
}) {
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
          value="on"
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
