/**
 * Generates docs/TRANSFORMATIONS.md from the codemod fixtures (__testfixtures__/<feature>/<variant>.input|output.<ext>):
 * every supported pattern with its before/after as a unified diff, and the negative cases. A test fails when
 * the committed file is stale.
 *
 *   npx tsx scripts/generate-transformations.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createTwoFilesPatch } from 'diff';
import { RULES, formatTodoMarker } from 'rb-migrate-runtime/mapping';
import { listFixturePairs, type FixturePair } from '../test/codemod/fixture-pairs.ts';

const ROOT = join(import.meta.dirname, '..');
export const TRANSFORMATIONS_PATH = join(ROOT, 'docs', 'TRANSFORMATIONS.md');

/** The RB2xx reasons the HTTP-call codemod raises (the SDK planner's RB208/RB210–RB212 are documented with it). */
const CODEMOD_CODES = [
  'RB201',
  'RB202',
  'RB203',
  'RB204',
  'RB205',
  'RB206',
  'RB207',
  'RB209',
  'RB213',
  'RB214',
  'RB215',
  'RB216',
  'RB217',
  'RB219',
  'RB220',
  'RB221',
  'RB222',
  'RB223',
  'RB224',
];

/** Section order, titles and what each feature directory demonstrates (issue patterns in brackets). */
const FEATURES: Record<string, { title: string; text: string }> = {
  'not-a-site': {
    title: 'Strings that are not requests [10]',
    text: 'A V1 path in a test title (`it`, `test`, `describe`, with `.only`/`.skip`/`.each`), a logging call (`console.*`, `logger.*`) or an error message (`new Error(…)`) is not a request: rewrite leaves it and check reports it at info level (RB310). A string holding a whole V1 example (a URL written with its V1 body or V1 response, as docs data carries them) is not a request either: it stays V1 and check reports it (RB311).',
  },
  'endpoint-literal': {
    title: 'Full V1 URLs in any HTTP client [1]',
    text: 'fetch, node-fetch, axios (post, instances, config object), ky, got, undici, superagent and project wrappers: the URL literal gets the V2 path, the body becomes the V2 request (mode from the endpoint), `_links.self.href` on the response becomes `statusUrl`. Quotes, indentation (tabs), line endings (CRLF) of the file are kept.',
  },
  'relative-path': {
    title: 'Relative paths on a configured client or helper [2]',
    text: "`'/sensei/cutout'` and `'sensei/mask'` (base ending in `/`) passed to a client with a base URL or to a local helper.",
  },
  'template-concat': {
    title: 'Templates, concatenations and module constants [3]',
    text: 'The V1 piece of a template or concatenation is rewritten in place; a module constant is rewritten at its declaration once every request made with it has a rewritable body. A constant whose body cannot be found stays V1 with a TODO.',
  },
  'project-cross-file': {
    title: 'Constants imported from another module (project run) [3]',
    text: "The project's exported constants are folded on the syntax tree (one evaluator for every face: imports, re-exports through barrels, `export default`, CommonJS), so an imported `CUTOUT_URL` is known to be V1: the constant is rewritten in the module that writes its path, the bodies posted to it in the importing module, together or not at all (one key per URL, however it is imported). A V1 URL assembled in a module that does not write the V1 path (`${HOST}${PATH}` of two imported constants) stays unresolved (RB202).",
  },
  'project-commonjs': {
    title: 'CommonJS modules across files (project run) [3]',
    text: "`module.exports = { CUTOUT_URL }`, `module.exports.MASK_URL = …` and `const { CUTOUT_URL } = require('./config')` are resolved like ES modules.",
  },
  unresolved: {
    title: 'Imported constants in a single-file run [3]',
    text: 'Without a project context the value of an imported constant is unknown: a V1-shaped body posted to it gets an RB202 TODO.',
  },
  'sensei-base': {
    title: 'A base that already ends in /sensei [4]',
    text: 'Rewritten only when every use of the base appends a V1 leaf (`/cutout`, `/mask`, `/status/`); a base shared with other `/sensei/<name>` services gets an RB203 TODO.',
  },
  'status-url': {
    title: 'Status URLs [5]',
    text: '`…/sensei/status/` + id → `…/v2/status/` + id (status values are the same in V2 [13]).',
  },
  'payload-variable': {
    title: 'Payloads in variables, stringified and mutated [7]',
    text: 'A body held in a variable (also `let body = {…}; body = JSON.stringify(body)`, or inside a fetch options object) is rewritten at its declaration; later assignments to mapped fields follow the mapping (`body.input.href = x` → `body.image.source.url = x`) or are replaced by their TODO (`body.output.href = y`).',
  },
  'payload-shorthand': {
    title: 'Shorthand properties and helper-built payloads [8]',
    text: '`{ input, output }` with constants holding `{ href, storage }` objects: moved values are read through the variable (`input.href`). A body returned by a local helper is rewritten inside the helper.',
  },
  'dynamic-values': {
    title: 'Dynamic values move verbatim, comments travel [9]',
    text: 'Identifiers, member expressions, calls, templates and `??` defaults are copied as written to their V2 position; comments on moved properties move with them.',
  },
  todos: {
    title: 'Coded TODOs for everything V2 cannot do [11]',
    text: 'Every warning or error the translator raises for a payload (output destination, Creative Cloud storage, binary masks, rgb cutouts, JPEG cutouts, hosts off the allowlist, unknown fields) becomes a marker above the statement, with the code, message and hint from the rule catalogue.',
  },
  unmappable: {
    title: 'What cannot be mapped statically is translated where it is sent [10]',
    text: 'Conditional spreads, computed keys, bodies built in loops or received as parameters, and values that decide the V2 request but are unknown (a storage from a helper): the body is wrapped where it is sent in `toV2Request(body, { endpoint })` from rb-migrate-runtime/translate, with RB264 and RB110 at the site (see "Bodies built at run time"). Left unchanged with RB201/RB207 only where the sent value cannot be wrapped (fetch options the codemod cannot see into, an already serialised string) or a V1 request that stays sends the same body.',
  },
  'runtime-body': {
    title: 'Bodies built at run time',
    text: "A V1 body cloned (`structuredClone(tpl)`, `Object.assign({}, tpl, x)`), spread conditionally, returned by a builder function or method (`this.#body(...)`), or held in a variable also used for something else (shown in the UI) is translated where it is sent: `JSON.stringify(toV2Request(body, { endpoint: 'cutout' }))`, one import per file (ESM or require, as the file does). The URL and the response reads migrate with it (all or nothing). At run time `toV2Request` refuses a Creative Cloud output and logs every other loss (`rb-migrate RB1xx (error|warning): …`, URLs without their query string), as the compatibility layer does; `strict: true` refuses any loss. RB264 at the site says the body is known only at run time; RB110 that V2 does not upload to `output.href`.",
  },
  responses: {
    title: 'Responses [12] [13]',
    text: "`x._links.self.href` (also `x['_links']['self']['href']`, `x._links?.self?.href`, through `.then`, `await res.json()`, axios `data`, superagent `body`, destructuring and local helpers) → `x.statusUrl` when `x` flows from a rewritten call. Reads that do not (generic pollers shared with other Photoshop APIs) are kept and reported (RB204); reading the V1 echoed `output.href` from a status body is reported (RB205).",
  },
  jsx: {
    title: 'JSX and TSX components',
    text: 'The same rewrites inside React components and hooks (.jsx with Babel + JSX, .tsx with the TSX parser).',
  },
  'sdk-aio': {
    title: 'V1 SDK: @adobe/aio-lib-photoshop-api',
    text: '`createCutout`/`createMask` on an aio-lib client become `client.runV1(…)` on the rb-migrate runtime client, which keeps V1 semantics (uploads to the old destination, returns a V1-shaped job). Planned by src/analyze/sdk.',
  },
  'sdk-photoshop': {
    title: 'V1 SDK: @adobe/photoshop-apis',
    text: '`removeBackground`/`createMask` on a `PhotoshopClient` (which still posts to /sensei/*) become runtime client calls.',
  },
  'sdk-project': {
    title: 'V1 SDK clients shared across modules',
    text: 'Clients and client factories exported by project modules (or SDK re-exports) are followed into the modules that use them.',
  },
  'sdk-collisions': {
    title: 'Same names, not the SDK',
    text: 'Functions and classes of your own (or of other SDKs) named like the V1 SDK ones are left alone.',
  },
  'shell-workflow': {
    title: 'Migrating a shell workflow',
    text: "The Remove Background → Photoshop Actions script of Adobe's Remove Background page, in rb-migrate's own S3 and Creative Cloud versions (the test runs both before and after rewrite against the emulator, with real bash, curl and jq). The endpoint variable, the curl body (translated by `toV2`, splices kept), the headers and the `jq` read of the Remove Background response move to V2 together; `._links.self.href` on the Photoshop response is left alone. V1 wrote the intermediate result to `intermediate_output_put_url`, which the next call reads as `intermediate_output_get_url` (one location, also when a `$` was forgotten): after the poll loop the script now reads the V2 result URL (`.result.outputs[0].destination.url`) into that variable. In the Creative Cloud version the next call's `storage` becomes `external` and an RB233 trace says the intermediate file is no longer kept in Creative Cloud. The Photoshop API v1 call itself is out of scope: an info trace (RB234) says so.",
  },
  shell: {
    title: 'Shell scripts and Markdown curl examples',
    text: "One analysis (src/analyze/shell) decides every curl request to a V1 endpoint, and both `rewrite` and `check` read it. URL, body (`-d`, `--data`, `--data-raw`, `--data-binary`, `--data=…`, double-quoted, here-documents; shell variables kept where they fill `input.href`/`output.href`), headers (`x-gw-ims-org-id` dropped, `Content-Type` added) and the jq read of the response change together, or the request is left V1 with a trace in the file's own comment syntax (`# rb-migrate RB230: …`, `<!-- rb-migrate RB230: … -->` above a Markdown block): a splice that decides the V2 request, an unknown field, a body read from a file, an endpoint variable shared with such a request (RB231), a V1 status URL (RB235). Where nothing reads the output back and the script polls, the V2 result is copied to the old `output.href` with curl (with the storage's upload protocol); otherwise the translator's RB110 note is the trace. A chained call with no poll to read the result URL from gets RB232. In Markdown, a V1 example beside its V2 counterpart (same section, labelled V1/V2 or followed by the V2 block) and V1 URLs in prose about V1 or the migration are intentional mentions (RB321/RB322, info), never rewritten.",
  },
  'markdown-js': {
    title: 'Markdown JS/TS code blocks',
    text: "Code blocks whose fence says `js`, `javascript`, `jsx`, `mjs`, `cjs`, `node`, `ts`, `typescript` or `tsx` go through the JS engine, each block as a source of its own (closed world per block: a snippet shares nothing with the rest of the page). Its URL, body and response reads change together or not at all, SDK snippets (`client.createCutout(...)` on a client the block creates) move to the rb-migrate runtime client as in a file, and the traces are `// rb-migrate RBxxx: …` comments inside the fence. A block inside a list item is dedented by its fence's indentation and indented back. A block that does not parse (`...` elisions) is left untouched and reported with RB250 by both commands. A V1 block whose heading or label says V1 and that sits beside its V2 counterpart is a comparison: never rewritten, reported as RB321 (info).",
  },
  negative: {
    title: 'Must not change [14]',
    text: 'Other Adobe endpoints, other `/sensei/<name>` paths, V2 code, code that already mixes V1 and V2 correctly, URLs in comments, functions of your own named `createCutout`/`createMask`, `.d.ts`, minified and generated files: output identical to input.',
  },
};

function section(pairs: (FixturePair & { output: string })[]): string {
  const out: string[] = [];
  for (const pair of pairs) {
    out.push(`### ${pair.variant} (\`.${pair.ext}\`)`, '');
    if (pair.input === pair.output) {
      out.push(
        'Unchanged:',
        '',
        '```' + lang(pair.ext),
        pair.input.replace(/\r\n/g, '\n').trimEnd().slice(0, 1200),
        '```',
        '',
      );
      continue;
    }
    const patch = createTwoFilesPatch(
      `${pair.variant}.input.${pair.ext}`,
      `${pair.variant}.output.${pair.ext}`,
      pair.input.replace(/\r\n/g, '\n'),
      pair.output.replace(/\r\n/g, '\n'),
      undefined,
      undefined,
      { context: 2 },
    );
    const body = patch.split('\n').slice(3).join('\n').trimEnd();
    const fence = body.includes('```') ? '````' : '```';
    out.push(`${fence}diff`, body, fence, '');
  }
  return out.join('\n');
}

function lang(ext: string): string {
  if (ext === 'sh') return 'sh';
  if (ext === 'md') return 'md';
  return /ts/.test(ext) ? 'ts' : 'js';
}

/** The whole document. */
export function renderTransformations(): string {
  const pairs = listFixturePairs().filter(
    (p): p is FixturePair & { output: string } => p.output !== undefined,
  );
  const features = [...new Set(pairs.map((p) => p.feature))].sort(
    (a, b) => order(a) - order(b) || a.localeCompare(b),
  );
  const lines: string[] = [
    '# Codemod transformations',
    '',
    '<!-- Generated by scripts/generate-transformations.ts from __testfixtures__; do not edit. -->',
    '',
    `Generated from the ${pairs.length} fixture pairs the codemod is tested on (output equal, idempotent, only edited bytes changed). Numbers in brackets refer to the patterns of the codemod issue.`,
    '',
    'Where a safe rewrite is impossible the codemod leaves the code as it is and writes a coded TODO on its own line above the statement:',
    '',
    '```js',
    formatTodoMarker('RB110', '<message>. <what to do>'),
    '```',
    '',
    '`rb-migrate check` fails while markers remain. Codes the codemod itself raises:',
    '',
    '| Code | Name | Message |',
    '|---|---|---|',
    ...RULES.filter((r) => CODEMOD_CODES.includes(r.code)).map(
      (r) => `| ${r.code} | ${r.name} | ${r.message.replace(/\|/g, '\\|')} |`,
    ),
    '',
    'RB1xx markers carry the translator diagnostics of the mapping (see docs/mapping.md).',
    '',
    '## One analysis, closed world',
    '',
    '`rb-migrate check` and `rb-migrate rewrite` run the same analysis (src/analyze): every V1 site (endpoint, body, response read, SDK call or client, config value, URL in text) gets one decision, *migrate*, *migrate with a recorded loss* (coded TODOs) or *leave* (a reason code). `rewrite` applies the decisions; `check` reports migrated sites as fixable and every site left V1 with its reason code, plus what no site covers (leftover markers, V1 URLs in other languages and in comments). The files check calls fixable are the files rewrite changes (tested on every fixture and acceptance project).',
    '',
    'A value other code shares changes only when every user of it is known and migrated in the same run; otherwise it stays V1 and each user gets a coded TODO:',
    '',
    '- an exported SDK client or factory used elsewhere for other Photoshop API methods stays V1: RB213 at the export and at each Remove Background call (under plain jscodeshift, which sees one file, an exported client gets RB219);',
    '- a call on a client known only by its type (`client: PhotoshopClient` parameter, constructor parameter property or class field) migrates in TypeScript projects when the type-aware analysis (one ts-morph Project per run) sees every client that reaches it: each caller or assignment (`cut(client)`, `new Masks(client)`, `jobs.client = client`, `this.client = new PhotoshopClient(…)` in `init()`) hands over a client created in the project and used only for Remove Background or handed on along typed parameters (`run(client)` → `cut(c)` → `doCut(x)`, across files), in files where nothing else of the SDK escapes; the creations, the calls and the types (`RemoveBackgroundClient`) change together. Otherwise (one caller of another origin is enough, and plain jscodeshift sees one file) it stays V1 with RB214; so does a call on a field another module stores a client in, in JavaScript too (`jobs.client = await psApiLib.init(…)` on `new Jobs()`, then `this.client.createCutout(…)` in the class), which syntax alone would not see as an SDK call;',
    "- a V1 URL in a JSON config that code reads (`require('./config.json')`, or a literal naming it: `readFileSync(join(__dirname, 'config.json'))`) stays V1 (check: RB309), and the code reading it gets RB215: the URL and the body it is sent with change together;",
    "- a request whose job response is handed to an exported function of another module that reads `_links.self.href` (a shared poller), or that is sent through one that reads the link of the response it gets itself (a wrapper `callApi(path, body)`, also when it reads `(await r.json())._links.self.href` inline, or a method of an exported class or instance that keeps the response on a field: `this.job._links.self.href`, called on `new JobClient()` or on an exported `jobs`), stays V1 with RB216, and the wrapper's read gets RB217;",
    '- an OpenAPI/Swagger path key (`"/sensei/cutout"`) is renamed only when no key of the same object would be duplicated (the V2 key exists, or `/sensei/cutout` and `/sensei/mask` both map to `/v2/remove-background`): otherwise every colliding V1 key stays V1 with its whole operation (RB223), since a JSON object keeps only one of two equal keys; a path whose operation declares a V1 schema (`properties` with `input`/`output` or `_links`) stays V1 with its operation too (RB224): the path and its schemas change together or not at all;',
    '- a JSON document whose strings hold whole V1 examples (a URL written with its V1 body, or a V1 response with `_links`, as apidoc data carries them) stays V1 as a whole (check: RB311, at each example\'s line), never half-translated; apidoc\'s `api_data.js` (`define({ "api": [...] })`) is that JSON document and is treated exactly like its `api_data.json` twin; so does a document with a V1 URL under a `_links` key (a V1 response example, or the `example` of a JSON schema describing one);',
    '- a minified or generated file that uses V1 is never rewritten: both commands report it with RB330 (migrate its source and rebuild);',
    "- a Postman collection whose V1 requests go to another host than Adobe's (`{{proxy}}/sensei/cutout`) while a JS/TS server of the project serves V1 paths itself (`app.post('/sensei/cutout', …)`, `req.url === '/sensei/cutout'`): the collection (URLs and raw bodies) and the proxy are one group and stay V1 together: RB331 on each request of the collection (strict JSON: reported, no comment), an RB251 TODO above each route of the proxy;",
    "- a curl request whose body is a file (`-d @body.json`, in a script or a Markdown shell block) stays V1 (RB230), and so do the V1 bodies of that JSON file (check: RB340; the path is resolved from the script's folder, then from each folder above it); a curl request whose V1 response `_links` is read by anything but the jq reads rewrite follows (`python3 -c`, `node -e`, a file written with `-o`, or in Markdown a later shell block of the same page) stays V1 too (RB230), URL, body and read together;",
    "- a Postman request whose test or pre-request script reads the V1 response's `_links` (`pm.response.json()._links.self.href`) stays V1 with that script, URL and raw body together (check: RB341 at the script; a collection-level script holds every V1 request of the collection);",
    "- the files of a package that is a V1 SDK itself (its package.json names `@adobe/aio-lib-photoshop-api` or another SDK of the mapping: the SDK's repository, a fork, a vendored copy) are the SDK, not users of it: its source, README examples and test doubles stay V1 whole (check: RB342, one site per file); a package nested in it with its own package.json (an examples/ app) is a user again;",
    '- a Markdown JS/TS block whose job response a later JS/TS block of the same page reads (`job._links.self.href` in the next step of a tutorial: the blocks run as one program) stays V1 whole (check: RB343), instead of a V2 request whose next block reads no `_links`.',
    '',
    'Which files are the project (both commands): inside a git work tree, what `git ls-files -co --exclude-standard` lists (tracked `build/`, `vendor/`, `out/` source is scanned; untracked ignored files are not; an untracked nested repository through its own git); outside git, a walk that honours `.gitignore` and skips build output, vendored code and minified bundles. Installed dependencies (`node_modules`, `bower_components`, `.yarn`, …) are never project source.',
    '',
    'The acceptance projects under `__testfixtures__/projects/` show each case as a multi-file project (input tree, expected tree, expected check report).',
    '',
    '## Contents',
    '',
    ...features.map((f) => `- [${FEATURES[f]?.title ?? f}](#${anchor(FEATURES[f]?.title ?? f)})`),
    '',
  ];
  for (const feature of features) {
    const info = FEATURES[feature];
    lines.push(
      `## ${info?.title ?? feature}`,
      '',
      info?.text ?? '',
      '',
      section(pairs.filter((p) => p.feature === feature)),
    );
  }
  return (
    lines
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trimEnd() + '\n'
  );
}

function order(feature: string): number {
  const keys = Object.keys(FEATURES);
  const i = keys.indexOf(feature);
  return i === -1 ? keys.length : i;
}

function anchor(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/\s/g, '-');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeFileSync(TRANSFORMATIONS_PATH, renderTransformations());
  console.log(`wrote ${TRANSFORMATIONS_PATH}`);
}
