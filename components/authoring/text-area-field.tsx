import { CONTROL_CLASS, FieldFrame, type FieldText } from "@/components/ui/field-frame";

/** A labelled textarea whose hint and error, when there are any, are tied to it for screen readers. */
export function TextAreaField({
  defaultValue,
  rows = 12,
  ...text
}: FieldText & { defaultValue?: string; rows?: number }) {
  return (
    <FieldFrame {...text}>
      {(control) => (
        <textarea
          {...control}
          rows={rows}
          defaultValue={defaultValue}
          className={`${CONTROL_CLASS} bg-transparent font-serif leading-relaxed`}
        />
      )}
    </FieldFrame>
  );
}
