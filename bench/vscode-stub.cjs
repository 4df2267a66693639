// An inert stand-in for the 'vscode' module, for timing a bundle's load outside the editor: its
// keys are the names the bundle reads from it (enums such as DiagnosticSeverity are read at the
// top level), every value is a function-like proxy that accepts any use. Built before the clock
// starts; it costs nothing measurable during the load.
'use strict';

function vscodeStub(bundleText) {
  const aliases = [...bundleText.matchAll(/([A-Za-z_$][\w$]*)=[A-Za-z_$][\w$]*\(require\("vscode"\)\)/g)].map((match) => match[1]);
  const names = new Set();
  for (const alias of aliases) {
    const escaped = alias.replace(/\$/g, '\\$');
    for (const match of bundleText.matchAll(new RegExp(`(?<![\\w$.])${escaped}\\.([A-Za-z_$][\\w$]*)`, 'g'))) names.add(match[1]);
  }
  const keys = [...names];
  const inert = () =>
    new Proxy(function () {}, {
      get: (_target, key) => (key === 'then' ? undefined : key === Symbol.toPrimitive ? () => '' : inert()),
      apply: () => inert(),
      construct: () => inert(),
    });
  return new Proxy(
    {},
    {
      ownKeys: () => keys,
      getOwnPropertyDescriptor: (_target, key) => (names.has(key) ? { configurable: true, enumerable: true, writable: true, value: inert() } : undefined),
      get: (_target, key) => (key === '__esModule' ? false : inert()),
    },
  );
}

module.exports = { vscodeStub };
