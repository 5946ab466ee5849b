// The assignment form read as assignAction's pipeline reads it (lib/actions/transports.ts formAction: the
// schema, then assignInput, a refusal as the form's state with values kept), for tests of the form's
// refusals without a request. Test support only: the app reads the form through the pipeline itself.
import { ASSIGN_FIELDS, assignInput, assignSchema } from "../../lib/classes/assign-form";
import type { AssignInput } from "../../lib/classes/assignments";
import { AppError } from "../../lib/errors/app-error";
import { toFormState } from "../../lib/errors/translate";
import { keepValues, type FormState } from "../../lib/forms/form-state";
import { parseInput } from "../../lib/forms/parse-input";
import { formFields } from "../../lib/http/form-request";

/**
 * The whole form read at once, as assignAction's pipeline reads it (schema, then assignInput), with a
 * refusal as the form's state, values kept. For tests of the form's refusals without a request.
 */
export async function readAssignForm(
  form: FormData,
  timeZone: string,
): Promise<{ ok: true; classId: string; input: AssignInput } | { ok: false; state: FormState }> {
  const values = keepValues(form, ASSIGN_FIELDS);
  try {
    const parsed = await parseInput(assignSchema, formFields(form));
    return { ok: true, classId: parsed.classId, input: assignInput(parsed, timeZone) };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, state: toFormState(error, values) };
    throw error;
  }
}
