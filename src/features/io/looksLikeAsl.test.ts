import { describe, expect, it } from 'vitest';
import { looksLikeAsl, nameFromFile } from './looksLikeAsl';
import { fileBaseName } from './download';

describe('looksLikeAsl', () => {
  it.each([
    ['JSON', '{ "StartAt": "A", "States": {} }', true],
    ['YAML', 'Comment: x\nStartAt: A\nStates: {}\n', true],
    ['broken JSON of a workflow', '{ "States": { "A": ', true],
    ['prose', 'remember to buy milk', false],
    ['JSON that is no workflow', '{ "name": "package" }', false],
    ['decoding noise', '\uFFFD"States": {}', false],
  ])('%s', (_label, text, expected) => {
    expect(looksLikeAsl(text)).toBe(expected);
  });
});

describe('file names', () => {
  it.each([
    ['orders.asl.json', 'orders'],
    ['orders.asl.yaml', 'orders'],
    ['flow.YML', 'flow'],
    ['.json', 'Imported workflow'],
  ])('workflow name of %s is %s', (file, name) => {
    expect(nameFromFile(file)).toBe(name);
  });

  it.each([
    ['Order processing', 'order-processing'],
    ['Café <script>', 'cafe-script'],
    ['***', 'workflow'],
  ])('file name of %s is %s', (name, base) => {
    expect(fileBaseName(name)).toBe(base);
  });
});
