import type { Metadata, Viewport } from "next";
import { Suspense, type ReactNode } from "react";
import { NavigationStatus } from "@/components/navigation-status";
import { SiteFrame } from "@/components/site-frame";
import { SiteHeader } from "@/components/site-header";
import { SITE_DESCRIPTION, SITE_NAME } from "@/lib/site";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: SITE_NAME, template: `%s · ${SITE_NAME}` },
  description: SITE_DESCRIPTION,
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-dvh antialiased">
        <SiteFrame
          status={
            <Suspense fallback={null}>
              <NavigationStatus />
            </Suspense>
          }
          header={<SiteHeader />}
        >
          {children}
        </SiteFrame>
      </body>
    </html>
  );
}
