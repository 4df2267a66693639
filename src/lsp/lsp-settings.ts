import { SETTINGS_SECTION, type SettingLookup } from '../core/settings';

/**
 * The settings a language client sends (initializationOptions, didChangeConfiguration's
 * settings) as a lookup of the section's keys. Editors nest them (`{clientLedger: {rules:
 * {'no-contact': 21}}}`), spell them dotted (`{'clientLedger.rules.no-contact': 21}`), or mix both.
 */
export function pushedSettings(raw: unknown): SettingLookup {
  return (key) => lookup(raw, [SETTINGS_SECTION, ...key.split('.')]);
}

/** The section's value a `workspace/configuration` request answers (`section: 'clientLedger'`). */
export function pulledSettings(raw: unknown): SettingLookup {
  return (key) => lookup(raw, key.split('.'));
}

/** The first layer that sets a key wins. */
export function layeredSettings(...layers: readonly SettingLookup[]): SettingLookup {
  return (key) => {
    for (const layer of layers) {
      const value = layer(key);
      if (value !== undefined && value !== null) return value;
    }
    return undefined;
  };
}

export const NO_SETTINGS: SettingLookup = () => undefined;

function lookup(node: unknown, path: readonly string[]): unknown {
  if (path.length === 0) return node;
  if (typeof node !== 'object' || node === null || Array.isArray(node)) return undefined;
  for (let take = path.length; take >= 1; take--) {
    const name = path.slice(0, take).join('.');
    if (!Object.hasOwn(node, name)) continue;
    const found = lookup((node as Record<string, unknown>)[name], path.slice(take));
    if (found !== undefined) return found;
  }
  return undefined;
}
