import type { ReactNode } from 'react';
import { Divider, Typography } from 'antd';

/** A titled part of a long step form (the factors, the distinctions, the checks). */
export function FormSection({ title, help, children }: { title: string; help?: string; children: ReactNode }) {
  return (
    <section className="qz-form-section">
      <Divider titlePlacement="start" className="qz-form-section-title">
        {title}
      </Divider>
      {help && <Typography.Paragraph type="secondary" className="qz-form-section-help">{help}</Typography.Paragraph>}
      {children}
    </section>
  );
}
