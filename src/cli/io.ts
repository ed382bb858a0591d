/** How commands talk to the outside world: injectable so they can be tested without a process. */

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** A command: arguments in (after the command name), exit code out. */
export type Command = (args: string[], io: CliIo) => number | Promise<number>;

/** The real process streams. */
export const processIo: CliIo = {
  stdout: (text) => {
    process.stdout.write(text);
  },
  stderr: (text) => {
    process.stderr.write(text);
  },
};
