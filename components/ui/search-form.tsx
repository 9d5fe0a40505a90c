import type { ReactNode } from "react";

/**
 * A filter or search form: it changes the address (GET), so it needs no
 * action, no JavaScript and no error summary. Forms that change data use
 * `ActionForm` or `ButtonForm`.
 */
export function SearchForm({
  label,
  className,
  children,
}: {
  label?: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <form method="get" role="search" aria-label={label} className={className}>
      {children}
    </form>
  );
}

/** The free-text field of a `SearchForm`: its label above it, the current query in it. */
export function SearchText({ label, defaultValue }: { label: string; defaultValue?: string }) {
  return (
    <div>
      <label htmlFor="q" className="block font-semibold mb-1">
        {label}
      </label>
      <input
        id="q"
        name="q"
        type="search"
        defaultValue={defaultValue}
        className="border-2 border-gray-500 rounded px-3 py-2"
      />
    </div>
  );
}
