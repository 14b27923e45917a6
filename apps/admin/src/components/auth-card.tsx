import { Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { ShieldCheck } from 'lucide-react';
import type { ReactNode } from 'react';

/** The frame of every signed-out page: the product's name, a title, one line of help, the content. */
export function AuthCard({
  title,
  description,
  children,
}: {
  title: string;
  description?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Center mih="100vh" p="md" component="main">
      <Stack w="100%" maw={440} gap="lg">
        <Group gap="xs" justify="center" aria-hidden="true">
          <ShieldCheck size={28} color="var(--mantine-color-indigo-6)" />
          <Text fw={700} size="xl">
            Charter
          </Text>
        </Group>
        <Paper withBorder shadow="sm" p="xl" radius="md">
          <Stack gap="md">
            <Title order={1} size="h3">
              {title}
            </Title>
            {description && (
              <Text size="sm" c="dimmed">
                {description}
              </Text>
            )}
            {children}
          </Stack>
        </Paper>
      </Stack>
    </Center>
  );
}
