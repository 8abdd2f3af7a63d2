// Evident for desktop VS Code: the language server runs as a Node process over IPC.
import type * as vscode from 'vscode';
import { activateEvident, deactivateEvident } from './activate';
import { createLanguageClient } from './languageClient';

export function activate(context: vscode.ExtensionContext): Promise<void> {
  return activateEvident(context, createLanguageClient);
}

export function deactivate(): Thenable<void> | undefined {
  return deactivateEvident();
}
