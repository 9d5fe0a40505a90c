"use client";
import { ErrorView } from "@/components/errors/error-view";

// A route group's layout failed (the header with it): the error takes the whole page. A page's own failure is
// caught by its group's error.tsx, under the group's header.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" className="mx-auto w-full max-w-6xl px-4 py-8 flex-1">
      <ErrorView digest={error.digest} reset={reset} />
    </main>
  );
}
