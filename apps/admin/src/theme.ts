import { type CSSVariablesResolver, createTheme, Modal, Notification } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'indigo',
  // Shade 6 puts white button text and link text under WCAG AA contrast on white.
  primaryShade: { light: 8, dark: 6 },
  defaultRadius: 'md',
  // People who ask their system for less motion get dialogs and notifications without it.
  respectReducedMotion: true,
  fontFamily: 'Inter, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  headings: { fontWeight: '650' },
  components: {
    // Mantine's close button is an icon alone; give it a name a screen reader can say.
    Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': 'Close' } } }),
    // Notifications: a named close button, and the message at full contrast (Mantine greys it
    // under WCAG AA).
    Notification: Notification.extend({
      defaultProps: { closeButtonProps: { 'aria-label': 'Close notification' } },
      styles: { description: { color: 'var(--mantine-color-text)' } },
    }),
  },
});

// Mantine's default dimmed grey and light red fall under WCAG AA contrast on white; darken both.
export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: { '--mantine-color-dimmed': t.colors.gray[7], '--mantine-color-error': t.colors.red[8] },
  dark: {},
});
