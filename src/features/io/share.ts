import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { looksLikeAsl } from './looksLikeAsl';

/** The hash key of a share link: `#share=<lz-string, URI-safe>&name=<workflow name>`. */
const SHARE_KEY = 'share';
/** Browsers cope with URLs to about 2 MB; past that a link is not worth offering. */
export const MAX_LINK_CHARS = 2_000_000;

/** What a URL hash holds: nothing for us, a workflow, or a share link that does not decode. */
export type SharedWorkflow = { kind: 'none' } | { kind: 'ok'; text: string; name: string } | { kind: 'broken'; reason: string };

/** A link to this page that carries `text` (exactly as written) in its hash: no server needed. */
export function makeShareLink(base: string, text: string, name: string): string {
  const url = base.split('#')[0];
  return `${url}#${SHARE_KEY}=${compressToEncodedURIComponent(text)}&name=${encodeURIComponent(name)}`;
}

/** Reads a share link's hash (`#share=...`); anything that does not decode to a workflow is `broken`. */
export function readShareHash(hash: string): SharedWorkflow {
  const body = hash.replace(/^#/, '');
  if (!body.startsWith(`${SHARE_KEY}=`)) return { kind: 'none' };
  const params = new Map<string, string>();
  for (const part of body.split('&')) {
    const eq = part.indexOf('=');
    if (eq > 0) params.set(part.slice(0, eq), part.slice(eq + 1));
  }
  const payload = params.get(SHARE_KEY) ?? '';
  if (!payload) return { kind: 'broken', reason: 'the link carries no workflow' };
  let text: string | null;
  try {
    text = decompressFromEncodedURIComponent(payload);
  } catch {
    text = null;
  }
  // lz-string turns damaged input into null, '' or noise: only text that reads as a workflow counts.
  if (!text || !looksLikeAsl(text)) return { kind: 'broken', reason: 'the link is damaged or cut short' };
  let name = 'Shared workflow';
  try {
    name = decodeURIComponent(params.get('name') ?? '').trim() || name;
  } catch {
    /* a damaged name is not worth refusing the workflow for */
  }
  return { kind: 'ok', text, name };
}
