// The CSP nonce proxy.ts made for this request (it is on the request as x-nonce), for a <script> of our
// own: Next puts it on its own scripts, and the policy's 'strict-dynamic' refuses any script without it.
export const NONCE_HEADER = "x-nonce";

export function nonceOf(headers: { get(name: string): string | null }): string | undefined {
  return headers.get(NONCE_HEADER) ?? undefined;
}
