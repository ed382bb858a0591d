/**
 * The real-world corpus: ASL definitions in the shapes people publish (AWS samples, serverlessland,
 * SAM and CDK projects), for tests that must hold on real definitions (no false alarms from the
 * validator, round trips, graph rendering, engine smoke runs).
 *
 * Files whose name contains `_substitution_numbers` put `${Name}` placeholders in number-typed fields
 * (as CDK/SAM DefinitionSubstitutions allow); every other placeholder sits inside a string value.
 */
/// <reference types="vite/client" />
import { parse as parseYaml } from 'yaml';
import type { JsonValue } from '../types';
import manifest from './manifest.json';

export interface Fixture {
  /** File name without `.asl.json` / `.asl.yaml`, e.g. `saga-trip-booking`. */
  name: string;
  /** File name inside `real-world/`, e.g. `saga-trip-booking.asl.json`. */
  file: string;
  format: 'json' | 'yaml';
  /** The file's text, exactly as written. */
  text: string;
  /** Tags from manifest.json, e.g. `jsonata`, `substitutions`, `distributed-map`. */
  tags: string[];
}

const texts = import.meta.glob<string>('./real-world/*', { query: '?raw', import: 'default', eager: true });
const tagsByFile: Record<string, string[]> = manifest;

function toFixture(path: string, text: string): Fixture {
  const file = path.slice(path.lastIndexOf('/') + 1);
  return {
    name: file.replace(/\.asl\.(json|ya?ml)$/, ''),
    file,
    format: /\.ya?ml$/.test(file) ? 'yaml' : 'json',
    text,
    tags: tagsByFile[file] ?? [],
  };
}

/** Every real-world fixture, sorted by name. */
export const realWorldFixtures: Fixture[] = Object.entries(texts)
  .map(([path, text]) => toFixture(path, text))
  .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

/** The fixture's definition as a JSON value (JSON.parse or YAML, by format). */
export function parseFixture(fixture: Fixture): JsonValue {
  return (fixture.format === 'yaml' ? parseYaml(fixture.text) : JSON.parse(fixture.text)) as JsonValue;
}

/** The fixtures carrying `tag`. */
export function fixturesTagged(tag: string): Fixture[] {
  return realWorldFixtures.filter((fixture) => fixture.tags.includes(tag));
}
