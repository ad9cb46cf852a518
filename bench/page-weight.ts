/**
 * Page weight: what the home screen loads — the built index.html and every script, module
 * preload and stylesheet it references — raw and gzipped (node:zlib, default level).
 *
 *   npm run build && npm run bench:web
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const DIST = fileURLToPath(new URL('../packages/web/dist/', import.meta.url));
const INDEX = path.join(DIST, 'index.html');

interface Row {
  file: string;
  raw: number;
  gzip: number;
}

/** Same-origin script src and link href values that point at .js or .css files. */
function referencedAssets(html: string): string[] {
  const found = new Set<string>();
  for (const tag of html.matchAll(/<(?:script|link)\b[^>]*>/gi)) {
    const url = /\b(?:src|href)\s*=\s*["']([^"']+)["']/i.exec(tag[0])?.[1];
    if (url && /^\/?[^:]*\.(?:js|css)(?:\?.*)?$/i.test(url)) found.add(url.replace(/[?#].*$/, ''));
  }
  return [...found];
}

async function measure(file: string, label: string): Promise<Row> {
  const bytes = await readFile(file);
  return { file: label, raw: bytes.length, gzip: gzipSync(bytes).length };
}

const kib = (bytes: number): string => (bytes / 1024).toFixed(1);

async function main(): Promise<void> {
  if (!existsSync(INDEX)) throw new Error(`No ${INDEX}: run "npm run build" first.`);
  const html = await readFile(INDEX, 'utf8');
  const rows = [await measure(INDEX, 'index.html')];
  for (const url of referencedAssets(html)) rows.push(await measure(path.join(DIST, url.replace(/^\//, '')), url));
  const total = rows.reduce((sum, row) => ({ file: '**total**', raw: sum.raw + row.raw, gzip: sum.gzip + row.gzip }), { file: '', raw: 0, gzip: 0 });

  console.log('| file | raw KiB | gzip KiB |');
  console.log('|---|---:|---:|');
  for (const row of [...rows, total]) console.log(`| ${row.file} | ${kib(row.raw)} | ${kib(row.gzip)} |`);
}

await main();
