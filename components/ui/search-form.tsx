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
