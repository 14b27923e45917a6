import { notifications } from '@mantine/notifications';

/** Says what a write did, in a notification whose close button has a name a screen reader can say. */
export function notify(message: string, color?: 'green' | 'red') {
  notifications.show({ message, color, closeButtonProps: { 'aria-label': 'Close notification' } });
}
