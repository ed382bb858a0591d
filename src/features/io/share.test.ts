import { compressToEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import { makeShareLink, readShareHash } from './share';

const yaml = '# keep me\nStartAt: A\nStates:\n  A:\n    Type: Pass\n    End: true\n';

describe('share links', () => {
  it('carry the text exactly (YAML comments included) and the name', () => {
    const link = makeShareLink('https://studio.example/app/#old', yaml, 'Orders & refunds');
    expect(link.startsWith('https://studio.example/app/#share=')).toBe(true);
    expect(readShareHash(new URL(link).hash)).toEqual({ kind: 'ok', text: yaml, name: 'Orders & refunds' });
  });

  it('carry broken text too: what was shared is what opens', () => {
    const broken = '{ "StartAt": "A", "States": {';
    const link = makeShareLink('http://x/', broken, 'WIP');
    expect(readShareHash(new URL(link).hash)).toMatchObject({ kind: 'ok', text: broken });
  });

  it.each([
    ['no hash', '', 'none'],
    ['another hash', '#section-2', 'none'],
    ['an empty payload', '#share=', 'broken'],
    ['garbage', '#share=%%%not-lz%%%', 'broken'],
    ['a payload cut in half', `#share=${compressToEncodedURIComponent(yaml).slice(0, 12)}`, 'broken'],
    ['text that is no workflow', `#share=${compressToEncodedURIComponent('hello world')}`, 'broken'],
  ])('%s -> %s', (_label, hash, kind) => {
    expect(readShareHash(hash).kind).toBe(kind);
  });

  it('names a link without a name "Shared workflow"', () => {
    expect(readShareHash(`#share=${compressToEncodedURIComponent(yaml)}`)).toMatchObject({ kind: 'ok', name: 'Shared workflow' });
  });
});
