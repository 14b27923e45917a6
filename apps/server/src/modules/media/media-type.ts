// What a file is, decided from its bytes alone (the name and the client's Content-Type are never
// believed), and how it may be served.
import path from 'node:path';
import { fileTypeFromBuffer } from 'file-type';

/** How many leading bytes the sniffing reads. */
export const SNIFF_BYTES = 4100;

/** Raster images: the only kinds that get resized variants. */
export const RESIZABLE_TYPES = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/avif']);

// Served inline: formats a browser renders without running anything from the file. Everything
// else (HTML, SVG, XML, office documents…) is a download, so a file can never act as a page of
// Charter's origin.
const INLINE_TYPES = new Set([...RESIZABLE_TYPES, 'application/pdf', 'text/plain', 'text/csv']);

// Legacy office files are all one container format (CFB); their kind is in the name only. A
// misnamed one is still a CFB container, which no browser runs.
const CFB_BY_EXTENSION: Record<string, string> = {
  '.doc': 'application/msword',
  '.xls': 'application/vnd.ms-excel',
  '.ppt': 'application/vnd.ms-powerpoint',
};

// The WHATWG sniffing table's HTML openers (after leading white space), and markup that some
// browsers and plugins have treated as HTML anywhere near the start of a file.
const HTML_OPENERS =
  /^(?:\uFEFF)?\s*<(?:!doctype html|html|head|script|iframe|h1|div|font|table|a|style|title|b|body|br|p|!--)[\s>]/i;
const HTML_ANYWHERE = /<(?:html|script|body|iframe|object|embed|meta\s+http-equiv)[\s>/]/i;

/** The media type of a file, from its first bytes (SNIFF_BYTES of them) and, for text, its name. */
export async function sniffMediaType(head: Buffer, name: string): Promise<string> {
  const detected = await fileTypeFromBuffer(head);
  const extension = path.extname(name).toLowerCase();
  if (detected) {
    if (detected.mime === 'application/xml') return isSvg(head) ? 'image/svg+xml' : 'application/xml';
    if (detected.mime === 'application/x-cfb') return CFB_BY_EXTENSION[extension] ?? detected.mime;
    return detected.mime;
  }
  if (!isText(head)) return 'application/octet-stream';
  const text = head.toString('utf8');
  if (HTML_OPENERS.test(text) || HTML_ANYWHERE.test(text)) return 'text/html';
  if (isSvg(head)) return 'image/svg+xml';
  if (/^(?:\uFEFF)?\s*<\?xml/i.test(text)) return 'application/xml';
  return extension === '.csv' ? 'text/csv' : 'text/plain';
}

/** Whether a file of this type may be shown in the browser rather than downloaded. */
export function servesInline(type: string): boolean {
  return INLINE_TYPES.has(type);
}

/** The Content-Type header for a stored type: text gets its charset. */
export function contentTypeHeader(type: string): string {
  return type.startsWith('text/') ? `${type}; charset=utf-8` : type;
}

function isSvg(head: Buffer): boolean {
  return /<svg[\s>]/i.test(head.toString('utf8'));
}

// UTF-8 with no control characters other than white space; a multi-byte character cut by the
// end of the sniffed bytes is allowed.
function isText(head: Buffer): boolean {
  for (const byte of head) {
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20 && byte !== 0x1b) || byte === 0x7f) return false;
  }
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (let cut = 0; cut <= Math.min(3, head.length); cut++) {
    try {
      decoder.decode(head.subarray(0, head.length - cut));
      return true;
    } catch {
      // try again without the last bytes
    }
  }
  return false;
}
