/**
 * The dispatcher of `recap-widgets`: finds the command in the table, reads its options with
 * `node:util` parseArgs, prints `--help` (for the CLI and for each command) from the table, and turns
 * a mistake in the command line into one line on stderr and exit code 2.
 */
import { parseArgs } from 'node:util';
import { readFileSync } from 'node:fs';
import { commands } from './commands.js';
import { UsageError } from './usage-error.js';
import type { Command } from './command.js';

const BIN = 'recap-widgets';

const usageLine = (c: Command) => `${BIN} ${c.name} ${c.usage}`;

/** `recap-widgets --help`: every command in the table, with one line each. */
export function overview(): string {
  const width = Math.max(...commands.map((c) => c.name.length + c.usage.length + 1));
  return [
    `Usage: ${BIN} COMMAND [options]`,
    '',
    'Commands:',
    ...commands.map((c) => `  ${`${c.name} ${c.usage}`.padEnd(width)}  ${c.summary}`),
    '',
    `"${BIN} COMMAND --help" says more about each.`,
    'Exit codes: 0 done, 1 a problem with a file or its data, 2 a mistake in the command line.',
  ].join('\n');
}

/** `recap-widgets NAME --help`: its usage line, what it does, and its options. */
export function commandHelp(c: Command): string {
  const options = [
    ...Object.entries(c.options).map(([name, o]) => [`${o.short ? `-${o.short}, ` : '    '}--${name}${o.value ? ` ${o.value}` : ''}`, o.description] as const),
    ['-h, --help', 'show this help'] as const,
  ];
  const width = Math.max(...options.map(([flag]) => flag.length));
  return [`Usage: ${usageLine(c)}`, '', c.description, '', 'Options:', ...options.map(([flag, what]) => `  ${flag.padEnd(width)}  ${what}`)].join('\n');
}

/** Says what is wrong in one line, and where to read more; the exit code for it. */
function usageError(message: string, c?: Command): number {
  console.error(`${BIN}${c ? ` ${c.name}` : ''}: ${message}. See "${BIN}${c ? ` ${c.name}` : ''} --help".`);
  return 2;
}

/** parseArgs' errors in our words: which option, and what is wrong with it. */
function explain(error: Error & { code?: string }): string {
  const quoted = /'([^']+)'/.exec(error.message)?.[1] ?? '';
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option ${quoted}`;
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return /does not take an argument/.test(error.message) ? `${quoted.replace(/ <value>$/, '')} takes no value` : `${quoted.replace(/ <value>$/, '')} needs a value`;
  }
  return error.message.split('. ')[0]!;
}

const counted = (n: number, name: string) => (n === 1 ? `one ${name}` : `${n} ${name}s`);

/** Runs the CLI with these arguments (without `node` and the script); resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--help' || name === '-h' || name === 'help') {
    const c = commands.find((x) => x.name === rest[0]);
    console.log(c ? commandHelp(c) : overview());
    return 0;
  }
  if (name === '--version' || name === '-v') {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    console.log(pkg.version);
    return 0;
  }
  if (name === undefined) {
    console.error(overview());
    return 2;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) return usageError(`"${name}" is not a command; the commands are ${commands.map((c) => c.name).join(', ')}`);

  // --help wins over everything else on the line, so that it never runs the command.
  const beforeDashes = rest.includes('--') ? rest.slice(0, rest.indexOf('--')) : rest;
  if (beforeDashes.includes('--help') || beforeDashes.includes('-h')) {
    console.log(commandHelp(command));
    return 0;
  }
  let parsed;
  try {
    const options = Object.fromEntries(Object.entries(command.options).map(([k, o]) => [k, { type: o.type, ...(o.short ? { short: o.short } : {}) }]));
    parsed = parseArgs({ args: rest, options, strict: true, allowPositionals: true });
  } catch (error) {
    return usageError(explain(error as Error), command);
  }
  const { min, max, name: what } = command.positionals;
  const found = parsed.positionals;
  if (found.length < min) return usageError(`${min === max ? `takes ${counted(min, what)}` : `needs at least ${counted(min, what)}`}, found ${found.length || 'none'}`, command);
  if (found.length > max) {
    const takes = max === 0 ? 'no arguments' : min === max ? counted(max, what) : `at most ${counted(max, what)}`;
    return usageError(`takes ${takes}, found ${found.length}: ${found.join(' ')}`, command);
  }
  try {
    return await command.run(parsed.values, found);
  } catch (error) {
    if (error instanceof UsageError) return usageError(error.message, command);
    throw error;
  }
}
