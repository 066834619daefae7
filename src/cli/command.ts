/**
 * What a command of the `recap-widgets` CLI is: its name, its help text, its options (read with
 * `node:util` parseArgs) and what it runs. Each command is one module in this folder, listed once
 * in commands.ts; the dispatcher (run.ts) parses its arguments and prints its `--help` from here.
 */
import type { parseArgs } from 'node:util';

/** One option: parseArgs' `type` and `short`, plus what `--help` says about it. */
export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  /** The placeholder for a string option's value in `--help`, e.g. FILE. */
  value?: string;
  /** One line for `--help`. */
  description: string;
}
export type OptionSpecs = Record<string, OptionSpec>;

/** The values parseArgs returns for these options (strings for string options, booleans for flags). */
export type Values<O extends OptionSpecs> = ReturnType<typeof parseArgs<{ options: O; strict: true; allowPositionals: true }>>['values'];

export interface Command<O extends OptionSpecs = OptionSpecs> {
  name: string;
  /** What follows `recap-widgets NAME` in the usage line, e.g. `STORY.md [-o FILE]`. */
  usage: string;
  /** One line for the list of commands. */
  summary: string;
  /** The paragraph(s) of its `--help` between the usage line and the options. */
  description: string;
  options: O;
  /** How many arguments that are not options it takes (files, mostly), and what to call them in errors. */
  positionals: { min: number; max: number; name: string };
  /** Does the work; resolves to the exit code (0 done, 1 a problem with a file or the data). */
  run(values: Values<O>, positionals: string[]): Promise<number>;
}

/** Declares a command; the table in commands.ts holds them as plain `Command`s. */
export const defineCommand = <const O extends OptionSpecs>(command: Command<O>): Command => command as unknown as Command;
