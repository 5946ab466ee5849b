import { CONTROL_CLASS, FieldFrame, type FieldText } from "./field-frame";

/** A labelled input whose hint and error, when there are any, are tied to it for screen readers. */
export function Field({
  type = "text",
  defaultValue,
  autoComplete,
  inputMode,
  ...text
}: FieldText & {
  type?: string;
  defaultValue?: string;
  autoComplete?: string;
  /** The keyboard a phone shows, e.g. "numeric" for a number typed as text. */
  inputMode?: "numeric" | "text" | "email";
}) {
  return (
    <FieldFrame {...text}>
      {(control) => (
        <input
          {...control}
          type={type}
          defaultValue={defaultValue}
          autoComplete={autoComplete}
          inputMode={inputMode}
          className={`${CONTROL_CLASS} bg-transparent`}
        />
      )}
    </FieldFrame>
  );
}
