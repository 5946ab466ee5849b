// What the study and practice pages (the Pages Router's pages) show when they fail on the server. Rendered at
// build time, so it cannot know who is asking: the frame without the header's account links.
import Head from "next/head";
import { ErrorNotice } from "@/components/error-notice";
import { SiteFrame } from "@/components/site-frame";
import { pageTitle } from "@/lib/site";

export const config = { runtime: "nodejs", unstable_runtimeJS: false };

export default function ServerError() {
  return (
    <>
      <Head>
        <title>{pageTitle("Something went wrong")}</title>
        <meta name="viewport" content="width=device-width, initial-scale=1" />
      </Head>
      <SiteFrame status={null} header={null}>
        <ErrorNotice />
      </SiteFrame>
    </>
  );
}
