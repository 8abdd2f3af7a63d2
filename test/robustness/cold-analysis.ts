// Child process for the fuzz test: analyses each input with a cold sentence cache (a fresh
// process) and prints the analyses as JSON. stdin: [{ text, languageId, settings }].
import { analyzeDocument } from '../../server/src/engine';

const chunks: Buffer[] = [];
process.stdin.on('data', (chunk: Buffer) => chunks.push(chunk));
process.stdin.on('end', () => {
  const inputs = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { text: string; languageId: string; settings: object }[];
  process.stdout.write(
    JSON.stringify(inputs.map((input) => analyzeDocument(input.text, { languageId: input.languageId, settings: input.settings }))),
  );
});
