// What a teacher's home shows: their classes, sets and articles, read side by side.
import "server-only";
import { requireTeacher } from "../auth/require";
import type { Viewer } from "../auth/viewer";
import { teacherArticles, type TeacherArticle } from "./teacher-articles";
import { teacherClassesOverview, type TeacherClass } from "./teacher-classes";
import { teacherSets, type TeacherSet } from "./teacher-sets";

export type TeacherHome = {
  classes: TeacherClass[];
  sets: TeacherSet[];
  articles: TeacherArticle[];
  /** Nothing made yet: no class, set or article (the home then explains the three first steps). */
  empty: boolean;
};

/**
 * The teacher's home for `viewer`: classes (with each one's next due assignment and who is on track, as of
 * `now`), own sets and own articles; never another teacher's. Throws AppError "sign-in" or "teachers-only".
 */
export async function teacherHome(viewer: Viewer | null, now = new Date()): Promise<TeacherHome> {
  const teacher = requireTeacher(viewer);
  const [classes, sets, articles] = await Promise.all([
    teacherClassesOverview(teacher, now),
    teacherSets(teacher),
    teacherArticles(teacher),
  ]);
  return { classes, sets, articles, empty: classes.length + sets.length + articles.length === 0 };
}
