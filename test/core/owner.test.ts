import assert from 'node:assert/strict';
import { gitUser, isKnown, isOwnedBy, layered, myIdentity } from '../../src/core/owner';

describe('owners', () => {
  it('reads the [user] name and email of a git config, the last one winning', () => {
    const config = '[core]\n\tname = not-a-user\n[user]\n\tname = Maria Lopez\n\temail = old@example.com\n[remote "origin"]\n\temail = x@y\n[user]\n\temail = "maria@example.com"\n';
    assert.deepEqual(gitUser(config), { name: 'Maria Lopez', email: 'maria@example.com' });
    assert.deepEqual(gitUser('[core]\n\tbare = false\n'), {});
  });

  it('matches an owner by name or email, ignoring case, and an email inside a longer owner', () => {
    const me = { name: 'Maria Lopez', email: 'maria@example.com' };
    assert.equal(isOwnedBy('maria lopez', me), true);
    assert.equal(isOwnedBy('MARIA@example.com', me), true);
    assert.equal(isOwnedBy('Maria Lopez <maria@example.com>', me), true);
    assert.equal(isOwnedBy('Tom Doe', me), false);
    assert.equal(isOwnedBy(undefined, me), false);
    assert.equal(isOwnedBy('Maria', {}), false);
  });

  it('is who clientLedger.me (or --owner) names, an email when it has an @, else the git identity', () => {
    const git = { name: 'Git Name', email: 'git@example.com' };
    assert.deepEqual(myIdentity('Maria Lopez', git), { name: 'Maria Lopez' });
    assert.deepEqual(myIdentity('maria@example.com', git), { email: 'maria@example.com' });
    assert.deepEqual(myIdentity('', git), git);
    assert.deepEqual(myIdentity('', undefined), {});
    assert.equal(isKnown(myIdentity('', undefined)), false);
    assert.equal(isKnown({ email: 'maria@example.com' }), true);
    assert.equal(isKnown({ name: '' }), false);
  });

  it("layers a repository's identity over the global one, each key on its own", () => {
    assert.deepEqual(layered({ email: 'local@example.com' }, { name: 'Global', email: 'global@example.com' }), { name: 'Global', email: 'local@example.com' });
  });
});
