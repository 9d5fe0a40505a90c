import type { InputHTMLAttributes, ReactNode, TextareaHTMLAttributes } from "react";

type FieldProps = InputHTMLAttributes<HTMLInputElement> & {
  id: string;
  label: string;
  error?: string;
  hint?: string;
};

/** A labelled input whose error is tied to it with aria-describedby. */
export function Field({ id, label, error, hint, className = "", ...input }: FieldProps) {
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`mb-4 ${className}`}>
      <label htmlFor={id} className="block font-semibold mb-1">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-muted mb-1">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="text-danger font-semibold mb-1">
          {error}
        </p>
      ) : null}
      <input
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={described}
        className={`w-full max-w-md border-2 rounded px-3 py-2 ${error ? "border-danger" : "border-gray-500"}`}
        {...input}
      />
    </div>
  );
}

type TextAreaFieldProps = TextareaHTMLAttributes<HTMLTextAreaElement> & {
  id: string;
  label: string;
  error?: string;
  hint?: ReactNode;
  /** Announce hint changes (a live character count). */
  liveHint?: boolean;
};

/** A labelled textarea whose hint and error are tied to it with aria-describedby. */
export function TextAreaField({ id, label, error, hint, liveHint = false, className = "", ...textarea }: TextAreaFieldProps) {
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`mb-4 ${className}`}>
      <label htmlFor={id} className="block font-semibold mb-1">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-muted mb-1" aria-live={liveHint ? "polite" : undefined}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="text-danger font-semibold mb-1">
          {error}
        </p>
      ) : null}
      <textarea
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={described}
        className={`w-full border-2 rounded px-3 py-2 ${error ? "border-danger" : "border-gray-500"}`}
        {...textarea}
      />
    </div>
  );
}
