import { Center, Image, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { PublicApp } from '../api/end-user.js';

/** The frame of the end-user app's signed-out screens: the app's logo, name and accent, a title, a line. */
export function EndUserCard({
  app,
  title,
  subtitle,
  children,
}: {
  app: PublicApp;
  title: string;
  subtitle?: string | undefined;
  children: ReactNode;
}) {
  return (
    <Center mih="100vh" p="md" component="main">
      <Paper
        withBorder
        shadow="sm"
        p="xl"
        radius="md"
        w="100%"
        maw={440}
        style={{ borderTop: `4px solid var(--mantine-color-${app.loginTemplate.color}-6)` }}
      >
        <Stack gap="md">
          <Stack gap={4}>
            {app.loginTemplate.logo && (
              // The logo stands for the app: its name is its text when the image cannot be seen.
              <Image
                src={app.loginTemplate.logo}
                alt={app.name}
                h={48}
                w="auto"
                maw="100%"
                fit="contain"
                mb="xs"
                style={{ alignSelf: 'flex-start' }}
              />
            )}
            <Text size="sm" fw={600}>
              {app.name}
            </Text>
            <Title order={1} size="h3">
              {title}
            </Title>
            {subtitle && (
              <Text size="sm" c="dimmed">
                {subtitle}
              </Text>
            )}
          </Stack>
          {children}
        </Stack>
      </Paper>
    </Center>
  );
}
