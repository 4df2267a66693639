/** Who you are in `owner:` keys: a name, an email, or both (as git knows you). */
export interface Identity {
  readonly name?: string;
  readonly email?: string;
}

/** The `[user]` name and email of a git config file's text (the last value of each wins, as in git). */
export function gitUser(configText: string): Identity {
  let section = '';
  const found: { name?: string; email?: string } = {};
  for (const raw of configText.split(/\r?\n/)) {
    const line = raw.replace(/^\s+/, '');
    const header = /^\[\s*([^\]\s"]+)/.exec(line);
    if (header) {
      section = header[1].toLowerCase();
      continue;
    }
    const pair = /^(name|email)\s*=\s*(.*?)\s*$/i.exec(line);
    if (section !== 'user' || !pair) continue;
    const value = pair[2].replace(/^"(.*)"$/, '$1').trim();
    if (value !== '') found[pair[1].toLowerCase() as 'name' | 'email'] = value;
  }
  return found;
}

/** Whether a record's `owner` names you: your name or your email, ignoring case, or contains your email. */
export function isOwnedBy(owner: string | undefined, me: Identity): boolean {
  if (owner === undefined) return false;
  const text = owner.trim().toLowerCase();
  const name = me.name?.trim().toLowerCase();
  const email = me.email?.trim().toLowerCase();
  return (name !== undefined && name !== '' && text === name) || (email !== undefined && email !== '' && (text === email || text.includes(email)));
}

/**
 * You, for "mine" in the Next Steps view (and `agenda --owner`/`--mine`): `me` (the setting
 * clientLedger.me, or --owner) when set, an email when it has an @; else the git identity
 * (undefined while it is being read).
 */
export function myIdentity(me: string, git: Identity | undefined): Identity {
  if (me !== '') return me.includes('@') ? { email: me } : { name: me };
  return git ?? {};
}

/** Whether an identity names someone: a name or an email. */
export function isKnown(identity: Identity): boolean {
  return (identity.name ?? '') !== '' || (identity.email ?? '') !== '';
}

/** The repository's values win over the global ones, as in git. */
export function layered(local: Identity, global: Identity): Identity {
  return { name: local.name ?? global.name, email: local.email ?? global.email };
}
