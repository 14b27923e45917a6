// The refusals of the builder's access tools: explain and view as.
import { defineErrorCodes, said } from '../../http/error-codes.js';

/** The codes of access. */
export const accessErrors = defineErrorCodes({
  VIEW_AS_SELF: { status: 400, message: 'You cannot view the app as yourself.' },
  VIEW_AS_TARGET_MORE_PRIVILEGED: {
    status: 403,
    message: 'This user holds rights or flags you do not hold, so you cannot view the app as them.',
  },
  VIEW_AS_WRITES_NOT_ALLOWED: {
    status: 403,
    message:
      'Writes while viewing as someone are only for those who may write all data of this app themselves (Access All Data and app.data.edit).',
  },
  /** The user viewed as is gone, or the request leaves that app's data; the message says which. */
  VIEW_AS_RESTRICTED: { status: 403, message: said },
  VIEW_AS_READ_ONLY: { status: 403, message: 'This view is read-only.' },
  APP_USER_NOT_FOUND: { status: 404, message: 'No active user of this application has this id or email.' },
  VIEW_AS_ALREADY_ACTIVE: { status: 409, message: 'Stop viewing as another user before starting again.' },
});
