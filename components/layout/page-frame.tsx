import type { ReactNode } from "react";
import { SiteHeader } from "./site-header";

/**
 * A page's header and main area, inside the root layout. The route groups choose the header: the public site's
 * is the same for every visitor, the rest's is rendered with the session (see SiteHeader).
 */
export function PageFrame({ perVisitor, children }: { perVisitor: boolean; children: ReactNode }) {
  return (
    <>
      <SiteHeader perVisitor={perVisitor} />
      <main id="main" className="mx-auto w-full max-w-6xl px-4 py-8 flex-1">
        {children}
      </main>
    </>
  );
}
