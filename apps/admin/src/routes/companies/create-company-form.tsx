import { Button, Group, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { api, unwrap } from '../../api/client.js';
import { myCompaniesQuery } from '../../api/companies.js';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { showFieldErrors } from '../../components/form-errors.js';

/** Create a company; its creator becomes its owner and lands on it. */
export function CreateCompanyForm() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const form = useForm({
    initialValues: { name: '' },
    validate: { name: (v) => (v.trim() ? null : 'Give the company a name') },
  });
  const create = useMutation({
    mutationFn: (values: typeof form.values) => unwrap(api.POST('/api/companies', { body: values })),
    onSuccess: async (company) => {
      await queryClient.invalidateQueries({ queryKey: myCompaniesQuery.queryKey });
      await navigate({ to: '/companies/$company', params: { company: company.id } });
    },
    onError: (error) => showFieldErrors(form, error),
  });
  return (
    <form
      onSubmit={form.onSubmit((values) => create.mutate(values))}
      noValidate
      aria-label="Create a company"
    >
      <Group align="flex-end" gap="sm">
        <TextInput
          label="New company name"
          placeholder="Company name"
          style={{ flex: '1 1 14rem' }}
          {...form.getInputProps('name')}
        />
        <Button type="submit" loading={create.isPending}>
          Create company
        </Button>
      </Group>
      <ApiErrorAlert error={create.error && !form.errors.name ? create.error : null} />
    </form>
  );
}
