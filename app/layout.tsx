import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/layout/site-footer";
import { IntlScope } from "@/components/ui/intl-scope";
import { getLocale, getTranslations } from "next-intl/server";
import { installationName, siteUrl } from "@/lib/installation/site";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const [t, base, name] = await Promise.all([getTranslations(), siteUrl(), installationName()]);
  return {
    metadataBase: new URL(base),
    title: { default: name, template: `%s · ${name}` },
    description: t("app.tagline"),
    // Static files in public/. A page that sets its own openGraph replaces this one whole, image included.
    icons: { icon: { url: "/icon.svg", type: "image/svg+xml" } },
    openGraph: {
      siteName: name,
      images: [{ url: "/og-image.png", width: 1200, height: 630, alt: name }],
    },
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [locale, t] = await Promise.all([getLocale(), getTranslations()]);
  return (
    <html lang={locale}>
      <body className="min-h-screen flex flex-col font-sans">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:p-2 focus:bg-white focus:text-black">
          {t("app.skipToContent")}
        </a>
        {/* The header and <main> come from the route group's layout: app/(public) or app/(staff). */}
        <IntlScope>{children}</IntlScope>
        <SiteFooter />
      </body>
    </html>
  );
}
