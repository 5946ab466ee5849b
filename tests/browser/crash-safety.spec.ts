// Crash safety: students answer at once against the production server while it is killed with SIGKILL,
// three times, and restarted. Every answer the server acknowledged must be stored exactly once, the
// answers lost in flight are resent with the same client id (as the study page does) and stored once,
// and every card's scheduling state must agree with its review log.
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import Database from "better-sqlite3";
import { encode } from "next-auth/jwt";
import { BROWSER_TEST_PORT } from "./ports";

test.setTimeout(240_000);

const PORT = BROWSER_TEST_PORT + 2;
const ORIGIN = `http://localhost:${PORT}`;
const SECRET = "crash-safety-test-secret-of-enough-length";
const STUDENTS = 8;
const KILLS = 3;
const QUESTIONS = [
  "call-weekday",
  "call-length",
  "call-first-since",
  "last-phone-call",
  "candid-and-constructive",
  "cctv-description",
  "call-not-for-announcements",
  "source-anonymous",
  "woodside-promise",
  "calls-prevent-misunderstandings",
  "ease-tensions",
  "story-updated",
];

const tsx = (script: string, env: Record<string, string>) =>
  execFileSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", `scripts/${script}`], {
    env: { ...process.env, ...env },
    stdio: "pipe",
  });

function startServer(env: Record<string, string>): ChildProcess {
  // Its own process group, so SIGKILL reaches every process `next start` runs.
  return spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(PORT)], {
    env: { ...process.env, ...env, NODE_ENV: "production" },
    detached: true,
    stdio: "ignore",
  });
}

async function waitHealthy() {
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`${ORIGIN}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("the server did not come up");
}

function kill(server: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    server.once("exit", () => resolve());
    process.kill(-server.pid!, "SIGKILL");
  });
}

type Answer = {
  cookie: string;
  body: { setId: string; questionId: string; clientId: string; response: string; selfGrade: number };
};

test("acknowledged answers survive SIGKILL, exactly once, and cards agree with the log", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "footnote-crash-"));
  const env = {
    DATABASE_URL: `file:${path.join(dir, "crash.db")}`,
    NEXTAUTH_SECRET: SECRET,
    NEXTAUTH_URL: ORIGIN,
    PORT: String(PORT),
  };
  tsx("migrate.ts", env);
  tsx("content-sync.ts", env);
  // Read and written directly with SQLite: Playwright's loader cannot load the generated Prisma client.
  const db = new Database(path.join(dir, "crash.db"));
  try {
    const cookies: string[] = [];
    for (let s = 0; s < STUDENTS; s++) {
      const id = `crash-student-${s}`;
      const now = new Date().toISOString();
      db.prepare(`INSERT INTO "User" (id, isGuest, role, createdAt, updatedAt) VALUES (?, 1, 'STUDENT', ?, ?)`).run(
        id,
        now,
        now,
      );
      const token = await encode({ token: { sub: id, role: "STUDENT", isGuest: true, name: null }, secret: SECRET });
      cookies.push(`next-auth.session-token=${token}`);
    }

    const acknowledged = new Map<string, string>(); // clientId → reviewId
    const unanswered: Answer[] = []; // lost in flight: the client resends these
    let sent = 0;
    let resent = 0;
    let sameReplyToResend = 0;

    async function send(answer: Answer): Promise<"ok" | "lost"> {
      sent++;
      try {
        const response = await fetch(`${ORIGIN}/api/answers`, {
          method: "POST",
          headers: { "content-type": "application/json", cookie: answer.cookie, origin: ORIGIN },
          body: JSON.stringify(answer.body),
        });
        if (response.status !== 200) throw new Error(`${response.status} ${await response.text()}`);
        const { reviewId } = (await response.json()) as { reviewId: string };
        const earlier = acknowledged.get(answer.body.clientId);
        if (earlier) {
          expect(reviewId).toBe(earlier);
          sameReplyToResend++;
        }
        acknowledged.set(answer.body.clientId, reviewId);
        return "ok";
      } catch (error) {
        if (error instanceof Error && /^\d{3} /.test(error.message)) throw error; // the server answered: a real failure
        return "lost";
      }
    }

    let n = 0;
    const newAnswer = (student: number): Answer => ({
      cookie: cookies[student],
      body: {
        setId: "the-call",
        questionId: QUESTIONS[(n * 7 + student) % QUESTIONS.length],
        clientId: `crash-${student}-${n++}`,
        response: "Tuesday",
        selfGrade: 3,
      },
    });

    /** Each student answers one question after another until the server goes away. */
    async function load(running: () => boolean) {
      await Promise.all(
        Array.from({ length: STUDENTS }, async (_, student) => {
          while (running()) {
            const answer = newAnswer(student);
            if ((await send(answer)) === "lost") {
              unanswered.push(answer);
              return;
            }
          }
        }),
      );
    }

    async function resendLost() {
      while (unanswered.length) {
        const answer = unanswered.shift()!;
        resent++;
        // Some of these were stored before the kill and never acknowledged; some of those were acknowledged
        // and lost on the way back. Either way the resend must be recorded once.
        if ((await send(answer)) === "lost") throw new Error("the restarted server dropped a request");
      }
    }

    for (let round = 0; round <= KILLS; round++) {
      const server = startServer(env);
      await waitHealthy();
      await resendLost();
      if (round === KILLS) {
        let go = true;
        const loading = load(() => go);
        await new Promise((r) => setTimeout(r, 500));
        go = false;
        await loading;
        await kill(server);
        break;
      }
      const loading = load(() => true);
      await new Promise((r) => setTimeout(r, 1500 + Math.random() * 1500));
      await kill(server);
      await loading;
    }

    // Every acknowledged answer is stored exactly once, under the id the server gave.
    type Review = {
      id: string;
      clientId: string;
      userId: string;
      questionId: string;
      stateBefore: string | null;
      stateAfter: string;
    };
    const reviews = db.prepare(`SELECT * FROM "Review" ORDER BY reviewedAt, id`).all() as Review[];
    const byClient = new Map(reviews.map((r) => [r.clientId, r.id]));
    expect(reviews).toHaveLength(acknowledged.size);
    for (const [clientId, reviewId] of acknowledged) expect(byClient.get(clientId)).toBe(reviewId);

    // Every card is the last state its log reached, reached step by step from a new card.
    type Card = {
      userId: string;
      questionId: string;
      due: string;
      stability: number;
      difficulty: number;
      reps: number;
      state: number;
      lapses: number;
      version: number;
    };
    const cards = db.prepare(`SELECT * FROM "Card"`).all() as Card[];
    expect(cards.length).toBeGreaterThan(0);
    for (const card of cards) {
      const log = reviews.filter((r) => r.userId === card.userId && r.questionId === card.questionId);
      expect(log.length).toBe(card.reps);
      expect(card.version).toBe(log.length - 1);
      expect(log[0].stateBefore).toBeNull();
      for (let i = 1; i < log.length; i++) expect(log[i].stateBefore).toBe(log[i - 1].stateAfter);
      const last = JSON.parse(log.at(-1)!.stateAfter) as Card;
      expect({
        due: Date.parse(card.due),
        stability: card.stability,
        difficulty: card.difficulty,
        reps: card.reps,
        state: card.state,
        lapses: card.lapses,
      }).toEqual({
        due: Date.parse(last.due),
        stability: last.stability,
        difficulty: last.difficulty,
        reps: last.reps,
        state: last.state,
        lapses: last.lapses,
      });
    }
    expect(db.pragma("integrity_check")).toEqual([{ integrity_check: "ok" }]);

    console.log(
      `crash safety: ${KILLS} kills survived; ${sent} requests sent (${resent} resent after a kill), ` +
        `${acknowledged.size} answers acknowledged and ${reviews.length} stored, ${sameReplyToResend} resends answered ` +
        `with the review already stored, ${cards.length} cards consistent with their logs`,
    );
  } finally {
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
