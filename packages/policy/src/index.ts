// The Charter permission engine. Pure: no I/O, no clock, no environment.
export const ENGINE_NAME = 'charter-policy';
