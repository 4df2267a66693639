import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { formatDay } from '../../src/core/values/calendar-day';
import { ICAL } from '../helpers/ical';
import { api, EXTENSION_ID, waitFor, workspaceRoot } from './host-helpers';

// The calendar feed (`client-ledger agenda --format ics`) against the Next Steps view, on the
// same workspace and day: a calendar importing the feed gets the steps the view shows.

/** Each step of the view as a calendar shows it: `day client: title`, the client read off the item's description. */
async function viewSteps(): Promise<string[]> {
  const { agenda } = await api();
  agenda.refresh();
  const shown: string[] = [];
  for (const group of await agenda.getChildren()) {
    for (const node of await agenda.getChildren(group)) {
      if (node.kind !== 'step') continue;
      const item = agenda.getTreeItem(node);
      const client = String(item.description).split(' · ').pop();
      shown.push(`${formatDay(node.step.due)} ${client}: ${String(item.label)}`);
    }
  }
  return shown;
}

function feedSteps(today: string): string[] {
  const cli = path.join(vscode.extensions.getExtension(EXTENSION_ID)!.extensionPath, 'dist', 'cli.js');
  const folder = vscode.Uri.joinPath(workspaceRoot(), 'clients').fsPath;
  // The desktop's extension host is Electron: ELECTRON_RUN_AS_NODE makes its binary a plain Node.
  const ics = execFileSync(process.execPath, [cli, 'agenda', folder, '--today', today, '--format', 'ics'], { encoding: 'utf8', env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } });
  return new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    assert.equal(event.startDate.isDate, true, `${event.summary} is an all-day event`);
    return `${event.startDate.toString()} ${event.summary}`;
  });
}

describe('the calendar feed beside the Next Steps view in a real VS Code', () => {
  it('imports the same steps the view shows: one all-day event a step, on its day, named with its client', async () => {
    const { queries } = await api();
    const feed = feedSteps(formatDay(queries.today()));
    assert.ok(feed.length > 10, 'the sample ledger has steps');
    // The view follows the files as they change; the feed reads them once: wait for the two to agree, then compare.
    await waitFor('the view to show the feed\'s steps', async () => (JSON.stringify(await viewSteps()) === JSON.stringify(feed) ? true : undefined)).catch(() => undefined);
    assert.deepEqual(await viewSteps(), feed);
  });
});
