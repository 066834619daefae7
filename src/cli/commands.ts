/**
 * Every command of `recap-widgets`, in the order `--help` lists them. A new command is a module in
 * this folder (see command.ts) and one line here; its `--help`, option parsing and errors come from run.ts.
 */
import type { Command } from './command.js';
import validate from './validate.js';
import compile from './compile.js';
import toMarkdown from './to-markdown.js';
import importCommand from './import.js';
import exportCommand from './export.js';
import render from './render.js';
import studio from './studio.js';
import packageCommand from './package.js';

export const commands: readonly Command[] = [validate, compile, toMarkdown, importCommand, exportCommand, render, packageCommand, studio];
