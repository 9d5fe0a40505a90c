import type { ButtonHTMLAttributes } from "react";

type Variant = "primary" | "secondary" | "link";

const styles: Record<Variant, string> = {
  primary: "bg-brand-700 text-white hover:bg-brand-800 px-4 py-2 rounded font-semibold disabled:opacity-60",
  secondary: "border border-brand-700 text-brand-800 hover:bg-brand-50 px-4 py-2 rounded font-semibold",
  link: "text-brand-800 underline hover:no-underline",
};

export function Button({
  variant = "primary",
  className = "",
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: Variant }) {
  return <button className={`${styles[variant]} ${className}`} {...props} />;
}
