import type { ServerCapabilities } from 'vscode-languageserver';

/**
 * The server's capabilities with each feature's: objects merged key by key, lists joined (trigger
 * characters, commands), and `true` where any says so.
 */
export function mergeCapabilities(...all: readonly ServerCapabilities[]): ServerCapabilities {
  return all.reduce<Record<string, unknown>>((merged, next) => mergeValues(merged, next) as Record<string, unknown>, {}) as ServerCapabilities;
}

function mergeValues(a: unknown, b: unknown): unknown {
  if (a === undefined) return b;
  if (b === undefined) return a;
  if (Array.isArray(a) && Array.isArray(b)) return [...new Set([...a, ...b])];
  if (isObject(a) && isObject(b)) {
    const merged: Record<string, unknown> = { ...a };
    for (const [key, value] of Object.entries(b)) merged[key] = mergeValues(merged[key], value);
    return merged;
  }
  // A provider given as `true` by one and as options by another: the options (they say more).
  if (a === true && isObject(b)) return b;
  if (b === true && isObject(a)) return a;
  if (typeof a === 'boolean' && typeof b === 'boolean') return a || b;
  return b;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
