// `npm run bench`: builds the production server, seeds a synthetic school, starts the server and loads
// it over 127.0.0.1, then prints a table, checks the budgets and writes bench/results.json.
// Flags: --quick (a smaller school, shorter runs), --students N, --classes N, --reviews N, --seconds N.
// With DATABASE_URL=postgresql://… it runs against that database (which must be empty or a bench one).
import { fork, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { encode } from "next-auth/jwt";
import { databaseProvider } from "../lib/db/database-url";
import { createPostgresPool } from "../lib/db/postgres-pool";
import { syncContentFromDisk } from "../lib/startup/content";
import { migrateDatabase } from "../lib/startup/migrate";
import { ensureBuild } from "../lib/startup/prepare";
import { runMain } from "../lib/startup/run-main";
import { authoringBench } from "./authoring";
import { evidenceBench } from "./evidence";
import { draftsBench } from "./drafts";
import { timeImport } from "./import";
import { interchangeBench } from "./interchange";
import { sampleGift } from "../lib/interchange/import/gift-sample";
import { EDITOR_ARTICLE_ID, seedEditorSet } from "./editor-set";
import { runScenario, type Scenario, type ScenarioResult } from "./load";
import { dueQuery, firstLoadJs, responseKb } from "./probes";
import { seedSchool, type School } from "./school";
import { freePort } from "../lib/startup/free-port";

const BUDGETS = {
  answerRps: 500,
  answerP99: 50,
  studyP99: 150,
  reportP99: 250,
  dueMs: 5,
  jsKb: 90,
  reanchorMs: 200,
  docxMs: 3000,
  editorP99: 150,
  // Issue 18, find the evidence: median per question over a 20,000-word article, index warm.
  evidenceMs: 50,
  // Issue 18: drafts for a 5,000-word article.
  draftsMs: 2000,
  // Issue 19: a 500-question set exported in every format, together; a 500-question GIFT file imported.
  exportMs: 2000,
  importGiftMs: 2000,
};
const SECRET = "footnote-benchmark-secret-not-for-production";
const WORK_DIR = path.resolve("data/bench");

function options() {
  const { values } = parseArgs({
    options: {
      quick: { type: "boolean", default: false },
      students: { type: "string" },
      classes: { type: "string" },
      reviews: { type: "string" },
      seconds: { type: "string" },
      only: { type: "string" },
      profile: { type: "boolean", default: false },
    },
  });
  const quick = values.quick;
  const number = (value: string | undefined, fallback: number) => {
    if (value === undefined) return fallback;
    const n = Number(value);
    if (!Number.isInteger(n) || n <= 0) throw new Error(`expected a positive whole number, got "${value}"`);
    return n;
  };
  return {
    quick,
    size: {
      students: number(values.students, quick ? 500 : 2000),
      classes: number(values.classes, quick ? 15 : 60),
      reviews: number(values.reviews, quick ? 120_000 : 1_000_000),
    },
    seconds: number(values.seconds, quick ? 8 : 20),
    /** Run just these scenarios (comma-separated), e.g. while fixing one; results.json is not written. */
    only: values.only?.split(",") ?? null,
    /** Write a V8 CPU profile of the server to data/bench/profile/ when it stops. */
    profile: values.profile,
  };
}

async function waitFor(url: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}) before it answered`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer within 60 s`);
}

/** A fresh database for the run: a new SQLite file, or the PostgreSQL database emptied if it holds only a bench school. */
async function freshDatabase(): Promise<string> {
  const url = process.env.DATABASE_URL;
  if (url && databaseProvider(url) === "postgresql") {
    const pool = createPostgresPool(url, 1);
    try {
      const users = await pool
        .query(`SELECT count(*)::int AS n FROM "User" WHERE id NOT LIKE 'bench-%'`)
        .catch(() => ({ rows: [{ n: 0 }] }));
      if (users.rows[0].n > 0)
        throw new Error(
          "DATABASE_URL holds real users; point the benchmark at an empty PostgreSQL database of its own",
        );
      await pool.query("DROP SCHEMA public CASCADE; CREATE SCHEMA public");
    } finally {
      await pool.end();
    }
    return url;
  }
  fs.rmSync(WORK_DIR, { recursive: true, force: true });
  fs.mkdirSync(WORK_DIR, { recursive: true });
  return `file:${path.join(WORK_DIR, "bench.db")}`;
}

function sessionCookie(user: { id: string; name: string }, role: "STUDENT" | "TEACHER"): Promise<string> {
  return encode({
    token: { sub: user.id, role, isGuest: false, name: user.name },
    secret: SECRET,
    maxAge: 30 * 86_400,
  }).then((t) => `next-auth.session-token=${t}`);
}

function scenarios(
  school: School,
  cookies: string[],
  teacherCookie: string,
  origin: string,
  editorSetId: string,
): Scenario[] {
  const students = school.students.length;
  const questions = school.sets.flatMap((set) => set.questions.map((q) => ({ setId: set.id, ...q })));
  let answers = 0;
  const run = Date.now().toString(36);
  // Request n goes to student n mod S, and a student's next answer is to their next question, so no
  // two requests in flight ever touch the same card; 70% of the answers are right.
  const answer = (): ReturnType<Scenario["request"]> => {
    const n = answers++;
    const student = n % students;
    const q = questions[(Math.floor(n / students) + student * 7) % questions.length];
    const right = (n * 2654435761) % 10 < 7;
    return {
      method: "POST",
      path: "/api/answers",
      headers: { "content-type": "application/json", origin, cookie: cookies[student] },
      body: JSON.stringify({
        setId: q.setId,
        questionId: q.id,
        clientId: `bench-${run}-${n}`,
        response: right ? q.right : "Nowhere",
        durationMs: 4000,
      }),
    };
  };
  let pages = 0;
  const studyPage = (): ReturnType<Scenario["request"]> => {
    const n = pages++;
    return {
      method: "GET",
      path: `/sets/${school.sets[n % school.sets.length].id}/study`,
      headers: { cookie: cookies[n % students] },
    };
  };
  const report = (): ReturnType<Scenario["request"]> => ({
    method: "GET",
    path: `/classes/${school.report.classId}/assignments/${school.report.assignmentId}`,
    headers: { cookie: teacherCookie },
  });
  return [
    { name: "answer", connections: 64, rate: null, request: answer },
    { name: "answer_at_200", connections: 64, rate: 200, request: answer },
    { name: "study_page", connections: 32, rate: null, request: studyPage },
    { name: "study_page_at_100", connections: 32, rate: 100, request: studyPage },
    { name: "class_report_at_10", connections: 10, rate: 10, request: report },
    // The set editor (issue 17): 100 questions citing a 20,000-word article, for its teacher. The page carries a
    // window of the article's passages; its script then reads the whole article, timed with it.
    {
      name: "set_editor_at_20",
      connections: 10,
      rate: 20,
      request: () => ({
        method: "GET",
        path: `/sets/${editorSetId}/edit`,
        headers: { cookie: teacherCookie },
        then: {
          method: "GET",
          path: `/api/sets/${editorSetId}/articles/${EDITOR_ARTICLE_ID}/passages`,
          headers: { cookie: teacherCookie },
        },
      }),
    },
  ];
}

async function baseline(seconds: number, warmup: number): Promise<ScenarioResult> {
  const port = await freePort();
  const server = fork(path.join(path.resolve("bench", "baseline-server.mjs")), [String(port)], { stdio: "inherit" });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once("message", () => resolve());
      server.once("exit", (code) => reject(new Error(`the baseline server exited (${code})`)));
    });
    return await runScenario(
      `http://127.0.0.1:${port}`,
      { name: "baseline", connections: 64, rate: null, request: () => ({ method: "GET", path: "/", headers: {} }) },
      seconds,
      warmup,
    );
  } finally {
    server.kill();
  }
}

const pad = (value: string | number, width: number) => String(value).padStart(width);

function table(results: ScenarioResult[]): string {
  const head = `${"scenario".padEnd(20)}${pad("conn", 6)}${pad("rate", 7)}${pad("req/s", 9)}${pad("p50 ms", 9)}${pad("p99 ms", 9)}${pad("errors", 8)}`;
  const rows = results.map(
    (r) =>
      `${r.name.padEnd(20)}${pad(r.connections, 6)}${pad(r.rate ?? "max", 7)}${pad(r.rps, 9)}${pad(r.p50_ms, 9)}${pad(r.p99_ms, 9)}${pad(r.errors, 8)}`,
  );
  return [head, ...rows].join("\n");
}

runMain(async () => {
  const { quick, size, seconds, only, profile } = options();
  const warmup = quick ? 2 : 4;
  const started = Date.now();
  const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;

  await ensureBuild();
  const url = await freshDatabase();
  const provider = databaseProvider(url);
  await migrateDatabase(url);
  await syncContentFromDisk(url);
  console.log(
    `bench: seeding ${size.students} students in ${size.classes} classes, ${size.reviews} reviews (${provider})…`,
  );
  const school = await seedSchool(url, size);
  const editorSetId = await seedEditorSet(url, school.report.teacherId);
  console.log(
    `bench: seeded ${school.cards} cards and ${school.reviews} reviews in ${school.sets.length} synthetic sets (${elapsed()})`,
  );

  const pairs = school.students.flatMap((s, i) =>
    i % 10 === 0 ? s.setIds.map((setId) => ({ userId: s.id, setId })) : [],
  );
  const due = await dueQuery(url, pairs, 2000);
  console.log(
    `bench: due query p50 ${due.p50Ms} ms, p99 ${due.p99Ms} ms over ${school.cards} cards; plan:\n${due.plan.replace(/^/gm, "  ")}`,
  );

  const authoring = await authoringBench();
  console.log(
    `bench: re-anchoring ${authoring.reanchor.citations} citations in a ${authoring.reanchor.words}-word article: ` +
      `median ${authoring.reanchor.medianMs} ms (${authoring.reanchor.cpuMs} ms CPU); reading a ` +
      `${(authoring.docx.bytes / 2 ** 20).toFixed(1)} MB .docx: median ${authoring.docx.medianMs} ms (${authoring.docx.cpuMs} ms CPU)`,
  );

  // Issue 18: find the evidence.
  const evidence = evidenceBench();
  console.log(
    `bench: find the evidence over a ${evidence.words}-word article (${evidence.passages} passages): median ` +
      `${evidence.medianMs} ms per question (slowest ${evidence.maxMs} ms), the index's cold build ${evidence.coldMs} ms`,
  );
  // Issue 18: drafting questions from an article.
  const drafts = draftsBench();
  console.log(
    `bench: drafts for a ${drafts.words}-word article (${drafts.drafts} drafts): median ${drafts.medianMs} ms (${drafts.cpuMs} ms CPU)`,
  );
  // Issue 19: sets out in every format, and a GIFT file in.
  const exports = await interchangeBench();
  console.log(
    `bench: exporting ${exports.questions} questions in every format: ${exports.totalMs} ms together (` +
      exports.formats.map((f) => `${f.format} ${"ms" in f ? f.ms : "failed"}`).join(", ") +
      ")",
  );
  const giftImport = { questions: 500, medianMs: timeImport(Buffer.from(sampleGift(500)), "bench.gift", url) };
  console.log(`bench: importing a ${giftImport.questions}-question GIFT file: median ${giftImport.medianMs} ms`);

  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  // Served as `npm start` serves: WEB_CONCURRENCY processes of `next start` (lib/startup/workers.ts).
  const server = spawn(process.execPath, [path.resolve("node_modules/tsx/dist/cli.mjs"), "scripts/serve.ts"], {
    env: {
      ...process.env,
      PORT: String(port),
      NODE_ENV: "production",
      DATABASE_URL: url,
      NEXTAUTH_SECRET: SECRET,
      NEXTAUTH_URL: origin,
      FOOTNOTE_DATA_DIR: WORK_DIR,
      ...(profile && { FOOTNOTE_CPU_PROFILE_DIR: path.join(WORK_DIR, "profile") }),
    },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  const stop = () => {
    if (server.exitCode === null && server.pid) process.kill(-server.pid, "SIGTERM");
  };
  process.on("exit", stop);
  try {
    await waitFor(`${origin}/api/health`, server);
    const cookies = await Promise.all(school.students.map((s) => sessionCookie(s, "STUDENT")));
    const teacherCookie = await sessionCookie({ id: school.report.teacherId, name: "Teacher" }, "TEACHER");
    const js = await firstLoadJs(origin, `/sets/${school.sets[0].id}/study`, cookies[0]);
    console.log(`bench: study page first-load JavaScript ${js.kbGz} KB gzipped in ${js.files.length} files`);
    const editorJs = await firstLoadJs(origin, `/sets/${editorSetId}/edit`, teacherCookie);
    console.log(
      `bench: set editor first-load JavaScript ${editorJs.kbGz} KB gzipped in ${editorJs.files.length} files`,
    );
    const editorKb = {
      page: await responseKb(origin, `/sets/${editorSetId}/edit`, teacherCookie),
      passages: await responseKb(
        origin,
        `/api/sets/${editorSetId}/articles/${EDITOR_ARTICLE_ID}/passages`,
        teacherCookie,
      ),
    };
    console.log(`bench: set editor page ${editorKb.page} KB, then its article's passages ${editorKb.passages} KB`);

    const results = only && !only.includes("baseline") ? [] : [await baseline(seconds, warmup)];
    for (const scenario of scenarios(school, cookies, teacherCookie, origin, editorSetId).filter(
      (s) => !only || only.includes(s.name),
    )) {
      results.push(await runScenario(origin, scenario, seconds, warmup));
      console.log(`bench: ${scenario.name} done (${elapsed()})`);
    }
    console.log(`\n${table(results)}\n`);
    if (only) return;

    const output = {
      machine: {
        cores: os.cpus().length,
        memory_gb: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
        database: provider,
      },
      scenarios: results,
      due_query_ms_p99: due.p99Ms,
      study_page_js_kb_gz: js.kbGz,
      set_editor_js_kb_gz: editorJs.kbGz,
      set_editor_page_kb: editorKb.page,
      set_editor_passages_kb: editorKb.passages,
      authoring,
      evidence,
      drafts,
      exports,
      giftImport,
    };
    fs.writeFileSync(path.resolve("bench", "results.json"), `${JSON.stringify(output, null, 2)}\n`);

    const by = (name: string) => results.find((r) => r.name === name)!;
    const base = by("baseline").rps;
    for (const r of results.filter((r) => r.rate === null && r.name !== "baseline"))
      console.log(`${r.name}: ${((r.rps / base) * 100).toFixed(1)}% of the baseline's ${base} req/s`);
    const checks: [string, boolean][] = [
      [`answers ≥ ${BUDGETS.answerRps}/s at saturation (${by("answer").rps})`, by("answer").rps >= BUDGETS.answerRps],
      [
        `answers p99 ≤ ${BUDGETS.answerP99} ms at 200/s (${by("answer_at_200").p99_ms})`,
        by("answer_at_200").p99_ms <= BUDGETS.answerP99,
      ],
      [
        `study page p99 ≤ ${BUDGETS.studyP99} ms at 100/s (${by("study_page_at_100").p99_ms})`,
        by("study_page_at_100").p99_ms <= BUDGETS.studyP99,
      ],
      [
        `class report p99 ≤ ${BUDGETS.reportP99} ms at 10/s (${by("class_report_at_10").p99_ms})`,
        by("class_report_at_10").p99_ms <= BUDGETS.reportP99,
      ],
      [
        `set editor p99 ≤ ${BUDGETS.editorP99} ms at 20/s, 100 questions on a 20,000-word article (${by("set_editor_at_20").p99_ms})`,
        by("set_editor_at_20").p99_ms <= BUDGETS.editorP99,
      ],
      [
        `no errors in any scenario (${results.reduce((n, r) => n + r.errors, 0)})`,
        results.every((r) => r.errors === 0),
      ],
      [
        `due query p99 ≤ ${BUDGETS.dueMs} ms (${due.p99Ms}) on an index (${due.usesIndex ? "yes" : "no"})`,
        due.p99Ms <= BUDGETS.dueMs && due.usesIndex,
      ],
      [`study page JavaScript ≤ ${BUDGETS.jsKb} KB gzipped (${js.kbGz})`, js.kbGz <= BUDGETS.jsKb],
      [
        `re-anchoring 500 citations ≤ ${BUDGETS.reanchorMs} ms (${authoring.reanchor.medianMs})`,
        authoring.reanchor.medianMs <= BUDGETS.reanchorMs,
      ],
      [
        `reading a 5 MB .docx ≤ ${BUDGETS.docxMs} ms (${authoring.docx.medianMs})`,
        authoring.docx.medianMs <= BUDGETS.docxMs,
      ],
      [
        `find the evidence over a 20,000-word article ≤ ${BUDGETS.evidenceMs} ms (${evidence.medianMs})`,
        evidence.medianMs <= BUDGETS.evidenceMs,
      ],
      [
        `drafts for a 5,000-word article ≤ ${BUDGETS.draftsMs} ms (${drafts.medianMs})`,
        drafts.medianMs <= BUDGETS.draftsMs,
      ],
      [
        `exporting 500 questions in every format ≤ ${BUDGETS.exportMs} ms together (${exports.totalMs})`,
        exports.totalMs <= BUDGETS.exportMs && exports.formats.every((f) => "ms" in f),
      ],
      [
        `importing a 500-question GIFT file ≤ ${BUDGETS.importGiftMs} ms (${giftImport.medianMs})`,
        giftImport.medianMs <= BUDGETS.importGiftMs,
      ],
    ];
    for (const [label, ok] of checks) console.log(`${ok ? "met   " : "MISSED"} ${label}`);
    console.log(`bench: wrote bench/results.json (${quick ? "quick" : "full"} run, ${elapsed()})`);
    if (checks.some(([, ok]) => !ok)) process.exitCode = 1;
  } finally {
    stop();
  }
});
