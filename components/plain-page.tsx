// The frame of a Pages Router page that ships no framework (the study and practice pages): the same head,
// site frame and header as the App Router's pages, plus public/plain-page.js for focus and loading touches.
import Head from "next/head";
import type { ReactNode } from "react";
import { PlainNavigationStatus } from "@/components/plain-navigation-status";
import { SiteFrame } from "@/components/site-frame";
import { SiteHeaderView } from "@/components/site-header-view";
import type { Viewer } from "@/lib/auth/viewer";
import { pageTitle, SITE_DESCRIPTION } from "@/lib/site";

type Props = { title: string; viewer: Viewer | null; nonce: string | null; children: ReactNode };

export function PlainPage({ title, viewer, nonce, children }: Props) {
  return (
    <>
      <Head>
        <title>{pageTitle(title)}</title>
        <meta name="description" content={SITE_DESCRIPTION} />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
      </Head>
      <SiteFrame status={<PlainNavigationStatus />} header={<SiteHeaderView viewer={viewer} />}>
        {children}
      </SiteFrame>
      <script src="/plain-page.js" nonce={nonce ?? undefined} defer />
    </>
  );
}
