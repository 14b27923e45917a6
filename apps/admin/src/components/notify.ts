import { notifications } from '@mantine/notifications';

/** Says that a change is saved: what was done, and to what. */
export function notifyDone(title: string, message: string): void {
  notifications.show({ color: 'green', title, message });
}

/** Says what a write did, in one line. */
export function notify(message: string, color?: 'green' | 'red'): void {
  notifications.show({ message, color });
}
