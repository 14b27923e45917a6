import { List, Text } from '@mantine/core';

/** The password policy's advice, as the API gives it: what is wrong and how to make it strong. */
export function PasswordAdvice({ suggestions, id }: { suggestions: readonly string[]; id?: string }) {
  if (suggestions.length === 0) return null;
  return (
    <div id={id} aria-live="polite">
      <Text size="sm" fw={600}>
        To make it stronger:
      </Text>
      <List size="sm">
        {suggestions.map((s) => (
          <List.Item key={s}>{s}</List.Item>
        ))}
      </List>
    </div>
  );
}
