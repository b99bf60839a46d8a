import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import { nextPage, PAGE_SIZE } from '../../../lib/api/paging';
import type { components } from '../../../lib/api/schema';

export type Meeting = components['schemas']['Meeting'];
export type MeetingInput = components['schemas']['MeetingInput'];
export type GroupMeetingStatus = components['schemas']['GroupMeetingStatus'];

/** Root of every activity query: a change refreshes lists, statuses and figures at once. */
export const ACTIVITY_ROOT = 'activities';

export const getGroupMeetings = (groupId: number, page: number) =>
  unwrap(api.GET('/api/v1/groups/{id}/meetings', { params: { path: { id: groupId }, query: { page, size: PAGE_SIZE } } }));
export const recordMeeting = (groupId: number, body: MeetingInput) =>
  unwrap(api.POST('/api/v1/groups/{id}/meetings', { params: { path: { id: groupId } }, body }));
export const deleteMeeting = (id: number) => unwrap(api.DELETE('/api/v1/meetings/{id}', { params: { path: { id } } }));
export const getMeetingStatus = (unitId: number) =>
  unwrap(api.GET('/api/v1/units/{id}/meeting-status', { params: { path: { id: unitId }, query: { page: 0, size: 200 } } }));

export function useGroupMeetings(groupId: number) {
  return useInfiniteQuery({
    queryKey: [ACTIVITY_ROOT, 'meetings', groupId],
    queryFn: ({ pageParam }) => getGroupMeetings(groupId, pageParam),
    initialPageParam: 0,
    getNextPageParam: nextPage,
  });
}

/** Last meeting and the overdue flag of the groups under a unit (a hamlet has few). */
export function useMeetingStatus(unitId: number) {
  return useQuery({ queryKey: [ACTIVITY_ROOT, 'meeting-status', unitId], queryFn: () => getMeetingStatus(unitId) });
}

export function useRecordMeeting(groupId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MeetingInput) => recordMeeting(groupId, body),
    meta: { inlineErrors: true },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [ACTIVITY_ROOT] }),
  });
}

export function useDeleteMeeting() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteMeeting,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [ACTIVITY_ROOT] }),
  });
}
