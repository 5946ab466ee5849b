// Each way a request reaches an action, with its translation of the outcome (lib/errors/translate.ts):
//   formAction   a server action behind useActionState: errors by field, values kept;
//   plainAction  a server action behind a plain <form>: a redirect to the next page; on failure to the
//                post's `refused` page (which may carry a notice code), else to sign in or a 404;
//   postRoute    a route handler for plain form posts (the study page and practice ship no framework):
//                the same outcome as plainAction, as a 303;
//   jsonRoute    a route handler for JSON: the result, or the error's status and message.
// A hand-written helper rather than next-safe-action (what dub uses): that library wraps server actions
// only, while the study page and practice post plain forms to route handlers without JavaScript, and a
// second pipeline for them is what this replaces; the whole helper is a few dozen lines and needs no
// dependency.
import type { Route } from "next";
import "server-only";
import { notFound, redirect } from "next/navigation";
import type { z } from "zod";
import { AppError } from "../errors/app-error";
import { leaveIfRefused } from "../errors/leave-if-refused";
import { toFormState, toJsonResponse, toTextResponse } from "../errors/translate";
import { keepValues, type FormState } from "../forms/form-state";
import { formFields, readForm } from "../http/form-request";
import { readJsonBody } from "../http/json-request";
import { routes } from "../routes";
import { runAction, type Access, type Action } from "./run-action";

type Fields = Record<string, string | string[]>;

type FormOptions = {
  /** Fields whose values come back with an error, so the person loses nothing (never passwords). */
  keep?: string[];
  /** Set for forms about a class: a refusal then leaves (sign in, returning here; or 404) instead of showing a message. */
  signInReturn?: (fields: Fields) => string;
};

/** A server action for useActionState: `run` returns the state to show (the kept values unless it gives its own), or redirects. */
export function formAction<S extends z.ZodType, A extends Access>(
  action: Action<S, A, FormState | void> & FormOptions,
) {
  return async (_previous: FormState, form: FormData): Promise<FormState> => {
    const fields = formFields(form);
    try {
      const state = (await runAction(action, fields)) ?? {};
      return action.keep ? { values: keepValues(form, action.keep), ...state } : state;
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      if (action.signInReturn) leaveIfRefused(error, action.signInReturn(fields));
      return toFormState(error, action.keep && keepValues(form, action.keep));
    }
  };
}

/** A plain form post: `run` returns the path to show next; `refused` names the page for a failure (default: a sign-in redirect or a 404). */
export type PlainPost<S extends z.ZodType, A extends Access> = Action<S, A, Route> & {
  refused?: (error: AppError, fields: Fields) => Route;
  signInReturn?: (fields: Fields) => string;
};

/** Declares a plain form post; only here so TypeScript infers the schema's type inside `run`. */
export function definePost<S extends z.ZodType, A extends Access>(post: PlainPost<S, A>): PlainPost<S, A> {
  return post;
}

async function plainOutcome<S extends z.ZodType, A extends Access>(
  post: PlainPost<S, A>,
  fields: Fields,
): Promise<Route> {
  try {
    return await runAction(post, fields);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    if (post.signInReturn) leaveIfRefused(error, post.signInReturn(fields));
    if (post.refused) return post.refused(error, fields);
    leaveIfRefused(error, routes.home());
    notFound();
  }
}

/** A server action behind a plain <form> (it works before JavaScript loads): ends in a redirect. */
export function plainAction<S extends z.ZodType, A extends Access>(post: PlainPost<S, A>) {
  return async (form: FormData): Promise<void> => redirect(await plainOutcome(post, formFields(form)));
}

const seeOther = (location: string) =>
  new Response(null, { status: 303, headers: { Location: location, "Cache-Control": "no-store" } });

/**
 * A route handler's answer to a plain form post: 303 to the next page. `fromUrl` are fields the address
 * gives (the set of /sets/[setId]/…): they win over the form's, so a form cannot name another. A post
 * that cannot be read (wrong type, too large, from another site) is answered with its status and a line of text.
 */
export async function postRoute<S extends z.ZodType, A extends Access>(
  request: Request,
  post: PlainPost<S, A>,
  fromUrl: Fields = {},
): Promise<Response> {
  let form: FormData;
  try {
    form = await readForm(request);
  } catch (error) {
    if (error instanceof AppError) return toTextResponse(error);
    throw error;
  }
  return seeOther(await plainOutcome(post, { ...formFields(form), ...fromUrl }));
}

/** The posts of one page by step (the route's [step]), each answered as postRoute answers. */
export type StepPosts = Record<string, (request: Request, setId: string) => Promise<Response>>;

/**
 * The POST handler of a page's plain form posts, /sets/[setId]/<page>/[step] (the study and practice
 * pages): the step's post, or 404 with a line of text for a step there is none for.
 */
export function stepRoute(posts: StepPosts) {
  return async (
    request: Request,
    { params }: { params: Promise<{ setId: string; step: string }> },
  ): Promise<Response> => {
    const { setId, step } = await params;
    const post = Object.hasOwn(posts, step) ? posts[step] : undefined;
    return post ? post(request, setId) : toTextResponse(new AppError("nothing-here"));
  };
}

/** A JSON route handler: the run's result as JSON (never cached), or the error's status and message. */
export function jsonRoute<S extends z.ZodType, A extends Access, R>(action: Action<S, A, R>) {
  return async (request: Request): Promise<Response> => {
    try {
      const result = await runAction(action, await readJsonBody(request));
      return Response.json(result, { headers: { "Cache-Control": "no-store" } });
    } catch (error) {
      return toJsonResponse(error);
    }
  };
}
