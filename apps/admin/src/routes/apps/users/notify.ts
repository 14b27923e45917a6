import { notifications } from '@mantine/notifications';

/**
 * Says what a write did, in a notification that a screen reader can close and whose message reads
 * at full contrast (Mantine's default greys the message under WCAG AA and leaves its close button unnamed).
 */
export function notifyDone(title: string, message: string): void {
  notifications.show({
    color: 'green',
    title,
    message,
    closeButtonProps: { 'aria-label': 'Close notification' },
    styles: { description: { color: 'var(--mantine-color-text)' } },
  });
}
