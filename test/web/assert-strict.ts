// node:assert/strict in the browser bundle of the in-editor tests (scripts/test-host/web-suite.mjs):
// the npm port of Node's assert, so the same test files run in both extension hosts.
import assert = require('assert');

export = assert.strict;
