import type { ReactNode } from "react";
import { PageFrame } from "@/components/layout/page-frame";

// Everything but the public site: staff and member pages, login, invitations. The header is the person's own.
export default function PerVisitorLayout({ children }: { children: ReactNode }) {
  return <PageFrame perVisitor>{children}</PageFrame>;
}
