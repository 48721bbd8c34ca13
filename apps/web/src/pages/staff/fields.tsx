import type { ReactNode } from 'react';
import type { Problem } from '../../api/client';

/** The API's field problems by form field: `texts.0.title` is the form's `title`, `topics.1` its `topics`. */
export function fieldErrors(problem: Problem | undefined): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const { field, reason } of problem?.errors ?? []) {
    const parts = field.split('.');
    const name = parts[0] === 'texts' && parts.length > 2 ? parts[2] : parts[0];
    errors[name] = errors[name] ? `${errors[name]}; ${reason}` : reason;
  }
  return errors;
}

/** Props tying a control to its error message (shown by FieldError) for screen readers. */
export const describedBy = (errors: Record<string, string>, name: string, help?: string) => ({
  'aria-invalid': errors[name] ? true : undefined,
  'aria-describedby':
    [help, errors[name] ? `${name}-error` : undefined].filter(Boolean).join(' ') || undefined,
});

export function FieldError({ errors, name }: { errors: Record<string, string>; name: string }) {
  return errors[name] ? (
    <p id={`${name}-error`} className="error">
      {errors[name]}
    </p>
  ) : null;
}

/** What a form control gets from {@link Field}: its id and name, and the props tying it to its error. */
export type ControlProps = { id: string; name: string } & ReturnType<typeof describedBy>;

/**
 * A labelled form control with its error below it; `children` renders the control from its props. A
 * `hint` is shown under the control (id `<name>-help`) and describes it too.
 */
export function Field({
  name,
  label,
  errors,
  help,
  hint,
  children,
}: {
  name: string;
  label: string;
  errors: Record<string, string>;
  /** The id of a help text the control is also described by. */
  help?: string;
  /** A help text of this control alone, shown with it. */
  hint?: string;
  children: (control: ControlProps) => ReactNode;
}) {
  const helpIds = [help, hint ? `${name}-help` : undefined].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={name}>{label}</label>
      {children({ id: name, name, ...describedBy(errors, name, helpIds) })}
      {hint && (
        <p id={`${name}-help`} className="help">
          {hint}
        </p>
      )}
      <FieldError errors={errors} name={name} />
    </div>
  );
}
