// Evident language server entry: `node dist/server.js --stdio` or `--node-ipc` (chosen from argv).
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './lsp/server';

startServer(createConnection(ProposedFeatures.all));
