import type { UserModel } from "../../generated/sqlite/models";
import { columnList, VIEWER_USER_COLUMNS } from "./columns";
import { directSql } from "./driver";

/** A "User" row as a session needs it: the viewer's columns (./columns.ts) and the session version, as raw SQL returns them. */
export type SessionUserRow = Record<(typeof COLUMNS)[number], unknown> & {
  id: string;
  role: "STUDENT" | "TEACHER";
  isGuest: boolean | number;
  name: string | null;
  timeZone: string | null;
  rolloverHour: number;
  sessionVersion: number;
};

const COLUMNS = [...VIEWER_USER_COLUMNS, "sessionVersion"] as const satisfies readonly (keyof UserModel)[];
const SESSION_USER = `SELECT ${columnList(COLUMNS)} FROM "User" WHERE "id" = ?`;

/** The user `id` as their session is checked against on every request, or undefined when there is none. */
export function selectSessionUser(id: string): Promise<SessionUserRow | undefined> {
  return directSql().one<SessionUserRow>(SESSION_USER, id);
}
