import type ICALModule from 'ical.js' with { 'resolution-mode': 'import' };

/**
 * Mozilla's calendar parser (ical.js), the independent reader of the feed the CLI writes: its
 * package is ECMAScript modules, with a CommonJS build (its `require` export) that the compiled
 * tests, the extension host's included, can load.
 */
export const ICAL = require('ical.js') as typeof ICALModule;
