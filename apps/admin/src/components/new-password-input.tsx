import { PasswordInput, type PasswordInputProps, Progress, Stack, Text } from '@mantine/core';
import { useDebouncedValue, useId } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client.js';
import { PasswordAdvice } from './password-advice.js';

interface Context {
  email?: string;
  name?: string;
  companyName?: string;
}

/**
 * A new password, with the server's policy judging it while it is typed: the same verdict the
 * API gives on saving, so the advice shown is the advice that applies.
 */
export function NewPasswordInput({ context, ...props }: PasswordInputProps & { context?: Context }) {
  const id = useId(props.id);
  const value = typeof props.value === 'string' ? props.value : '';
  const [password] = useDebouncedValue(value, 300);
  const verdict = useQuery({
    queryKey: ['password-check', password, context?.email, context?.name, context?.companyName],
    queryFn: () => unwrap(api.POST('/api/auth/password/check', { body: { password, ...clean(context) } })),
    enabled: password.length > 0,
    placeholderData: keepPreviousData,
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
  const answer = value.length > 0 ? verdict.data : undefined;
  const score = answer?.score ?? 0;
  return (
    <Stack gap={6}>
      <PasswordInput
        autoComplete="new-password"
        description="At least 12 characters. A few unrelated words make a strong one."
        {...props}
        id={id}
        // Mantine names its description and error `<id>-description` and `<id>-error`; keep both
        // and add the live verdict, so a screen reader hears all three.
        aria-describedby={`${id}-description ${props.error ? `${id}-error ` : ''}${id}-verdict`}
        aria-invalid={Boolean(props.error)}
      />
      <div id={`${id}-verdict`} aria-live="polite">
        {answer && (
          <Stack gap={4}>
            <Progress
              value={answer.ok ? 100 : Math.max(10, score * 25)}
              color={answer.ok ? 'teal' : score >= 2 ? 'yellow' : 'red'}
              size="sm"
              aria-label="Strength of the new password"
            />
            {/* A refusal from saving already sits under the field; do not say it twice. */}
            {!props.error && (
              <Text size="sm" c={answer.ok ? 'teal.9' : 'var(--mantine-color-text)'}>
                {answer.ok ? 'Strong enough.' : answer.message}
              </Text>
            )}
            {!answer.ok && <PasswordAdvice suggestions={answer.suggestions} />}
          </Stack>
        )}
      </div>
    </Stack>
  );
}

function clean(context: Context | undefined): Context {
  const out: Context = {};
  if (context?.email?.includes('@')) out.email = context.email;
  if (context?.name?.trim()) out.name = context.name.trim();
  if (context?.companyName?.trim()) out.companyName = context.companyName.trim();
  return out;
}
