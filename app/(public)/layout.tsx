import type { ReactNode } from "react";
import { PageFrame } from "@/components/layout/page-frame";

// The public site: its HTML is the same for every visitor (the login state is a client island), so a CDN may
// serve it to all (scripts/server.ts sets Cache-Control for cookie-less requests).
export default function PublicLayout({ children }: { children: ReactNode }) {
  return <PageFrame perVisitor={false}>{children}</PageFrame>;
}
