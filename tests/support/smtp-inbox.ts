// A real SMTP server on 127.0.0.1 (the smtp-server package) that keeps what it receives, for tests.
import { SMTPServer } from "smtp-server";

export type Inbox = {
  messages: { to: string[]; raw: string }[];
  close: () => Promise<void>;
  next: () => Promise<string>;
};

export async function startInbox(port: number): Promise<Inbox> {
  const messages: Inbox["messages"] = [];
  const waiting: ((raw: string) => void)[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      let raw = "";
      stream.on("data", (chunk: Buffer) => (raw += chunk.toString("utf8")));
      stream.on("end", () => {
        messages.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
        waiting.shift()?.(raw);
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  return {
    messages,
    next: () =>
      messages.length > 0 ? Promise.resolve(messages.at(-1)!.raw) : new Promise((resolve) => waiting.push(resolve)),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The first http(s) link in a raw email, undoing quoted-printable soft line breaks. */
export function linkIn(raw: string): string {
  const body = raw.replace(/=\r?\n/g, "").replace(/=3D/g, "=");
  const match = /https?:\/\/\S+/.exec(body);
  if (!match) throw new Error("no link in the email");
  return match[0];
}
