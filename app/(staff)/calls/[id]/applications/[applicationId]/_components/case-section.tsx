import type { ReactNode } from "react";

/** One part of the case file, a landmark named by its heading. */
export function CaseSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="border-t border-gray-300 pt-6 mb-8">
      <h2 id={id} className="text-2xl font-semibold mb-3">
        {title}
      </h2>
      {children}
    </section>
  );
}
