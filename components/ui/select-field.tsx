import { CONTROL_CLASS, FieldFrame, type FieldText } from "./field-frame";

/** A labelled <select> whose hint and error, when there are any, are tied to it for screen readers. */
export function SelectField({
  options,
  defaultValue,
  ...text
}: FieldText & { options: { value: string; label: string }[]; defaultValue?: string }) {
  return (
    <FieldFrame {...text}>
      {(control) => (
        <select {...control} defaultValue={defaultValue} className={`${CONTROL_CLASS} bg-paper`}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}
