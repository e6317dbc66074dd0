/** Writing to stdout with back-pressure, so streaming commands keep constant memory. */
import { once } from 'node:events';

export async function writeLine(line: string): Promise<void> {
  if (!process.stdout.write(`${line}\n`)) await once(process.stdout, 'drain');
}
