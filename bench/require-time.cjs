// (g) Time to require a bundle in a fresh process: node bench/require-time.cjs BUNDLE [--stub-vscode]
// Prints the milliseconds of require(BUNDLE) alone (process start-up is not counted).
//
// dist/extension.js requires 'vscode' when it loads (and reads enums such as
// DiagnosticSeverity at the top level), which only exists inside the editor. With --stub-vscode,
// 'vscode' resolves to an inert stand-in (vscode-stub.cjs).
'use strict';
const Module = require('node:module');
const { readFileSync } = require('node:fs');
const { resolve } = require('node:path');
const { vscodeStub } = require('./vscode-stub.cjs');

const bundle = resolve(process.argv[2]);
if (process.argv.includes('--stub-vscode')) {
  const vscode = vscodeStub(readFileSync(bundle, 'utf8'));
  const load = Module._load;
  Module._load = function (request, ...rest) {
    return request === 'vscode' ? vscode : load.call(this, request, ...rest);
  };
}

const start = process.hrtime.bigint();
require(bundle);
const ms = Number(process.hrtime.bigint() - start) / 1e6;
process.stdout.write(`${ms}\n`);
