/** Charter's release, reported in the OpenAPI document. */
export const CHARTER_VERSION = '0.1.0';
