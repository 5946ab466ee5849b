import { CONTROL_CLASS, FieldFrame, type FieldText } from "./field-frame";

/** A labelled input whose hint and error, when there are any, are tied to it for screen readers. */
export function Field({
  type = "text",
  defaultValue,
  autoComplete,
  ...text
}: FieldText & { type?: string; defaultValue?: string; autoComplete?: string }) {
  return (
    <FieldFrame {...text}>
      {(control) => (
        <input
          {...control}
          type={type}
          defaultValue={defaultValue}
          autoComplete={autoComplete}
          className={`${CONTROL_CLASS} bg-transparent`}
        />
      )}
    </FieldFrame>
  );
}
