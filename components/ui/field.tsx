import type { InputHTMLAttributes, ReactNode, TextareaHTMLAttributes } from "react";

type FrameProps = {
  id: string;
  label: string;
  error?: string;
  hint?: ReactNode;
  liveHint?: boolean;
  className?: string;
  children: ReactNode;
};

/** Label, hint and error around one control, in the order the Danish design system uses. */
function FieldFrame({ id, label, error, hint, liveHint = false, className = "", children }: FrameProps) {
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
      {children}
    </div>
  );
}

const describedBy = (id: string, hint: unknown, error: unknown) =>
  [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;

type FieldProps = InputHTMLAttributes<HTMLInputElement> & {
  id: string;
  label: string;
  error?: string;
  hint?: ReactNode;
};

/** A labelled input whose hint and error are tied to it with aria-describedby. */
export function Field({ id, label, error, hint, className = "", ...input }: FieldProps) {
  return (
    <FieldFrame id={id} label={label} error={error} hint={hint} className={className}>
      <input
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className={`w-full max-w-md border-2 rounded px-3 py-2 ${error ? "border-danger" : "border-gray-500"}`}
        {...input}
      />
    </FieldFrame>
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
export function TextAreaField({
  id,
  label,
  error,
  hint,
  liveHint = false,
  className = "",
  ...textarea
}: TextAreaFieldProps) {
  return (
    <FieldFrame id={id} label={label} error={error} hint={hint} liveHint={liveHint} className={className}>
      <textarea
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className={`w-full border-2 rounded px-3 py-2 ${error ? "border-danger" : "border-gray-500"}`}
        {...textarea}
      />
    </FieldFrame>
  );
}
