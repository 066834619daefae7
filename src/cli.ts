#!/usr/bin/env node
/**
 * recap-widgets CLI: `recap-widgets --help` lists the commands, `recap-widgets COMMAND --help`
 * explains one. Each command is a module in ./cli/ (listed in cli/commands.ts); authoring, server
 * and studio code is loaded only by the commands that need it.
 */
import { main } from './cli/run.js';

process.exitCode = await main(process.argv.slice(2));
