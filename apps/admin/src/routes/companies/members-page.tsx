import { Button, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { UserPlus } from 'lucide-react';
import { companyQuery, fetchMembersPage, type MemberPage } from '../../api/companies.js';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { LoadMore, useCursorList } from '../../components/cursor-list.js';
import { LoadingRows, PageHeader } from '../../components/page.js';
import { InvitationsSection } from './invitations-section.js';
import { InviteModal } from './invite-modal.js';
import { MembersTable } from './members-table.js';

const route = getRouteApi('/signed-in/companies/$company/members');

/** The company's members with their rights, and the invitations still open. */
export function MembersPage() {
  const { company: companyId } = route.useParams();
  const company = useQuery(companyQuery(companyId)).data;
  const members = useCursorList(['companies', companyId, 'members', 'list'], (after) =>
    fetchMembersPage(companyId, after),
  );
  // Every page carries the company's totals: the summary counts them, not the rows shown.
  const first = members.data?.pages[0] as MemberPage | undefined;
  const [inviting, { open, close }] = useDisclosure();
  return (
    <Stack maw={1100} gap="xl">
      <Stack gap={0}>
        <PageHeader
          title="Members"
          description="The people of this company and their company rights. What they may do in an application comes from their roles there."
          actions={
            members.data && (
              <Button leftSection={<UserPlus size={16} />} onClick={open}>
                Invite people
              </Button>
            )
          }
        />
        {members.isPending && <LoadingRows rows={4} />}
        <ApiErrorAlert error={members.error} />
        {first && company && (
          <>
            <MembersTable
              companyId={companyId}
              members={members.items}
              total={first.total}
              owners={first.owners}
              caller={company.me}
            />
            {members.hasNextPage || (members.data?.pages.length ?? 0) > 1 ? (
              <LoadMore list={members} noun={`of ${first.total} members`} />
            ) : null}
          </>
        )}
      </Stack>
      {members.data && <InvitationsSection companyId={companyId} />}
      <InviteModal companyId={companyId} caller={company?.me} opened={inviting} onClose={close} />
    </Stack>
  );
}
