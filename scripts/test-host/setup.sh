#!/usr/bin/env bash
# Installs what the in-editor tests need: Debian's chromium, ripgrep and libkrb5-dev (and neovim,
# the editor the language server is tested in: npm run test:editors), and
# code-server + playwright-core into the git-ignored folder .test-host/. Idempotent and quiet
# when everything is already there; prints one line for each step that does real work.
# See shared/vscode-host-testing.md for why each piece is needed.
set -euo pipefail
cd "$(dirname "$0")/../.."

CODE_SERVER_VERSION=4.100.3
PLAYWRIGHT_VERSION=1.65.1
RIPGREP_CACHE_VERSION=1.15.11
RIPGREP_ARCHIVE=ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz
APT_PACKAGES=(chromium ripgrep libkrb5-dev neovim)

export DEBIAN_FRONTEND=noninteractive

# Runs a noisy command with its output in a log that is shown only when it fails.
quietly() {
  local log rc=0
  log=$(mktemp)
  "$@" >"$log" 2>&1 || rc=$?
  if ((rc)); then cat "$log" >&2; rm -f "$log"; echo "test-host setup: failed ($rc): $*" >&2; return "$rc"; fi
  rm -f "$log"
}

# 1. Debian packages, only those missing; one apt-get update first.
missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$pkg")
done
if ((${#missing[@]})); then
  SUDO=()
  ((EUID == 0)) || SUDO=(sudo)
  echo "test-host setup: apt-get install ${missing[*]}"
  quietly "${SUDO[@]}" apt-get update
  quietly "${SUDO[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
fi

# 2. @vscode/ripgrep (a code-server dependency) downloads rg from GitHub unless its cache
#    already holds the archive: seed it from Debian's rg.
cache_dir="$(node -p "require('os').tmpdir()")/vscode-ripgrep-cache-$RIPGREP_CACHE_VERSION"
if [[ ! -s "$cache_dir/$RIPGREP_ARCHIVE" ]]; then
  echo "test-host setup: seeding the ripgrep cache in $cache_dir from /usr/bin/rg"
  mkdir -p "$cache_dir"
  tar czf "$cache_dir/$RIPGREP_ARCHIVE.tmp" -C /usr/bin rg
  mv "$cache_dir/$RIPGREP_ARCHIVE.tmp" "$cache_dir/$RIPGREP_ARCHIVE"
fi

# 3. code-server and playwright-core into .test-host/node_modules (exact versions). The stamp
#    is written only after a successful install, so a half-finished install is redone.
want="code-server@$CODE_SERVER_VERSION playwright-core@$PLAYWRIGHT_VERSION"
have_version() { # <package> -> its installed version, or nothing
  node -e 'try { process.stdout.write(require(process.argv[1]).version) } catch {}' \
    "$PWD/.test-host/node_modules/$1/package.json"
}
stamp=.test-host/.installed
if [[ "$(cat "$stamp" 2>/dev/null)" != "$want" \
   || "$(have_version code-server)" != "$CODE_SERVER_VERSION" \
   || "$(have_version playwright-core)" != "$PLAYWRIGHT_VERSION" \
   || ! -x .test-host/node_modules/.bin/code-server ]]; then
  echo "test-host setup: npm install $want into .test-host/"
  mkdir -p .test-host
  rm -f "$stamp"
  [[ -f .test-host/package.json ]] ||
    printf '{\n  "name": "client-ledger-test-host",\n  "private": true\n}\n' > .test-host/package.json
  quietly env npm_config_unsafe_perm=true npm_config_yes=true \
    npm install --prefix .test-host --save-exact --no-audit --no-fund --loglevel=error \
      "code-server@$CODE_SERVER_VERSION" "playwright-core@$PLAYWRIGHT_VERSION"
  echo "$want" > "$stamp"
fi
