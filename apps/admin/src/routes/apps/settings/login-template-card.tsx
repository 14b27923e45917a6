import {
  Anchor,
  Button,
  Card,
  Checkbox,
  Group,
  Image,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AppDetail } from '../../../api/apps.js';
import { ApiError, api, unwrap } from '../../../api/client.js';
import { ApiErrorAlert } from '../../../components/api-error-alert.js';
import { showFieldErrors } from '../../../components/form-errors.js';
import { notifyDone } from '../../../components/notify.js';

type LoginTemplate = AppDetail['loginTemplate'];

// Every colour the API accepts, in palette order; the type check fails here when the API gains one.
const PALETTE = {
  blue: 0,
  indigo: 1,
  violet: 2,
  grape: 3,
  pink: 4,
  red: 5,
  orange: 6,
  yellow: 7,
  lime: 8,
  green: 9,
  teal: 10,
  cyan: 11,
  gray: 12,
} satisfies Record<LoginTemplate['color'], number>;
const COLORS = Object.keys(PALETTE) as LoginTemplate['color'][];

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

// The API names a template's problems by their place in the body; the form holds the template alone.
function templateFields(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  return Object.fromEntries(
    Object.keys(error.fieldErrors).map((path) => [
      path,
      path.replace(/^loginTemplate\./, '').replace(/^methods\.\d+$/, 'methods'),
    ]),
  );
}

/**
 * What the app's sign-in screen at /a/<slug> shows: heading, line, colour, logo and the ways to
 * sign in, chosen among those this server offers the app (`signInMethods`).
 */
export function LoginTemplateCard({ app }: { app: AppDetail }) {
  const queryClient = useQueryClient();
  const form = useForm<LoginTemplate>({
    initialValues: app.loginTemplate,
    validate: {
      methods: (v) => (v.length > 0 ? null : 'Choose at least one way to sign in'),
    },
  });
  const save = useMutation({
    mutationFn: (loginTemplate: LoginTemplate) =>
      unwrap(api.PATCH('/api/apps/{app}', { params: { path: { app: app.id } }, body: { loginTemplate } })),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: ['apps'] });
      await queryClient.invalidateQueries({ queryKey: ['public-app', saved.slug] });
      form.resetDirty(saved.loginTemplate);
      notifyDone('Sign-in screen saved', `People see it at /a/${saved.slug}.`);
    },
    onError: (error) => showFieldErrors(form, error, templateFields(error)),
  });
  const logo = form.values.logo.trim();
  return (
    <Card withBorder component="section" aria-labelledby="login-template-title">
      <form onSubmit={form.onSubmit((values) => save.mutate(values))} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h4" id="login-template-title">
            Sign-in screen
          </Title>
          <Text size="sm" c="dimmed">
            What people see at{' '}
            <Anchor href={`/a/${app.slug}`} target="_blank" size="sm" underline="always">
              /a/{app.slug}
            </Anchor>{' '}
            before they sign in to {app.name}.
          </Text>
          <TextInput
            label="Heading"
            placeholder={`Sign in to ${app.name}`}
            description="Left empty, the screen says “Sign in to” and the app's name."
            {...form.getInputProps('title')}
          />
          <TextInput label="Line under the heading" {...form.getInputProps('subtitle')} />
          <Select
            label="Accent colour"
            data={COLORS.map((c) => ({ value: c, label: capitalised(c) }))}
            allowDeselect={false}
            {...form.getInputProps('color')}
          />
          <TextInput
            label="Logo address"
            type="url"
            placeholder="https://…/logo.png"
            description="An https:// image address, shown above the heading. Leave it empty for no logo."
            {...form.getInputProps('logo')}
          />
          {logo.startsWith('https://') && (
            <Image src={logo} alt={`${app.name} logo preview`} h={40} w="auto" fit="contain" />
          )}
          <Checkbox.Group
            label="Ways to sign in"
            description="Identity providers appear here once they are set up on this server or for your company."
            {...form.getInputProps('methods')}
          >
            <Stack gap={6} mt={6}>
              {app.signInMethods.map((m) => (
                <Checkbox key={m.id} value={m.id} label={m.name} />
              ))}
            </Stack>
          </Checkbox.Group>
          <ApiErrorAlert error={save.error && Object.keys(form.errors).length === 0 ? save.error : null} />
          <Group justify="flex-end">
            <Button type="submit" loading={save.isPending} disabled={!form.isDirty()}>
              Save sign-in screen
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
