// Sign-in providers: email links always; Google, Microsoft and GitHub when their variables are set.
import type { Provider } from "next-auth/providers/index";
import AzureADProvider from "next-auth/providers/azure-ad";
import EmailProvider from "next-auth/providers/email";
import GitHubProvider from "next-auth/providers/github";
import GoogleProvider from "next-auth/providers/google";
import type { Config } from "../config";
import { sendMagicLink } from "./magic-link";
import { signInLinkUrl } from "./sign-in-link-url";

export function authProviders(cfg: Config): Provider[] {
  const providers: Provider[] = [
    EmailProvider({
      from: cfg.EMAIL_FROM,
      maxAge: 24 * 60 * 60,
      // The email links to our confirmation page, not to next-auth's callback: mail scanners open links.
      sendVerificationRequest: ({ identifier, url }) =>
        sendMagicLink(
          { to: identifier, url: signInLinkUrl(url), host: new URL(url).host },
          { server: cfg.EMAIL_SERVER, from: cfg.EMAIL_FROM },
        ),
    }),
  ];
  if (cfg.GOOGLE_CLIENT_ID && cfg.GOOGLE_CLIENT_SECRET) {
    providers.push(GoogleProvider({ clientId: cfg.GOOGLE_CLIENT_ID, clientSecret: cfg.GOOGLE_CLIENT_SECRET }));
  }
  if (cfg.AZURE_AD_CLIENT_ID && cfg.AZURE_AD_CLIENT_SECRET) {
    providers.push(
      AzureADProvider({
        clientId: cfg.AZURE_AD_CLIENT_ID,
        clientSecret: cfg.AZURE_AD_CLIENT_SECRET,
        tenantId: cfg.AZURE_AD_TENANT_ID ?? "common",
        name: "Microsoft",
      }),
    );
  }
  if (cfg.GITHUB_ID && cfg.GITHUB_SECRET) {
    providers.push(GitHubProvider({ clientId: cfg.GITHUB_ID, clientSecret: cfg.GITHUB_SECRET }));
  }
  return providers;
}

/** The buttons the sign-in page shows for the OAuth providers that are configured. */
export function oauthProviders(cfg: Config): { id: string; name: string }[] {
  // next-auth applies options such as a display name only when it parses providers, so read them here.
  return authProviders(cfg)
    .filter((p) => p.type === "oauth")
    .map((p) => ({ id: p.id, name: (p as { options?: { name?: string } }).options?.name ?? p.name }));
}
