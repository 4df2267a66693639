import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { agendaOf } from '../../src/core/agenda/agenda';
import { agendaGroup, type NextStep } from '../../src/core/agenda/next-step';
import { stepDocuments } from '../../src/core/agenda/step-actions';
import { checkClient } from '../../src/core/check';
import { draftRecordUpdate } from '../../src/core/documents/document-actions';
import { findingDocuments } from '../../src/core/finding-actions';
import { documentContext } from '../../src/core/documents/document-facts';
import { loadMarkdownWriter, type MarkdownWriter } from '../../src/core/documents/markdown-writer';
import { documentPathBeside, draftFiles, renderDraft, type DocumentRequest } from '../../src/core/documents/render-document';
import { applyEdits } from '../../src/core/edits/text-edit';
import { Ledger } from '../../src/core/ledger';
import type { ClientRecord } from '../../src/core/model';
import { day, parseFile } from '../helpers/ledger-text';

const CLIENTS = resolve(__dirname, '../../../examples/ledger/clients');
const TODAY = day('2026-11-20');

/** The sample ledger as the extension reads it: every markdown file, documents included. */
function sampleTexts(): Map<string, string> {
  const texts = new Map<string, string>();
  const walk = (folder: string, prefix: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(folder, entry.name), `${prefix}${entry.name}/`);
      else if (entry.name.endsWith('.md')) texts.set(`clients/${prefix}${entry.name}`, readFileSync(join(folder, entry.name), 'utf8'));
    }
  };
  walk(CLIENTS, '');
  return texts;
}

function ledgerOf(texts: ReadonlyMap<string, string>): Ledger {
  return new Ledger([...texts].map(([file, text]) => parseFile(text, file)));
}

/** What the lightbulb and the Next Steps view offer a client: the documents of its findings and of its steps. */
function offered(ledger: Ledger, client: ClientRecord): DocumentRequest[] {
  const requests = new Map<string, DocumentRequest>();
  for (const finding of checkClient(client, TODAY)) {
    for (const request of findingDocuments(finding, client)) requests.set(JSON.stringify(request), request);
  }
  for (const step of agendaOf(ledger, TODAY).filter((candidate) => candidate.clientId === client.id)) {
    for (const request of stepDocuments(step)) requests.set(JSON.stringify(request), request);
  }
  return [...requests.values()];
}

/**
 * Drafts every document offered, each with the record update the action offers first (a
 * person picks the plan or the letter, not both: `pick` chooses).
 */
function draftAll(write: MarkdownWriter, pick: (requests: DocumentRequest[]) => DocumentRequest[]): { texts: Map<string, string>; drafted: string[] } {
  const texts = sampleTexts();
  const drafted: string[] = [];
  const before = ledgerOf(texts);
  for (const client of before.clients) {
    for (const request of pick(offered(before, client))) {
      const current = parseFile(texts.get(client.file)!, client.file) as ClientRecord;
      for (const file of draftFiles(request, current, documentContext(current, TODAY)) ?? []) {
        const path = documentPathBeside(client.file, file.segments);
        if (texts.has(path)) continue;
        texts.set(path, renderDraft(file, current, TODAY, write));
        drafted.push(path);
      }
      const update = draftRecordUpdate(request, current, texts.get(client.file)!, TODAY);
      if (update) texts.set(client.file, applyEdits(texts.get(client.file)!, update.edit.edits));
    }
  }
  return { texts, drafted };
}

const CONDITIONAL = /^(if|once|when|unless|should|in case)\b/i;

function assertTrue(steps: readonly NextStep[], ledger: Ledger): void {
  const seen = new Set<string>();
  for (const step of steps) {
    const key = `${step.clientId}: ${step.title}`;
    assert.ok(!seen.has(key), `listed twice: ${key}`);
    seen.add(key);
    assert.doesNotMatch(step.title, CONDITIONAL, `a condition is not a step: ${key}`);
    const client = ledger.client(step.clientId);
    if (client && /^Record updated:/.test(step.title)) assert.fail(`the record already says so: ${key}`);
  }
}

describe('the sample ledger\'s agenda after drafting what it offers', () => {
  let write: MarkdownWriter;
  before(async () => {
    write = await loadMarkdownWriter();
  });

  it('stays short when each client gets the plan (or the letter) it is offered, record updated', () => {
    const { texts, drafted } = draftAll(write, (requests) => requests.filter((request) => request.kind !== 'termination' || !requests.some((other) => other.kind === 'salvage-plan')));
    assert.ok(drafted.some((path) => path.endsWith('-salvage-plan.md')) && drafted.some((path) => path.endsWith('-lessons-learned.md')), drafted.join(', '));
    const ledger = ledgerOf(texts);
    const steps = agendaOf(ledger, TODAY);
    assertTrue(steps, ledger);
    const perClient = new Map<string, number>();
    for (const step of steps) perClient.set(step.clientName, (perClient.get(step.clientName) ?? 0) + 1);
    assert.ok(Math.max(...perClient.values()) <= 6, `at most 6 steps a client: ${JSON.stringify(Object.fromEntries(perClient))}`);
    const today = steps.filter((step) => agendaGroup(step.due, TODAY) === 'today');
    assert.ok(today.length <= 6, `Today holds ${today.length}:\n${today.map((step) => `${step.clientName}: ${step.title}`).join('\n')}`);
    assert.ok(steps.length <= 26, `${steps.length} steps in all`);
  });

  it('stays true with every document drafted, plan and letter alike, and nothing listed twice', () => {
    const { texts, drafted } = draftAll(write, (requests) => requests);
    assert.ok(drafted.some((path) => path.endsWith('-decision-record.md')));
    const ledger = ledgerOf(texts);
    const steps = agendaOf(ledger, TODAY);
    assertTrue(steps, ledger);
    const terminations = steps.filter((step) => step.file.endsWith('-decision-record.md'));
    assert.ok(terminations.length > 0 && terminations.every((step) => step.due > TODAY), 'the decision record\'s steps are dated: the call in two days, access and payment by their days');
    assert.ok(steps.every((step) => !(drafted.includes(step.file) && step.file.endsWith('-termination.md'))), 'a drafted letter itself has no steps');
  });
});
