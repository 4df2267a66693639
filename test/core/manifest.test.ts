import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DEFAULT_THRESHOLDS } from '../../src/core/thresholds';

// The manifest is the marketplace listing and the wiring of every menu and walkthrough step:
// each command it names must exist, each file it points at must ship.

const ROOT = resolve(__dirname, '..', '..', '..');
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const contributes = manifest.contributes;
const commands = new Set<string>(contributes.commands.map((command: { command: string }) => command.command));
const views = new Set<string>(Object.values(contributes.views as Record<string, { id: string }[]>).flat().map((view) => view.id));

describe('the extension manifest', () => {
  it('has what a marketplace listing needs', () => {
    for (const key of ['displayName', 'description', 'publisher', 'version', 'license', 'icon', 'galleryBanner', 'categories', 'keywords', 'capabilities']) assert.ok(manifest[key], key);
    assert.equal(manifest.capabilities.untrustedWorkspaces.supported, true);
    assert.equal(manifest.capabilities.virtualWorkspaces, true);
    assert.ok(existsSync(join(ROOT, manifest.icon)), manifest.icon);
  });

  it('every menu names a contributed command', () => {
    for (const [menu, items] of Object.entries(contributes.menus as Record<string, { command: string }[]>)) {
      for (const item of items) assert.ok(commands.has(item.command), `${menu}: ${item.command}`);
    }
  });

  it('offers the statement of account in the palette and on a client in the Clients view', () => {
    const command = contributes.commands.find((item: { command: string }) => item.command === 'clientLedger.draftStatement');
    assert.deepEqual(command && [command.title, command.category], ['Draft Statement of Account', 'Client Ledger']);
    const palette = (contributes.menus.commandPalette as { command: string; when?: string }[]).find((item) => item.command === 'clientLedger.draftStatement');
    assert.ok(palette === undefined || palette.when !== 'false', 'not hidden from the palette: it asks for the client');
    const onClient = (contributes.menus['view/item/context'] as { command: string; when: string }[]).filter((item) => item.command === 'clientLedger.draftStatement');
    assert.deepEqual(onClient.map((item) => item.when), ['view == clientLedger.clients && viewItem == client']);
  });

  it('every walkthrough step links to a command or view that exists, and its page ships', () => {
    const files: string[] = manifest.files;
    // VS Code's own commands a step may point at (the editor's navigation, which ours feeds).
    const BUILT_IN = new Set(['workbench.action.gotoSymbol', 'workbench.action.showAllSymbols']);
    for (const walkthrough of contributes.walkthroughs) {
      assert.ok(walkthrough.steps.length >= 3);
      for (const step of walkthrough.steps) {
        for (const [, command] of (step.description as string).matchAll(/\(command:([\w.]+)\)/g)) {
          const view = command.replace(/\.focus$/, '');
          assert.ok(commands.has(command) || BUILT_IN.has(command) || (command.endsWith('.focus') && views.has(view)), `${step.id}: ${command}`);
        }
        for (const event of step.completionEvents as string[]) {
          const [kind, id] = event.split(':');
          assert.ok(kind === 'onCommand' ? commands.has(id) || BUILT_IN.has(id) : kind === 'onView' ? views.has(id) : false, `${step.id}: ${event}`);
        }
        const page = step.media.markdown as string;
        assert.ok(existsSync(join(ROOT, page)), page);
        assert.ok(files.some((pattern) => page.startsWith(pattern.replace(/\*.*$/, ''))), `${page} is packaged`);
      }
    }
  });

  it('activates as soon as the default ledger folder is there, without a search of the workspace', () => {
    // A path without * or ? is checked directly by the extension host; a glob waits for a file
    // search (about half a second in code-server). The glob stays for virtual workspaces, where
    // a direct check of the disk cannot see the folder. Another folder (clientLedger.folder)
    // activates with the Clients view, a command, or a markdown file opened.
    const events: string[] = manifest.activationEvents;
    const folder = contributes.configuration.properties['clientLedger.folder'].default;
    assert.ok(events.includes(`workspaceContains:${folder}`), `workspaceContains:${folder}`);
    assert.doesNotMatch(folder, /[*?]/);
    for (const event of ['onView:clientLedger.clients', 'onLanguage:markdown']) assert.ok(events.includes(event), event);
  });

  it('has a clientLedger.rules.<key> setting for every threshold, with the same default', () => {
    const properties = contributes.configuration.properties as Record<string, { default: unknown }>;
    const settings = Object.keys(properties).filter((key) => key.startsWith('clientLedger.rules.')).map((key) => key.slice('clientLedger.rules.'.length));
    assert.deepEqual(settings.sort(), Object.keys(DEFAULT_THRESHOLDS).sort());
    for (const [key, value] of Object.entries(DEFAULT_THRESHOLDS)) assert.equal(properties[`clientLedger.rules.${key}`].default, value, key);
  });

  it('packages the docs the diagnostics and the README link to', () => {
    for (const doc of ['docs/rules.md', 'docs/format.md', 'docs/security.md', 'docs/report.md', 'CHANGELOG.md', 'LICENSE']) assert.ok(manifest.files.includes(doc), doc);
  });
});
