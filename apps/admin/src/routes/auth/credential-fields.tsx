import { PasswordInput, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { NewPasswordInput } from '../../components/new-password-input.js';

// The backoffice and every end-user app sign people in and register them with the same fields, so
// labels, autocomplete hints and validation messages stay alike on both.

/** Email and password of a sign-in form. */
export function SignInFields<V extends { email: string; password: string }>({
  form,
}: {
  form: UseFormReturnType<V>;
}) {
  return (
    <>
      <TextInput
        label="Email"
        type="email"
        autoComplete="username"
        required
        {...form.getInputProps('email')}
      />
      <PasswordInput
        label="Password"
        autoComplete="current-password"
        required
        {...form.getInputProps('password')}
      />
    </>
  );
}

/** Name, email and a new password of a register form, the password checked as it is typed. */
export function NewAccountFields<V extends { name: string; email: string; password: string }>({
  form,
}: {
  form: UseFormReturnType<V>;
}) {
  return (
    <>
      <TextInput label="Name" autoComplete="name" required {...form.getInputProps('name')} />
      <TextInput label="Email" type="email" autoComplete="email" required {...form.getInputProps('email')} />
      <NewPasswordInput
        label="Password"
        required
        context={{ email: form.values.email, name: form.values.name }}
        {...form.getInputProps('password')}
      />
    </>
  );
}
