import { notifications } from '@mantine/notifications';

/**
 * Says that a change is saved. Mantine's notification has an unnamed close button and a pale
 * description; both are fixed here so the screen stays accessible while it shows.
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

/** The line under a list the API returns whole: how many there are, all shown. */
export function shownCount(n: number, noun: string): string {
  return n === 1 ? `1 ${noun}, the only one.` : `${n} ${noun}s, all of them shown.`;
}
