import type { SelectHTMLAttributes } from "react";

type SelectFieldProps = SelectHTMLAttributes<HTMLSelectElement> & {
  id: string;
  label: string;
  error?: string;
  /** The choices; or pass <option>/<optgroup> children instead. */
  options?: readonly { value: string; label: string }[];
};

/** A labelled select whose error is tied to it with aria-describedby. */
export function SelectField({ id, label, error, options, className = "mb-4", children, ...select }: SelectFieldProps) {
  return (
    <div className={className}>
      <label htmlFor={id} className="block font-semibold mb-1">
        {label}
      </label>
      {error ? (
        <p id={`${id}-error`} className="text-danger font-semibold mb-1">
          {error}
        </p>
      ) : null}
      <select
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className={`border-2 rounded px-3 py-2 max-w-full ${error ? "border-danger" : "border-gray-500"}`}
        {...select}
      >
        {options
          ? options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))
          : children}
      </select>
    </div>
  );
}
