import fs from 'node:fs/promises';
import { CliError } from './cli-error';

/** A JSON file's contents, or a CliError saying plainly why not; `what` names what the file should be ("a Mend export file"). */
export async function readJsonFile(file: string, what: string): Promise<unknown> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(code === 'ENOENT' ? `There is no file ${file}.` : `Could not read ${file} (${code ?? 'unknown error'}).`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new CliError(`${file} is not ${what}: it is not valid JSON (${(error as Error).message}).`);
  }
}
