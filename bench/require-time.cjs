// (g) Time to require a bundle in a fresh process: node bench/require-time.cjs BUNDLE [--stub-vscode]
// Prints the milliseconds of require(BUNDLE) alone (process start-up is not counted).
//
// dist/extension.js requires 'vscode' when it loads (and reads enums such as
// DiagnosticSeverity at the top level), which only exists inside the editor. With --stub-vscode,
// 'vscode' resolves to an inert stand-in whose keys are the names the bundle reads from it; the
// stand-in is built before the clock starts and costs nothing measurable during the require.
'use strict';
const Module = require('node:module');
const { readFileSync } = require('node:fs');
const { resolve } = require('node:path');

const bundle = resolve(process.argv[2]);
if (process.argv.includes('--stub-vscode')) {
  const text = readFileSync(bundle, 'utf8');
  const aliases = [...text.matchAll(/([A-Za-z_$][\w$]*)=[A-Za-z_$][\w$]*\(require\("vscode"\)\)/g)].map((match) => match[1]);
  const names = new Set();
  for (const alias of aliases) {
    const escaped = alias.replace(/\$/g, '\\$');
    for (const match of text.matchAll(new RegExp(`(?<![\\w$.])${escaped}\\.([A-Za-z_$][\\w$]*)`, 'g'))) names.add(match[1]);
  }
  const keys = [...names];
  const inert = () =>
    new Proxy(function () {}, {
      get: (_target, key) => (key === 'then' ? undefined : key === Symbol.toPrimitive ? () => '' : inert()),
      apply: () => inert(),
      construct: () => inert(),
    });
  const vscode = new Proxy(
    {},
    {
      ownKeys: () => keys,
      getOwnPropertyDescriptor: (_target, key) => (names.has(key) ? { configurable: true, enumerable: true, writable: true, value: inert() } : undefined),
      get: (_target, key) => (key === '__esModule' ? false : inert()),
    },
  );
  const load = Module._load;
  Module._load = function (request, ...rest) {
    return request === 'vscode' ? vscode : load.call(this, request, ...rest);
  };
}

const start = process.hrtime.bigint();
require(bundle);
const ms = Number(process.hrtime.bigint() - start) / 1e6;
process.stdout.write(`${ms}\n`);
