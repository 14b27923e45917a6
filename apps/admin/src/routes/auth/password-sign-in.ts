import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../api/client.js';
import { meQuery } from '../../api/session.js';
import { showFieldErrors } from '../../components/form-errors.js';

/**
 * Signing in with email and password, then a second factor when the account has one: the form,
 * the request, and which step the person is at. `onSignedIn` runs once the session is fresh.
 * The backoffice and every end-user app sign in the same way.
 */
export function usePasswordSignIn(onSignedIn: () => Promise<void>) {
  const queryClient = useQueryClient();
  const [step, setStep] = useState<'password' | 'mfa'>('password');
  const form = useForm({
    initialValues: { email: '', password: '', rememberMe: true },
    validate: {
      email: (v) => (/^\S+@\S+$/.test(v) ? null : 'Enter your email address'),
      password: (v) => (v ? null : 'Enter your password'),
    },
  });
  async function signedIn() {
    await queryClient.invalidateQueries();
    await queryClient.fetchQuery(meQuery);
    await onSignedIn();
  }
  const signIn = useMutation({
    mutationFn: (values: typeof form.values) => unwrap(api.POST('/api/auth/login', { body: values })),
    onSuccess: async (answer) => {
      if (answer.status === 'mfa_required') setStep('mfa');
      else await signedIn();
    },
    onError: (error) => showFieldErrors(form, error),
  });
  return { form, signIn, step, setStep, signedIn };
}
