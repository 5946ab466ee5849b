// What every body a route handler reads must pass: from this site when the browser says where it is
// from (as Next checks server actions: the Origin's host is the host the request was sent to), and
// never more than a set number of bytes, however the body is sent.
import { AppError } from "../errors/app-error";

export function checkSameSite(request: Request): void {
  const origin = request.headers.get("origin");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (origin && (!URL.canParse(origin) || new URL(origin).host !== host)) {
    throw new AppError("cross-site");
  }
}

export async function readLimited(
  request: Request,
  maxBytes: number,
  tooLargeMessage = `The request is too large: at most ${maxBytes} bytes.`,
): Promise<Buffer> {
  const tooLarge = () => new AppError("too-large", { message: tooLargeMessage });
  if (Number(request.headers.get("content-length") ?? 0) > maxBytes) throw tooLarge();
  if (!request.body) return Buffer.alloc(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}
