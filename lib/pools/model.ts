// Pure helpers for the pool forms.

/** Øre as the Danish way of typing kroner, for a form field: 40_000_000 → "400.000", 12_345 → "123,45". */
export function kronerText(ore: number | null): string {
  if (ore === null) return "";
  const sign = ore < 0 ? "-" : "";
  const abs = Math.abs(ore);
  const whole = String(Math.trunc(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  const rest = abs % 100;
  return `${sign}${whole}${rest ? `,${String(rest).padStart(2, "0")}` : ""}`;
}

/** The auditor limit a new pool starts with: 200.000 kr. */
export const defaultAuditorLimit = "200.000";
