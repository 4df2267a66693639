import assert from 'node:assert/strict';
import { clientSymbols, workspaceSymbols, type ClientSymbols, type WorkspaceSymbol } from '../../src/core/navigation/workspace-symbols';
import { splitLines } from '../../src/core/parse/source-text';
import { day, lineOf, parseClient, recordText, TODAY } from '../helpers/ledger-text';

const BRIGHTSIDE = recordText(['client: Brightside Dental'], [
  '2026-09-01 invoice BD-023 $1,250.00 due 2026-09-15',
  '2026-10-01 invoice BD-024 $450',
  '2026-10-09 payment BD-024 $450',
  '2026-11-01 #monthly invoice BD-025 $100',
]);
const HARBOR = recordText(['client: Harbor Realty'], ['2026-11-01 invoice HR-012 $600']);
const clients: ClientSymbols[] = [
  clientSymbols(parseClient(BRIGHTSIDE, 'clients/brightside-dental.md'), day(TODAY), '$1,250 overdue 66d'),
  clientSymbols(parseClient(HARBOR, 'clients/harbor-realty.md'), day(TODAY), '$600 open'),
];

function names(symbols: readonly WorkspaceSymbol[]): string[] {
  return symbols.map((symbol) => symbol.name);
}

describe('what Go to Symbol in Workspace keeps of a client record', () => {
  it('its id, name and standing, and each invoice\'s ID, detail and place', () => {
    const [brightside] = clients;
    assert.deepEqual([brightside.id, brightside.name, brightside.file, brightside.standing], ['brightside-dental', 'Brightside Dental', 'clients/brightside-dental.md', '$1,250 overdue 66d']);
    assert.deepEqual(brightside.invoices.map((invoice) => [invoice.id, invoice.detail]), [
      ['BD-023', '$1,250.00 · $1,250.00 open · 66d overdue'],
      ['BD-024', '$450.00 · paid 2026-10-09'],
      ['BD-025', '$100.00 · $100.00 open · 5d overdue'],
    ]);
    const lines = splitLines(BRIGHTSIDE);
    for (const invoice of brightside.invoices) {
      assert.equal(invoice.line, lineOf(BRIGHTSIDE, `invoice ${invoice.id}`));
      assert.equal(lines[invoice.line - 1].slice(invoice.column - 1, invoice.column - 1 + invoice.id.length), invoice.id, 'the ID word, a tag before the kind or not');
    }
    assert.equal(brightside.nameRange.start.line, 2, 'the client: value');
  });
});

describe('Go to Symbol in Workspace', () => {
  it('finds an invoice by its ID, named with its client, where it stands beside it', () => {
    const [symbol] = workspaceSymbols(clients, 'BD-023');
    assert.deepEqual({ ...symbol, range: undefined }, {
      kind: 'invoice', name: 'BD-023 · Brightside Dental', containerName: '$1,250.00 · $1,250.00 open · 66d overdue', file: 'clients/brightside-dental.md', range: undefined,
    });
    assert.deepEqual([symbol.range.start, symbol.range.end], [{ line: lineOf(BRIGHTSIDE, 'BD-023'), column: 22 }, { line: lineOf(BRIGHTSIDE, 'BD-023'), column: 28 }]);
  });

  it('matches the characters of the query in order, case aside, in the ID and the client\'s name', () => {
    assert.deepEqual(names(workspaceSymbols(clients, 'bd02')), ['BD-023 · Brightside Dental', 'BD-024 · Brightside Dental', 'BD-025 · Brightside Dental']);
    assert.deepEqual(names(workspaceSymbols(clients, 'harbor')), ['Harbor Realty', 'HR-012 · Harbor Realty']);
    assert.deepEqual(names(workspaceSymbols(clients, 'bd25 dental')), ['BD-025 · Brightside Dental'], 'the ID and then the name; spaces aside');
    assert.deepEqual(names(workspaceSymbols(clients, 'hr12')), ['HR-012 · Harbor Realty']);
    assert.deepEqual(workspaceSymbols(clients, 'zz'), []);
  });

  it('finds a client by name, or by its id when only the id matches', () => {
    const [byName] = workspaceSymbols(clients, 'Bright');
    assert.deepEqual([byName.kind, byName.name, byName.containerName], ['client', 'Brightside Dental', '$1,250 overdue 66d']);
    const [byId] = workspaceSymbols(clients, 'brightside-dental');
    assert.deepEqual([byId.kind, byId.name, byId.containerName], ['client', 'brightside-dental', 'Brightside Dental · $1,250 overdue 66d']);
    assert.equal(byId.range, clients[0].nameRange);
  });

  it('an empty query lists the clients alone', () => {
    assert.deepEqual(names(workspaceSymbols(clients, ' ')), ['Brightside Dental', 'Harbor Realty']);
  });

  it('over its limit: the clients, then the invoices whose ID starts with the query, then the others', () => {
    assert.deepEqual(names(workspaceSymbols(clients, 'h', 3)), ['Brightside Dental', 'Harbor Realty', 'HR-012 · Harbor Realty']);
    assert.deepEqual(names(workspaceSymbols(clients, 'h', 4)), ['Brightside Dental', 'Harbor Realty', 'HR-012 · Harbor Realty', 'BD-023 · Brightside Dental']);
  });
});
