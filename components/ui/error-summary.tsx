"use client";
import { useEffect, useRef } from "react";

/** The error summary at the top of a form (the Danish design system's pattern): focused and announced. */
export function ErrorSummary({
  title,
  errors,
  message,
}: {
  title: string;
  errors: { field: string; message: string }[];
  message?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const shown = errors.length > 0 || Boolean(message);
  useEffect(() => {
    if (shown) ref.current?.focus();
  }, [shown, errors, message]);
  if (!shown) return <div aria-live="assertive" />;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-live="assertive"
      data-error-summary
      className="border-l-4 border-danger bg-red-50 p-4 mb-6"
    >
      <h2 className="font-bold text-danger mb-2">{title}</h2>
      {message ? <p className="mb-2">{message}</p> : null}
      {errors.length > 0 ? (
        <ul className="list-disc pl-5">
          {errors.map((e) => (
            <li key={e.field}>
              <a href={`#${e.field}`} className="text-danger underline">
                {e.message}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
