import type { ReactNode } from "react";

/**
 * A form that is one button (log out, switch language, unlock): its values
 * travel as hidden fields to an action built with `defineAction`. It needs no
 * JavaScript and works in server components. A form with fields a person
 * types in uses `useActionForm` and `ActionForm` instead.
 */
export function ButtonForm({
  action,
  fields = {},
  className,
  children,
}: {
  action: (formData: FormData) => unknown;
  fields?: Record<string, string | number>;
  className?: string;
  children: ReactNode;
}) {
  return (
    <form action={action as (formData: FormData) => void} className={className}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children}
    </form>
  );
}
