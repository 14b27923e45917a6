import { z } from 'zod';

/** The path parameter of every `company` route. */
export const companyParams = z.object({ company: z.uuid() });

/** The path parameter of every `app` route. */
export const appParams = z.object({ app: z.uuid() });
