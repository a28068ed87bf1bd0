/**
 * Seeded generator of a synthetic project tree (shared by the rewrite fuzz test and the monorepo
 * benchmark): realistic-size TS/JS/JSON/Markdown/shell files, a given share of which use the V1 Remove
 * Background API in the codemod's patterns; the rest is unrelated code, including near-miss decoys (other
 * Adobe endpoints, other /sensei/<name> services, user functions named createCutout, Photoshop `_links`).
 */
export interface CorpusFile {
  path: string;
  content: string;
  /** Whether the file was generated with V1 usage. */
  v1: boolean;
}

export function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = [
  'user',
  'order',
  'image',
  'asset',
  'cache',
  'queue',
  'report',
  'upload',
  'token',
  'batch',
  'render',
  'thumb',
  'price',
  'cart',
  'media',
  'event',
];

export function generateCorpus(options: {
  seed: number;
  files: number;
  v1Share: number;
  fillerLines?: [number, number];
}): CorpusFile[] {
  const rand = createRandom(options.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const ident = () => `${pick(WORDS)}${pick(WORDS)[0]!.toUpperCase()}${pick(WORDS).slice(1)}${int(0, 99)}`;
  const [minLines, maxLines] = options.fillerLines ?? [40, 220];
  const files: CorpusFile[] = [];

  const filler = (lines: number, ts: boolean): string => {
    let out = '';
    while (out.split('\n').length < lines) {
      const name = ident();
      switch (int(0, 5)) {
        case 0:
          out += `/**\n * Computes the ${pick(WORDS)} ${pick(WORDS)} for a ${pick(WORDS)}.\n */\nexport function ${name}(a${ts ? ': number' : ''}, b${ts ? ': number' : ''})${ts ? ': number' : ''} {\n  const total = a * ${int(2, 9)} + b;\n  return total > ${int(10, 999)} ? total - a : total + b;\n}\n\n`;
          break;
        case 1:
          out += ts
            ? `export interface ${name[0]!.toUpperCase()}${name.slice(1)} {\n  id: string;\n  ${pick(WORDS)}Count: number;\n  ${pick(WORDS)}Tags?: string[];\n}\n\n`
            : `export const ${name} = { id: '${name}', size: ${int(1, 5000)}, tags: ['${pick(WORDS)}', '${pick(WORDS)}'] };\n\n`;
          break;
        case 2:
          out += `export async function load${name}(client${ts ? ': { get(url: string): Promise<unknown> }' : ''}) {\n  const res = await client.get('/api/${pick(WORDS)}/${int(1, 99)}');\n  return res;\n}\n\n`;
          break;
        case 3:
          out += `const ${name} = [${Array.from({ length: int(3, 8) }, () => int(0, 1000)).join(', ')}];\nexport const ${name}Sum = ${name}.reduce((s, n) => s + n, 0);\n\n`;
          break;
        case 4:
          out += `export class ${name[0]!.toUpperCase()}${name.slice(1)}Service {\n  ${ts ? 'private items: string[]' : 'items'} = [];\n  add(item${ts ? ': string' : ''}) {\n    this.items.push(item);\n    return this.items.length;\n  }\n}\n\n`;
          break;
        default:
          out += `// ${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)}: keep in sync with the ${pick(WORDS)} module\nexport const ${name.toUpperCase()} = '${pick(WORDS)}-${int(1, 9999)}';\n\n`;
      }
    }
    return out;
  };

  const decoy = (ts: boolean): string =>
    pick([
      `export const PSD_TEXT = 'https://image.adobe.io/pie/psdService/text';\n`,
      `export const AUTO_CROP = 'https://image.adobe.io/sensei/autoCrop';\n`,
      `export function createCutout(a${ts ? ': string' : ''}) {\n  return a.trim();\n}\n`,
      `export async function pollPsd(job${ts ? ': any' : ''}) {\n  return fetch(job._links.self.href);\n}\n`,
      `export const V2_URL = 'https://image.adobe.io/v2/remove-background';\n`,
    ]);

  const v1Code = (ts: boolean, n: number): string => {
    const endpoint = pick(['cutout', 'mask']);
    const typed = (t: string) => (ts ? `: ${t}` : '');
    switch (n % 5) {
      case 0:
        return `export async function removeBg${n}(token${typed('string')}, inputUrl${typed('string')}, outputUrl${typed('string')}) {\n  const res = await fetch('https://image.adobe.io/sensei/${endpoint}', {\n    method: 'POST',\n    headers: { Authorization: \`Bearer \${token}\`, 'Content-Type': 'application/json' },\n    body: JSON.stringify({\n      input: { href: inputUrl, storage: 'external' },\n      output: { href: outputUrl, storage: 'external' },\n    }),\n  });\n  const job = await res.json();\n  return job._links.self.href;\n}\n`;
      case 1:
        return `import axios from 'axios';\n\nexport async function mask${n}(inputUrl${typed('string')}, outputUrl${typed('string')}) {\n  const { data } = await axios.post('https://image.adobe.io/sensei/${endpoint}', {\n    input: { href: inputUrl, storage: 'external' },\n    output: { href: outputUrl, storage: 'external', mask: { format: 'soft' } },\n  });\n  return data;\n}\n`;
      case 2:
        return `const BASE = 'https://image.adobe.io';\n\nexport function statusUrl${n}(jobId${typed('string')}) {\n  return \`\${BASE}/sensei/status/\${jobId}\`;\n}\n`;
      case 3:
        return `const API = 'https://image.adobe.io';\nexport const ENDPOINT_${n} = API + '/sensei/${endpoint}';\n\nexport async function post${n}(body${typed('unknown')}) {\n  return fetch(ENDPOINT_${n}, { method: 'POST', body: JSON.stringify(body) });\n}\n`;
      default:
        return `export const CUTOUT_URL_${n} = 'https://image.adobe.io/sensei/${endpoint}';\n`;
    }
  };

  for (let i = 0; i < options.files; i++) {
    const v1 = rand() < options.v1Share;
    const dir = `packages/pkg-${i % 60}/src/${['lib', 'api', 'components', 'utils', 'models'][int(0, 4)]}`;
    const kind = pick(['ts', 'ts', 'ts', 'tsx', 'js', 'js', 'mjs', 'json', 'md', 'sh']);
    const lines = int(minLines, maxLines);
    let content: string;
    if (kind === 'json') {
      const data: Record<string, unknown> = {
        name: `${pick(WORDS)}-${i}`,
        version: `1.${int(0, 9)}.${int(0, 9)}`,
        items: Array.from({ length: Math.floor(lines / 4) }, (_, k) => ({
          id: k,
          label: ident(),
          size: int(0, 9999),
        })),
      };
      if (v1)
        data.request = {
          url: `https://image.adobe.io/sensei/${pick(['cutout', 'mask'])}`,
          body: {
            input: { href: 'https://bucket.s3.amazonaws.com/in.jpg', storage: 'external' },
            output: { href: 'https://bucket.s3.amazonaws.com/out.png', storage: 'external' },
          },
        };
      content = `${JSON.stringify(data, null, 2)}\n`;
    } else if (kind === 'md') {
      const para = () =>
        `The ${pick(WORDS)} ${pick(WORDS)} handles ${pick(WORDS)} requests for the ${pick(WORDS)} service.\n\n`;
      content = `# ${ident()}\n\n${Array.from({ length: Math.floor(lines / 3) }, para).join('')}`;
      if (v1)
        content +=
          '```bash\ncurl -X POST https://image.adobe.io/sensei/cutout \\\n  -H "Authorization: Bearer $TOKEN" \\\n  -d \'{"input":{"href":"https://b.s3.amazonaws.com/i.jpg","storage":"external"},"output":{"href":"https://b.s3.amazonaws.com/o.png","storage":"external"}}\'\n```\n';
    } else if (kind === 'sh') {
      content = `#!/bin/sh\nset -eu\n${Array.from({ length: Math.floor(lines / 4) }, () => `echo "${pick(WORDS)} ${int(0, 99)}"\n`).join('')}`;
      if (v1) content += `curl -s https://image.adobe.io/sensei/status/"$JOB_ID"\n`;
    } else {
      const ts = kind === 'ts' || kind === 'tsx';
      const body = filler(lines, ts);
      const cut = int(0, body.length);
      const at = body.indexOf('\n\n', cut);
      const split = at === -1 ? body.length : at + 2;
      const insert = v1 ? v1Code(ts, i) : rand() < 0.2 ? decoy(ts) : '';
      content = body.slice(0, split) + insert + body.slice(split);
    }
    files.push({ path: `${dir}/file${i}.${kind}`, content, v1 });
  }
  return files;
}
