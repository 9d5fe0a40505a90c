import type { ReactNode } from "react";

/** A confirmation after an action, announced to screen readers. */
export function Notice({ children }: { children: ReactNode }) {
  return (
    <p role="status" className="border-l-4 border-brand-600 bg-brand-50 p-3 mb-4">
      {children}
    </p>
  );
}
