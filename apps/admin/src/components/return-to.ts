const KEY = 'charter.return-to';
const KEEP_MS = 24 * 60 * 60 * 1000;

/** A path inside this app; never an address someone slipped into a link. */
export function insidePath(path: string | undefined): string | undefined {
  // `//host` and `/\host` both leave the site in a browser.
  return path?.startsWith('/') && !path.startsWith('//') && !path.startsWith('/\\') ? path : undefined;
}

/**
 * Remembers where a person was going when they stop to create an account: the mailed confirmation
 * link may open in another tab, so the browser keeps it (for a day), not the page.
 */
export function rememberReturn(path: string | undefined): void {
  const inside = insidePath(path);
  if (inside) localStorage.setItem(KEY, JSON.stringify({ path: inside, until: Date.now() + KEEP_MS }));
}

/** Where the person was going, once: it is forgotten as it is read. */
export function takeReturn(): string | undefined {
  const stored = localStorage.getItem(KEY);
  localStorage.removeItem(KEY);
  try {
    const { path, until } = JSON.parse(stored ?? 'null') ?? {};
    return typeof until === 'number' && until > Date.now() ? insidePath(path) : undefined;
  } catch {
    return undefined;
  }
}
