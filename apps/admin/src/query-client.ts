import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './api/client.js';

// A 4xx will not change by asking again; a dropped connection or a 5xx might.
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      retry: (failures, error) =>
        !(error instanceof ApiError && error.status >= 400 && error.status < 500) && failures < 2,
      refetchOnWindowFocus: false,
    },
  },
});
