/**
 * `asl-studio`: the command-line entry. A small table of commands, each a function from its
 * arguments to an exit code. Bundled by `npm run build:cli` into dist-cli/asl-studio.mjs.
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CliIo, Command } from './io';
import { processIo } from './io';
import { runValidate } from './validate';
import { runRun } from './run';

/**
 * The commands. To add one, write `src/cli/<name>.ts` exporting a `Command` and list it here;
 * its usage line goes in USAGE below.
 */
export const COMMANDS: Record<string, Command> = {
  validate: runValidate,
  run: runRun,
};

export const USAGE = `Usage: asl-studio <command> [options]

Author, validate and run AWS Step Functions (Amazon States Language) workflows offline.

Commands:
  validate <file> [--json] [--type STANDARD|EXPRESS]
      Check a definition (JSON or YAML) against the ASL rules AWS enforces.
      Exit 0 when valid (warnings allowed), 1 when invalid, 2 on bad usage.
      Prints one diagnostic per line: file:line:col CODE message (--json: a JSON array).
  run <file> [options]
      Run a definition locally (see asl-studio run --help).

Options:
  -h, --help    Show this help.
`;

/** Runs the CLI with `args` (without node and the script); resolves to the exit code. */
export async function main(args: string[], io: CliIo = processIo): Promise<number> {
  const [name, ...rest] = args;
  if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
    (name === undefined ? io.stderr : io.stdout)(USAGE);
    return name === undefined ? 2 : 0;
  }
  const command = Object.prototype.hasOwnProperty.call(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    io.stderr(`asl-studio: unknown command '${name}'\n\n${USAGE}`);
    return 2;
  }
  try {
    return await command(rest, io);
  } catch (e) {
    io.stderr(`asl-studio ${name}: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
}

/** True when this module is the program node started (not when a test imports it). */
function isEntryPoint(): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
