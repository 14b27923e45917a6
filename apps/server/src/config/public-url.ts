// Where people reach Charter when CHARTER_PUBLIC_URL is not set: the address it listens on.

// Listening on every interface names no address a browser could use.
const WILDCARD_HOSTS = new Set(['0.0.0.0', '::', '[::]', '*']);
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);

/** An origin's host part: IPv6 literals go in brackets. */
function originHost(host: string): string {
  return host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
}

/**
 * The public URL to assume: `http://HOST:PORT` when HOST is a concrete address or name, else
 * `http://localhost:PORT`. A browser on 127.0.0.1 then sends the Origin Charter expects.
 */
export function defaultPublicUrl(host: string, port: number): string {
  const concrete = !WILDCARD_HOSTS.has(host.toLowerCase());
  // Through URL, so port 80 is left out exactly as a browser leaves it out of Origin.
  return new URL(`http://${concrete ? originHost(host) : 'localhost'}:${port}`).origin;
}

/**
 * The other spellings of a loopback origin (localhost, 127.0.0.1, [::1]) on the same port: they
 * reach the same server from the same machine, so a form opened under any of them may write.
 * Only for an assumed public URL; one that is set is taken as the only name.
 */
export function loopbackAliases(publicUrl: string): string[] {
  const url = new URL(publicUrl);
  const host = url.hostname.toLowerCase();
  if (url.protocol !== 'http:' || !(LOOPBACK_HOSTS.has(host) || host.startsWith('127.'))) return [];
  return ['localhost', '127.0.0.1', '[::1]']
    .map((name) => `http://${name}${url.port ? `:${url.port}` : ''}`)
    .filter((origin) => origin !== publicUrl);
}
