// Derives a browser-only variant of the packaged extension, for the real-VS-Code web test
// (scripts/e2e/run.mjs): the same evident.vsix with its manifest's `main` (and `bin`) removed,
// the Node bundles (dist/extension.js, dist/server.js, dist/cli.js) dropped and `extensionKind`
// set to ["ui"]. VS Code's rules (extensionManifestPropertiesService.getExtensionKind and the
// browser's running-location picker) then give it the kinds ["ui", "web"] in a browser workbench,
// so a copy installed on the VS Code server is run in the browser's web-worker extension host, as
// in Codespaces; with no Node entry left it cannot fall back to the server's Node host.
import { readFileSync, writeFileSync } from 'node:fs';
import JSZip from 'jszip';

const NODE_BUNDLES = ['extension/dist/extension.js', 'extension/dist/server.js', 'extension/dist/cli.js'];

/** Writes the browser-only variant of `vsixPath` to `outPath`; returns the manifest it installed. */
export async function writeWebOnlyVsix(vsixPath, outPath) {
  const zip = await JSZip.loadAsync(readFileSync(vsixPath));
  const manifestFile = zip.file('extension/package.json');
  if (!manifestFile) throw new Error(`${vsixPath} has no extension/package.json`);
  const manifest = JSON.parse(await manifestFile.async('string'));
  if (!manifest.browser) throw new Error(`${vsixPath} has no browser entry`);
  delete manifest.main;
  delete manifest.bin;
  manifest.extensionKind = ['ui'];
  zip.file('extension/package.json', `${JSON.stringify(manifest, null, 2)}\n`);
  for (const name of Object.keys(zip.files)) {
    if (NODE_BUNDLES.includes(name) || NODE_BUNDLES.some((bundle) => name === `${bundle}.map`)) zip.remove(name);
  }
  const vsixManifest = await zip.file('extension.vsixmanifest').async('string');
  zip.file(
    'extension.vsixmanifest',
    vsixManifest.replace(/(Id="Microsoft\.VisualStudio\.Code\.ExtensionKind" Value=")[^"]*"/, '$1ui,web"'),
  );
  writeFileSync(outPath, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return manifest;
}
