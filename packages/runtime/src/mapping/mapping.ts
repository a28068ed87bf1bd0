/**
 * THE mapping: how every field of a V1 Remove Background request becomes (or fails to become) V2.
 *
 * One row per V1 field. The translator executes these rows, the codemod reads them to place values and to
 * word its TODOs, the checker and docs/mapping.md are derived from them. Adding a V1 field means adding
 * one row here (and, if it raises something new, one rule in rules.ts).
 *
 * Decisions on UNCERTAIN/CONFLICT points of the reference are written in each row's `note`; change a
 * decision only with the reason written there.
 */
import { always, all, at, equals, not, onEndpoint, oneOf, type Condition } from './conditions.ts';
import { ENDPOINTS, type V1Endpoint, type V2Mode } from './endpoints.ts';
import type { RuleCode } from './rules.ts';
import type { V2MediaType } from './v2.ts';

export type Action =
  /** The value is copied verbatim to `to` (a dotted V2 path). */
  | { kind: 'move'; to: string }
  /** The value is translated through `table` and written to `to`. */
  | { kind: 'lookup'; to: string; table: Readonly<Record<string, string>> }
  /** The value leaves the request and is returned as `delivery[to]` (where V1 used to put the result). */
  | { kind: 'deliver'; to: 'href' | 'storage' }
  /** The value is not sent to V2. Every dropped value is either `equivalentWhen` or raises a check. */
  | { kind: 'drop' };

export interface Check {
  when: Condition;
  code: RuleCode;
}

export interface MappingRow {
  /** Dotted V1 JSON path of the field. */
  v1: string;
  action: Action;
  /** Values for which V2's default behaviour equals V1's, so dropping them loses nothing. */
  equivalentWhen?: Condition;
  /** Diagnostics raised when the field is present; every matching check fires. */
  checks: readonly Check[];
  /** The decision and its reason (rendered in docs/mapping.md). */
  note: string;
}

/** `output.type` (aio-lib-photoshop-api MimeType) → V2 `output.mediaType`. */
export const OUTPUT_TYPE_TO_MEDIA_TYPE: Readonly<Record<string, V2MediaType>> = {
  'image/png': 'image/png',
  'image/jpeg': 'image/jpeg',
  'image/vnd.adobe.photoshop': 'image/vnd.adobe.photoshop',
  'image/tiff': 'image/png',
  'image/x-adobe-dng': 'image/png',
};

export const MAPPING: readonly MappingRow[] = [
  {
    v1: 'input.href',
    action: { kind: 'move', to: 'image.source.url' },
    checks: [
      { when: { kind: 'notHttpsUrl' }, code: 'RB101' },
      { when: all({ kind: 'hostNotAllowed' }, not(at('input.storage', equals('dropbox')))), code: 'RB102' },
      { when: all({ kind: 'hostNotAllowed' }, at('input.storage', equals('dropbox'))), code: 'RB105' },
    ],
    note: 'Moved verbatim. V2 fetches only https URLs on five host families (reference §3.1); other hosts are a warning, not an error, because how strictly V2 enforces the list is UNCERTAIN (§5 row 4).',
  },
  {
    v1: 'input.storage',
    action: { kind: 'drop' },
    checks: [
      { when: oneOf('external', 'azure', 'dropbox'), code: 'RB103' },
      { when: equals('adobe'), code: 'RB104' },
    ],
    note: 'V2 has no storage field; it reads the URL. A missing storage is treated as "external" (CIS default). Creative Cloud paths cannot be fetched by V2.',
  },
  {
    v1: 'output.href',
    action: { kind: 'deliver', to: 'href' },
    checks: [{ when: always, code: 'RB110' }],
    note: "V2 never writes to caller storage (reference §3.1, §5 row 6). The destination is returned as `delivery` so the caller (or the runtime client's deliver()) can upload the hosted result there.",
  },
  {
    v1: 'output.storage',
    action: { kind: 'deliver', to: 'storage' },
    checks: [{ when: equals('adobe'), code: 'RB111' }],
    note: 'Returned in `delivery` with the href; it picks the upload protocol (S3-style PUT, Azure BlockBlob PUT, Dropbox upload POST). A missing storage is treated as "external".',
  },
  {
    v1: 'output.mask.format',
    action: { kind: 'drop' },
    equivalentWhen: equals('soft'),
    checks: [{ when: equals('binary'), code: 'RB120' }],
    note: 'V2 has no binary mask (reference §3.1, §5 row 9); "soft" is what V2 produces anyway.',
  },
  {
    v1: 'output.color.space',
    action: { kind: 'drop' },
    equivalentWhen: all(equals('rgba'), onEndpoint('cutout')),
    checks: [
      { when: all(equals('rgb'), onEndpoint('cutout')), code: 'RB121' },
      { when: onEndpoint('mask'), code: 'RB122' },
    ],
    note: 'V2 cutouts keep transparency (= V1 "rgba"). For "rgb" the V1 fill colour is UNCERTAIN (§8 q5), so no backgroundColor is guessed; the hint says how to ask for one. The V2 mask channel layout is undocumented, hence info on masks.',
  },
  {
    v1: 'output.overwrite',
    action: { kind: 'drop' },
    checks: [{ when: always, code: 'RB112' }],
    note: 'Only applied to Creative Cloud outputs (reference §1.1); V2 writes nowhere.',
  },
  {
    v1: 'output.type',
    action: { kind: 'lookup', to: 'output.mediaType', table: OUTPUT_TYPE_TO_MEDIA_TYPE },
    checks: [
      { when: all(equals('image/jpeg'), onEndpoint('cutout')), code: 'RB123' },
      { when: oneOf('image/tiff', 'image/x-adobe-dng'), code: 'RB124' },
    ],
    note: 'Added by aio-lib-photoshop-api from the output extension (§6.1); whether V1 honoured it is UNCERTAIN, so the request is honoured where V2 can (png/jpeg/psd) and falls back to PNG otherwise.',
  },
  {
    v1: 'options.optimize',
    action: { kind: 'drop' },
    checks: [{ when: always, code: 'RB130' }],
    note: 'No V2 equivalent (reference §5 row 14).',
  },
  {
    v1: 'options.process.postprocess',
    action: { kind: 'drop' },
    checks: [{ when: always, code: 'RB130' }],
    note: 'Internal V1 option (CIS x-internal); no V2 equivalent.',
  },
  {
    v1: 'options.service.version',
    action: { kind: 'drop' },
    checks: [{ when: always, code: 'RB130' }],
    note: 'V1 model version pin; V2 has one model.',
  },
];

/** V2 fields that have no V1 source: what the translator sets and why. */
export interface V2Addition {
  v2: string;
  /** How the value is chosen. */
  rule: string;
  note: string;
}

export const MODE_BY_ENDPOINT: Readonly<Record<V1Endpoint, V2Mode>> = Object.fromEntries(
  ENDPOINTS.filter((e) => e.kind === 'submit').map((e) => [e.endpoint, e.mode]),
) as Record<V1Endpoint, V2Mode>;

/** V1 always produced PNG; V2 defaults to the input's format, so the translator always sets this. */
export const DEFAULT_MEDIA_TYPE: V2MediaType = 'image/png';

export const V2_ADDITIONS: readonly V2Addition[] = [
  {
    v2: 'mode',
    rule: 'from the V1 endpoint: /sensei/cutout → "cutout", /sensei/mask → "mask"',
    note: 'V2 has one endpoint; mode picks the workflow (reference §5 row 1).',
  },
  {
    v2: 'output.mediaType',
    rule: `always set: the caller's mediaType option, else output.type mapped, else "${DEFAULT_MEDIA_TYPE}"`,
    note: 'V1 always produced PNG, V2 defaults to the input format: without it a JPEG input gives a JPEG cutout with no alpha (reference §5 row 12).',
  },
  {
    v2: 'trim',
    rule: 'only when the caller passes trim',
    note: 'V2 default false equals V1 behaviour.',
  },
  {
    v2: 'backgroundColor',
    rule: 'only when the caller passes backgroundColor',
    note: 'V2 default (transparent) equals V1 rgba cutouts.',
  },
  {
    v2: 'colorDecontamination',
    rule: 'only when the caller passes colorDecontamination',
    note: 'Which value matches V1 is UNCERTAIN (§8 q4); the V2 default (1, per the latest spec) is kept rather than guessed.',
  },
];

/** The order of keys in an emitted V2 body (translator output and codemod literals agree on it). */
export const V2_KEY_ORDER: readonly string[] = [
  'image',
  'mode',
  'output',
  'trim',
  'backgroundColor',
  'colorDecontamination',
];

export const MAPPING_BY_PATH: ReadonlyMap<string, MappingRow> = new Map(MAPPING.map((r) => [r.v1, r]));

/** Dotted V1 paths that are objects holding mapped fields (`input`, `output`, `output.mask`, …). */
export const V1_CONTAINERS: ReadonlySet<string> = new Set(
  MAPPING.flatMap((r) => {
    const parts = r.v1.split('.');
    return parts.slice(0, -1).map((_, i) => parts.slice(0, i + 1).join('.'));
  }),
);

/** A node of the V1 field tree derived from MAPPING: known keys with their precomputed paths and rows. */
export interface FieldNode {
  path: string;
  row?: MappingRow;
  children?: ReadonlyMap<string, FieldNode>;
}

function buildFieldTree(): FieldNode {
  const root: { path: string; children: Map<string, FieldNode> } = { path: '', children: new Map() };
  for (const row of MAPPING) {
    let node = root as { path: string; row?: MappingRow; children?: Map<string, FieldNode> };
    for (const key of row.v1.split('.')) {
      node.children ??= new Map();
      let child = node.children.get(key) as typeof node | undefined;
      if (!child) {
        child = { path: node.path === '' ? key : `${node.path}.${key}` };
        node.children.set(key, child);
      }
      node = child;
    }
    node.row = row;
  }
  return root;
}

/** The V1 field tree (root has path ''). */
export const V1_FIELD_TREE: FieldNode = buildFieldTree();
