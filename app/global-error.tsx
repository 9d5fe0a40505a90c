"use client";
import { ErrorView } from "@/components/errors/error-view";
import "./globals.css";

export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="da">
      <body className="font-sans">
        <main className="mx-auto max-w-3xl p-8">
          <ErrorView digest={error.digest} reset={reset} />
        </main>
      </body>
    </html>
  );
}
