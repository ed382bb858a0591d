/** `asl-studio validate <file> [--json] [--type STANDARD|EXPRESS]` */
import { readFileSync } from 'node:fs';
import { validateText } from '../asl/validate';
import type { Diagnostic } from '../asl/types';
import type { CliIo, Command } from './io';

const USAGE = 'Usage: asl-studio validate <file> [--json] [--type STANDARD|EXPRESS]\n';

interface ValidateArgs {
  file: string;
  json: boolean;
  type: 'STANDARD' | 'EXPRESS';
}

/** Parses the command line; a string is a usage error. */
export function parseValidateArgs(args: string[]): ValidateArgs | string {
  let file: string | undefined;
  let json = false;
  let type: ValidateArgs['type'] = 'STANDARD';
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--json') json = true;
    else if (a === '--type') {
      const v = args[++i];
      if (v !== 'STANDARD' && v !== 'EXPRESS') return `--type must be STANDARD or EXPRESS${v === undefined ? '' : `, not '${v}'`}`;
      type = v;
    } else if (a.startsWith('-') && a !== '-') return `unknown option '${a}'`;
    else if (file === undefined) file = a;
    else return `unexpected argument '${a}'`;
  }
  return file === undefined ? 'missing <file>' : { file, json, type };
}

/** `file:line:col CODE message`, one diagnostic per line (warnings say so). */
export function formatDiagnostic(file: string, d: Diagnostic): string {
  const line = d.range?.start.line ?? 1;
  const column = d.range?.start.column ?? 1;
  const severity = d.severity === 'error' ? '' : `${d.severity}: `;
  const at = d.pointer ? ` (at ${d.pointer})` : '';
  return `${file}:${line}:${column} ${d.code} ${severity}${d.message.replace(/\s*\n\s*/g, ' ')}${at}`;
}

function formatOf(file: string): 'json' | 'yaml' | undefined {
  if (/\.ya?ml$/i.test(file)) return 'yaml';
  if (/\.json$/i.test(file)) return 'json';
  return undefined;
}

/** The validate command. */
export const runValidate: Command = (args: string[], io: CliIo) => {
  if (args.includes('-h') || args.includes('--help')) {
    io.stdout(USAGE);
    return 0;
  }
  const parsed = parseValidateArgs(args);
  if (typeof parsed === 'string') {
    io.stderr(`asl-studio validate: ${parsed}\n${USAGE}`);
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(parsed.file, 'utf8');
  } catch (e) {
    const reason = e instanceof Error && 'code' in e ? String((e as NodeJS.ErrnoException).code) : String(e);
    io.stderr(`asl-studio validate: cannot read ${parsed.file}: ${reason}\n`);
    return 2;
  }
  const diagnostics = validateText(text, formatOf(parsed.file), { workflowType: parsed.type });
  const invalid = diagnostics.some((d) => d.severity === 'error');
  if (parsed.json) io.stdout(JSON.stringify(diagnostics, null, 2) + '\n');
  else if (diagnostics.length > 0) io.stdout(diagnostics.map((d) => formatDiagnostic(parsed.file, d)).join('\n') + '\n');
  return invalid ? 1 : 0;
};
