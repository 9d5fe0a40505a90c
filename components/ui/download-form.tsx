import type { ReactNode } from "react";
import type { Route } from "next";

/**
 * A download that must not put what it is about in the address (a person's e-mail): a POST to a route handler that
 * answers with a file. The page stays as it is, so it needs no action state or error summary; the route checks the
 * session, the permission and the origin itself. Forms that change data use `ActionForm` or `ButtonForm`.
 */
export function DownloadForm({
  action,
  fields,
  children,
}: {
  action: Route;
  fields: Record<string, string>;
  children: ReactNode;
}) {
  return (
    <form method="post" action={action}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children}
    </form>
  );
}
