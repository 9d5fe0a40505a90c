"use client";
import Link from "next/link";
import type { Route } from "next";
import { useEffect, useState } from "react";
import type { HeaderAccount } from "./menu";

/**
 * The public header's login state. The page's HTML is the same for every visitor (a CDN may serve it), with
 * the login link; after loading, this asks /api/me who is signed in, and a signed-in person gets their name,
 * their work pages, security and log out instead. Texts come translated in the answer.
 */
export function AccountIsland({ loginLabel }: { loginLabel: string }) {
  const [account, setAccount] = useState<HeaderAccount | null>(null);
  useEffect(() => {
    const ask = new AbortController();
    fetch("/api/me", { cache: "no-store", signal: ask.signal })
      .then((r) => (r.ok ? (r.json() as Promise<{ account: HeaderAccount | null }>) : { account: null }))
      .then((body) => setAccount(body.account))
      // Offline, or the page left: the login link stays.
      .catch(() => undefined);
    return () => ask.abort();
  }, []);
  if (!account) {
    return (
      <Link href="/login" className="text-white underline">
        {loginLabel}
      </Link>
    );
  }
  return (
    <div className="flex flex-wrap items-center gap-3">
      <span className="text-sm">{account.signedInAs}</span>
      {account.links.map((l) => (
        <Link key={l.href} href={l.href as Route} className="text-white underline">
          {l.label}
        </Link>
      ))}
    </div>
  );
}
