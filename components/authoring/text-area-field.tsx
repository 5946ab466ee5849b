import { CONTROL_CLASS, FieldFrame, type FieldText } from "@/components/ui/field-frame";

/**
 * A labelled textarea whose hint and error, when there are any, are tied to it for screen readers. `prose`
 * sets it in the article's serif, for an article's text; a question's fields leave it off.
 */
export function TextAreaField({
  defaultValue,
  rows = 12,
  prose = true,
  ...text
}: FieldText & { defaultValue?: string; rows?: number; prose?: boolean }) {
  return (
    <FieldFrame {...text}>
      {(control) => (
        <textarea
          {...control}
          rows={rows}
          defaultValue={defaultValue}
          className={`${CONTROL_CLASS} bg-transparent${prose ? "font-serif leading-relaxed" : ""}`}
        />
      )}
    </FieldFrame>
  );
}
