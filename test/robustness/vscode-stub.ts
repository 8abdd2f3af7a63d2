// A stand-in for the `vscode` module, enough to run the bundled extension (dist/extension.js) and
// vscode-languageclient in plain Node. What the tests look at is real and recorded (messages,
// output-channel errors); everything else is an inert auto-stub that swallows calls.
import Module from 'node:module';
import { join } from 'node:path';

export interface VscodeStub {
  module: Record<string, unknown>;
  shown: { kind: 'error' | 'warning' | 'information'; message: string }[];
  outputErrors: string[];
  /** How often a hover provider was registered: once each time a client finished initialising with a server. */
  hoverRegistrations: number;
}

/** A callable, constructible object whose every property is another such object; inert, never a thenable. */
function inert(name: string): unknown {
  const children = new Map<PropertyKey, unknown>();
  const target = function () {} as unknown as Record<PropertyKey, unknown>;
  return new Proxy(target, {
    get(_, property) {
      if (property === 'then') return undefined; // not a promise
      if (property === Symbol.toPrimitive) return () => `[vscode stub ${name}]`;
      if (property === Symbol.iterator) return undefined;
      if (!children.has(property)) children.set(property, inert(`${name}.${String(property)}`));
      return children.get(property);
    },
    set(_, property, value) {
      children.set(property, value);
      return true;
    },
    apply: () => inert(`${name}()`),
    construct: () => inert(`new ${name}`) as object,
  });
}

/** An object with the given real members; any other member is inert. */
function partial(name: string, members: Record<string, unknown>): Record<string, unknown> {
  const rest = inert(name) as Record<string, unknown>;
  // The prototype matters too: esbuild's ESM interop copies own keys onto an object whose prototype is the module's.
  return new Proxy(members, {
    get: (target, property) => (property in target ? target[property as string] : rest[property as string]),
    getPrototypeOf: () => rest,
  });
}

class EventEmitter<T> {
  private listeners: ((value: T) => void)[] = [];
  event = (listener: (value: T) => void) => {
    this.listeners.push(listener);
    return { dispose: () => (this.listeners = this.listeners.filter((l) => l !== listener)) };
  };
  fire(value: T): void {
    for (const listener of [...this.listeners]) listener(value);
  }
  dispose(): void {
    this.listeners = [];
  }
}

class Disposable {
  static from(...items: { dispose(): unknown }[]): Disposable {
    return new Disposable(() => items.forEach((item) => item.dispose()));
  }
  constructor(private readonly onDispose: () => unknown) {}
  dispose(): void {
    this.onDispose();
  }
}

const noEvent = () => ({ dispose() {} });

export function createVscodeStub(): VscodeStub {
  const shown: VscodeStub['shown'] = [];
  const outputErrors: string[] = [];
  const show = (kind: VscodeStub['shown'][number]['kind']) => (message: string) => {
    shown.push({ kind, message });
    return Promise.resolve(undefined);
  };
  const uri = (fsPath: string) => ({ fsPath, path: fsPath, scheme: 'file', toString: () => `file://${fsPath}` });
  const configuration = {
    get: (_key: string, fallback?: unknown) => fallback,
    has: () => false,
    inspect: () => undefined,
    update: () => Promise.resolve(),
  };

  const stub: VscodeStub = { module: {}, shown, outputErrors, hoverRegistrations: 0 };
  const module: Record<string, unknown> = {
    version: '1.95.0',
    EventEmitter,
    Disposable,
    Uri: partial('Uri', {
      joinPath: (base: { fsPath: string }, ...parts: string[]) => uri(join(base.fsPath, ...parts)),
      file: uri,
      parse: (value: string) => uri(value.replace(/^file:\/\//, '')),
    }),
    env: partial('env', { appName: 'Visual Studio Code (stub)', language: 'en', machineId: 'stub', sessionId: 'stub', uiKind: 1 }),
    window: partial('window', {
      showErrorMessage: show('error'),
      showWarningMessage: show('warning'),
      showInformationMessage: show('information'),
      activeTextEditor: undefined,
      visibleTextEditors: [],
      tabGroups: partial('tabGroups', { all: [], onDidChangeTabs: noEvent, onDidChangeTabGroups: noEvent }),
      createOutputChannel: (name: string) =>
        partial(`outputChannel ${name}`, {
          name,
          error: (message: string) => outputErrors.push(message),
          onDidChangeLogLevel: noEvent,
          logLevel: 2,
        }),
    }),
    languages: partial('languages', {
      registerHoverProvider: () => {
        stub.hoverRegistrations++;
        return { dispose() {} };
      },
    }),
    workspace: partial('workspace', {
      textDocuments: [],
      notebookDocuments: [],
      workspaceFolders: undefined,
      getConfiguration: () => configuration,
      onDidChangeConfiguration: noEvent,
    }),
  };
  stub.module = partial('vscode', module);
  return stub;
}

/** Makes `require('vscode')` return `stub` for everything loaded afterwards; returns the undo. */
export function installVscodeStub(stub: VscodeStub): () => void {
  const loader = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
  const original = loader._load;
  loader._load = function (request: string, ...rest: unknown[]) {
    return request === 'vscode' ? stub.module : original.call(this, request, ...rest);
  };
  return () => {
    loader._load = original;
  };
}
