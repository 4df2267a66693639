// (g) Time to load the web bundle as the web worker host would: node bench/web-load-time.cjs BUNDLE
// Prints the milliseconds of compiling and running dist/web/extension.js once in a fresh
// node:vm context that has what a web worker has and nothing of Node (no process, Buffer,
// setImmediate, require): the bundle gets a CommonJS wrapper whose require knows only 'vscode',
// an inert stand-in (vscode-stub.cjs). Run in a fresh process each time, like require-time.cjs.
'use strict';
const { readFileSync } = require('node:fs');
const { resolve } = require('node:path');
const vm = require('node:vm');
const { vscodeStub } = require('./vscode-stub.cjs');

const text = readFileSync(resolve(process.argv[2]), 'utf8');
const vscode = vscodeStub(text);
const requireVscode = (name) => {
  if (name !== 'vscode') throw new Error(`the web bundle required ${name}`);
  return vscode;
};
const { console, TextDecoder, TextEncoder, URL, crypto, setTimeout, clearTimeout, queueMicrotask } = globalThis;
const context = vm.createContext({ console, TextDecoder, TextEncoder, URL, crypto, setTimeout, clearTimeout, queueMicrotask });

const start = process.hrtime.bigint();
const wrapper = new vm.Script(`(function (module, exports, require) {${text}\n})`, { filename: 'web/extension.js' }).runInContext(context);
const loaded = { exports: {} };
wrapper(loaded, loaded.exports, requireVscode);
const ms = Number(process.hrtime.bigint() - start) / 1e6;
if (typeof loaded.exports.activate !== 'function') throw new Error('the web bundle exports no activate');
process.stdout.write(`${ms}\n`);
