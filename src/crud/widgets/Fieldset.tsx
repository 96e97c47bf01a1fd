import { useId, type ReactNode } from 'react';
import { SecondaryText } from '../plainText';

/** A labelled group of controls (an object's sub-fields, a list's rows): a fieldset with a legend. */
export function Fieldset({
  legend,
  required,
  help,
  children,
}: {
  legend: string;
  required?: boolean;
  help?: string;
  children: ReactNode;
}) {
  const helpId = useId();
  return (
    <fieldset
      aria-describedby={help ? helpId : undefined}
      style={{
        border: '1px solid rgba(5,5,5,0.12)',
        borderRadius: 8,
        padding: '4px 16px 12px',
        margin: '0 0 24px',
      }}
    >
      <legend style={{ width: 'auto', fontSize: 14, padding: '0 6px', margin: 0, border: 0 }}>
        {required && (
          <span aria-hidden="true" style={{ color: '#ff4d4f', marginInlineEnd: 4 }}>
            *
          </span>
        )}
        {legend}
      </legend>
      {help && (
        <SecondaryText block id={helpId} style={{ marginBottom: 8 }}>
          {help}
        </SecondaryText>
      )}
      {children}
    </fieldset>
  );
}
