// Evident language server entry: `node dist/server.js --stdio` or `--node-ipc` (chosen from argv).
// Installed as `evident-language-server`, it speaks over stdio unless told otherwise, as editors
// other than VS Code expect (Neovim, Helix, Emacs eglot, Zed).
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './lsp/server';
import { nodePlatform } from './node/platform';

const TRANSPORTS = ['--stdio', '--node-ipc', '--socket', '--pipe'];
if (!process.argv.some((arg) => TRANSPORTS.some((transport) => arg === transport || arg.startsWith(`${transport}=`))))
  process.argv.push('--stdio');

startServer(createConnection(ProposedFeatures.all), nodePlatform());
