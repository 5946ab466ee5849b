"use client";
import { useActionState } from "react";
import { updateStudyClockAction } from "@/lib/auth/actions";
import { FormAlert, SubmitButton } from "../ui/form-parts";
import { SelectField } from "../ui/select-field";

type Props = {
  timeZone: string;
  chosen: boolean;
  rolloverHour: number;
  /** Every zone the server knows, in order. */
  zones: string[];
  /** The hour choices, 0–23, as people read them ("4 AM"). */
  hours: { value: string; label: string }[];
};

/** The learner's time zone and the hour their study day starts. */
export function StudyClockForm({ timeZone, chosen, rolloverHour, zones, hours }: Props) {
  const [state, action] = useActionState(updateStudyClockAction, {});
  const zoneHint = chosen
    ? "Due dates, “today” and your daily new-question limit follow this zone."
    : `Not chosen yet: ${timeZone} is used until you choose.`;
  return (
    // React resets a form after its action, and a <select> goes back to the option first rendered as
    // selected: a new key per answer draws the fields afresh with the values just saved (or refused).
    <form
      key={`${state.values?.timeZone} ${state.values?.rolloverHour}`}
      action={action}
      className="space-y-4"
      noValidate
    >
      <FormAlert state={state} />
      <SelectField
        name="timeZone"
        label="Time zone"
        hint={zoneHint}
        defaultValue={state.values?.timeZone ?? timeZone}
        error={state.errors?.timeZone}
        options={zones.map((z) => ({ value: z, label: z.replaceAll("_", " ") }))}
      />
      <SelectField
        name="rolloverHour"
        label="A new study day starts at"
        hint="Studying after midnight still counts for the day before until this hour (Anki starts at 4 AM)."
        defaultValue={state.values?.rolloverHour ?? String(rolloverHour)}
        error={state.errors?.rolloverHour}
        options={hours}
      />
      <SubmitButton>Save time settings</SubmitButton>
    </form>
  );
}
