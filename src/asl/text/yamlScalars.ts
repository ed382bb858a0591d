/** How new and changed YAML scalars are written: quoted where a reader could take them for something else. */
import { isCollection, isScalar, Scalar, visit } from 'yaml';
import type { Document } from 'yaml';

/**
 * Strings a YAML 1.1 reader (CloudFormation, SAM) would take for something else: yes/no/on/off,
 * 1_000, 0b101, 1:30, .5, dates. The core schema prints them plain; quote them as toYamlText does.
 */
const YAML11_NON_STRING = /^(?:[yYnN]|yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF|[-+]?0b[01_]+|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?|[-+]?[0-9_]*\.[0-9_]+(?:[eE][-+]?[0-9]+)?|[-+]?[0-9][0-9_]*|\d{4}-\d\d?-\d\d?(?:[Tt ].*)?)$/;

/** Collects the scalars an edit creates or changes, and styles them; untouched scalars keep their style. */
export class ScalarStyles {
  private readonly touched = new Set<Scalar>();

  /** Styles every scalar in `node` (a new node, or a scalar whose value changed). */
  touch(node: unknown): void {
    if (isScalar(node)) this.style(node);
    else if (isCollection(node)) visit(node, { Scalar: (_, scalar) => this.style(scalar) });
  }

  /**
   * Once the document is edited: a touched string with line breaks inside a flow collection
   * (`{a: 1}`) is double-quoted, since yaml would fold it over several plain lines there.
   */
  finish(doc: Document): void {
    visit(doc, {
      Scalar: (_, scalar, path) => {
        if (this.touched.has(scalar) && typeof scalar.value === 'string' && scalar.value.includes('\n') && path.some((n) => isCollection(n) && n.flow)) {
          scalar.type = Scalar.QUOTE_DOUBLE;
        }
      },
    });
  }

  private style(scalar: Scalar): void {
    this.touched.add(scalar);
    if (typeof scalar.value === 'string' && (scalar.type === undefined || scalar.type === Scalar.PLAIN) && YAML11_NON_STRING.test(scalar.value)) {
      scalar.type = Scalar.QUOTE_DOUBLE;
    }
  }
}
