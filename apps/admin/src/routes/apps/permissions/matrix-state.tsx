import { Group, Text } from '@mantine/core';
import { CircleCheck, CircleX, FastForward, Funnel } from 'lucide-react';
import type { ReactNode } from 'react';
import type { MatrixState } from '../../../api/access-matrix.js';

/** How each state reads: an icon and a word, so colour is never the only sign. */
export const STATE_LOOK: Record<MatrixState, { label: string; icon: ReactNode; meaning: string }> = {
  open: {
    label: 'Open',
    icon: <CircleCheck size={16} color="var(--mantine-color-teal-8)" aria-hidden />,
    meaning: 'on every record the row reaches',
  },
  conditional: {
    label: 'Conditional',
    icon: <Funnel size={16} color="var(--mantine-color-orange-8)" aria-hidden />,
    meaning: 'only where a condition holds, on the record or the person',
  },
  closed: {
    label: 'Closed',
    icon: <CircleX size={16} color="var(--mantine-color-red-8)" aria-hidden />,
    meaning: 'never',
  },
  bypass: {
    label: 'Bypass',
    icon: <FastForward size={16} color="var(--mantine-color-blue-8)" aria-hidden />,
    meaning: 'Access All Data: no rule applies',
  },
};

/** A state as an icon and its word. */
export function StateMark({ state, size = 'sm' }: { state: MatrixState; size?: 'xs' | 'sm' }) {
  const look = STATE_LOOK[state];
  return (
    <Group gap={6} wrap="nowrap">
      {look.icon}
      <Text size={size} span>
        {look.label}
      </Text>
    </Group>
  );
}

/** The legend under the matrix. */
export function StateLegend() {
  return (
    <Group gap="lg" wrap="wrap" component="ul" aria-label="Legend" style={{ listStyle: 'none', padding: 0 }}>
      {(['open', 'conditional', 'closed'] as const).map((s) => (
        <Group key={s} gap={6} wrap="nowrap" component="li">
          <StateMark state={s} />
          <Text size="sm" c="dimmed" span>
            {STATE_LOOK[s].meaning}
          </Text>
        </Group>
      ))}
    </Group>
  );
}
