import { describe, expect, it } from 'vitest';
import { base64Decode, base64Encode } from './base64';

describe('base64', () => {
  it.each([
    ['', ''],
    ['f', 'Zg=='],
    ['fo', 'Zm8='],
    ['foo', 'Zm9v'],
    ['Data to encode', 'RGF0YSB0byBlbmNvZGU='],
    ['héllo ✓', 'aMOpbGxvIOKckw=='],
  ])('encodes %j as %s and back', (text, b64) => {
    expect(base64Encode(text)).toBe(b64);
    expect(base64Decode(b64)).toBe(text);
  });

  it('decodes without padding, as Java does', () => {
    expect(base64Decode('Zm8')).toBe('fo');
  });

  it.each(['Zm9v!', 'Z', 'Zm9v=', 'Zm 9v', 'Zg==='])('refuses %j', (text) => {
    expect(base64Decode(text)).toBeNull();
  });
});
