import type { Route } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { TeacherArticleList } from "@/components/authoring/teacher-article-list";
import { TeacherClassList } from "@/components/authoring/teacher-class-list";
import { TeacherSetList } from "@/components/authoring/teacher-set-list";
import { PageTitle } from "@/components/ui/page-title";
import { TextLink } from "@/components/ui/text-link";
import { teacherHome } from "@/lib/authoring/teacher-home";
import type { Viewer } from "@/lib/auth/viewer";
import { routes } from "@/lib/routes";

// The three first steps, each with what happens after it: the empty home lists them in full.
const ACTIONS = [
  {
    href: routes.classes(),
    label: "Create a class",
    next: "Name it, then share its six-character code or join link: the students who join see what you assign and you see their progress.",
  },
  {
    href: routes.newArticle(),
    label: "Add an article",
    next: "Paste text, upload a file or give a web address; Footnote splits it into passages you can cite.",
  },
  {
    href: routes.newSet(),
    label: "New set",
    next: "Write questions beside an article and cite the words that prove each answer; publish it, then assign it to a class.",
  },
] as const;

/** A teacher's home: their classes, sets and articles with the actions that add to them, or the first steps when there are none. */
export async function TeacherHome({ viewer }: { viewer: Viewer }) {
  const home = await teacherHome(viewer);
  return (
    <div className="space-y-10">
      <header className="space-y-3">
        <PageTitle className="tracking-tight sm:text-4xl">Your teaching</PageTitle>
        {home.empty ? (
          <p className="text-lg text-muted">
            Three steps make a class that studies from real sources, every answer cited. Start with any of them.
          </p>
        ) : (
          <nav aria-label="Teaching actions" className="flex flex-wrap gap-3">
            {ACTIONS.map((a) => (
              <ActionLink key={a.label} href={a.href}>
                {a.label}
              </ActionLink>
            ))}
            {/* Issue 19: sets from other tools, beside "New set". */}
            <ActionLink href={routes.importSet()}>Import a set</ActionLink>
          </nav>
        )}
      </header>
      {home.empty ? (
        <FirstSteps />
      ) : (
        <>
          <Section id="classes" title="Classes" action={<TextLink href={routes.classes()}>Create a class</TextLink>}>
            {home.classes.length > 0 ? (
              <TeacherClassList classes={home.classes} timeZone={viewer.timeZone} />
            ) : (
              <Hint>No classes yet. {ACTIONS[0].next}</Hint>
            )}
          </Section>
          <Section
            id="sets"
            title="Your sets"
            action={
              <span className="flex flex-wrap gap-x-4">
                <TextLink href={routes.newSet()}>New set</TextLink>
                <TextLink href={routes.importSet()}>Import a set</TextLink>
              </span>
            }
          >
            {home.sets.length > 0 ? <TeacherSetList sets={home.sets} /> : <Hint>No sets yet. {ACTIONS[2].next}</Hint>}
          </Section>
          <Section
            id="articles"
            title="Your articles"
            action={<TextLink href={routes.newArticle()}>Add an article</TextLink>}
          >
            {home.articles.length > 0 ? (
              <TeacherArticleList articles={home.articles} />
            ) : (
              <Hint>No articles yet. {ACTIONS[1].next}</Hint>
            )}
          </Section>
          <p>
            Ready-made sets on the shipped articles are in the <TextLink href={routes.library()}>library</TextLink>.
          </p>
        </>
      )}
    </div>
  );
}

function FirstSteps() {
  return (
    <section aria-labelledby="first-steps-heading" className="space-y-4">
      <h2 id="first-steps-heading" className="font-serif text-2xl font-semibold">
        Get started
      </h2>
      <ol className="grid gap-4 sm:grid-cols-3">
        {ACTIONS.map((a) => (
          <li key={a.label} className="space-y-3 rounded-lg border border-black/10 p-4 dark:border-white/15">
            <ActionLink href={a.href}>{a.label}</ActionLink>
            <p className="text-muted">{a.next}</p>
          </li>
        ))}
      </ol>
      <p>
        Or start from the <TextLink href={routes.library()}>library of ready-made sets</TextLink>: assign one as it is,
        or copy it to change it.
      </p>
      <p>
        Already have questions in Anki, Quizlet, Moodle or a spreadsheet?{" "}
        <TextLink href={routes.importSet()}>Import a set</TextLink> and cite each question&apos;s source.
      </p>
    </section>
  );
}

function ActionLink({ href, children }: { href: Route; children: ReactNode }) {
  return (
    <Link
      href={href}
      className="inline-block rounded-lg bg-accent px-4 py-2 font-semibold text-white no-underline dark:text-black"
    >
      {children}
    </Link>
  );
}

function Section({
  id,
  title,
  action,
  children,
}: {
  id: string;
  title: string;
  action: ReactNode;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={`${id}-heading`} className="font-serif text-2xl font-semibold">
          {title}
        </h2>
        {action}
      </div>
      {children}
    </section>
  );
}

function Hint({ children }: { children: ReactNode }) {
  return (
    <p className="rounded-lg border border-dashed border-black/20 p-4 text-muted dark:border-white/25">{children}</p>
  );
}
