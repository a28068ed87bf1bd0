/**
 * What rb-migrate knows about the two V1 SDKs (shared/reference/remove-background-api.md §6). Only SDK
 * facts live here: which package, which export creates a client, which method posts to which V1 path,
 * and the enum members. What those paths and values mean for V2 is read from src/spec.
 */
import { V1_COLOR_SPACE, V1_MASK_FORMAT, V1_OUTPUT_TYPE, V1_STORAGE, JOB_STATUS } from './v1.ts';
import { V1_PATHS } from './endpoints.ts';

export type SdkName = 'aio' | 'photoshop';

export interface SdkFacts {
  name: SdkName;
  /** npm package name. */
  module: string;
  /** The export that creates a client: a function (`init`, awaited) or a class (`PhotoshopClient`, `new`). */
  factory: { export: string; form: 'call' | 'new' };
  /** Client method → V1 path it POSTs to. */
  methods: Readonly<Record<string, string>>;
  /** Enum export → member key → the wire value, or undefined when the value has no V1 wire form. */
  enums: Readonly<Record<string, Readonly<Record<string, string | undefined>>>>;
}

/** Enum members whose value is the lower-cased key, kept only when the V1 schema lists that value. */
function lowerCaseEnum(
  keys: readonly string[],
  allowed: readonly string[],
): Record<string, string | undefined> {
  return Object.fromEntries(
    keys.map((k) => [k, allowed.includes(k.toLowerCase()) ? k.toLowerCase() : undefined]),
  );
}

/** aio-lib `MimeType` (src/types.js); each value must be a V1 `output.type` (checked in test/sdk). */
const AIO_MIME_TYPE: Record<string, string | undefined> = Object.fromEntries(
  Object.entries({
    DNG: 'image/x-adobe-dng',
    JPEG: 'image/jpeg',
    PNG: 'image/png',
    PSD: 'image/vnd.adobe.photoshop',
    TIFF: 'image/tiff',
  }).map(([k, v]) => [k, (V1_OUTPUT_TYPE as readonly string[]).includes(v) ? v : undefined]),
);

export const SDKS: readonly SdkFacts[] = [
  {
    name: 'aio',
    module: '@adobe/aio-lib-photoshop-api',
    factory: { export: 'init', form: 'call' },
    methods: { createCutout: V1_PATHS.cutout, createMask: V1_PATHS.mask },
    enums: {
      // Storage.AIO ("aio") never reaches the wire: the SDK presigned it with aio-lib-files.
      Storage: lowerCaseEnum(['AIO', 'ADOBE', 'EXTERNAL', 'AZURE', 'DROPBOX'], V1_STORAGE),
      MimeType: AIO_MIME_TYPE,
      CreateMaskType: lowerCaseEnum(['BINARY', 'SOFT'], V1_MASK_FORMAT),
    },
  },
  {
    name: 'photoshop',
    module: '@adobe/photoshop-apis',
    factory: { export: 'PhotoshopClient', form: 'new' },
    methods: { removeBackground: V1_PATHS.cutout, createMask: V1_PATHS.mask },
    enums: {
      StorageType: lowerCaseEnum(['EXTERNAL', 'AZURE', 'DROPBOX'], V1_STORAGE),
      MaskFormatType: lowerCaseEnum(['BINARY', 'SOFT'], V1_MASK_FORMAT),
      ColorSpaceType: lowerCaseEnum(['RGB', 'RGBA'], V1_COLOR_SPACE),
      JobStatus: lowerCaseEnum(['PENDING', 'RUNNING', 'SUCCEEDED', 'FAILED'], JOB_STATUS),
    },
  },
];

/** The package migrated code imports the runtime from (rb-migrate-runtime: zod only, no codemod toolchain). */
export const RUNTIME_MODULE = 'rb-migrate-runtime';
/** Modules that provide the runtime to migrated code: the package, and the re-export of older migrations. */
export const RUNTIME_MODULES: readonly string[] = [RUNTIME_MODULE, 'rb-migrate/runtime'];
/** The translator module, and the function migrated code translates a body built at run time with. */
export const TRANSLATE_MODULE = `${RUNTIME_MODULE}/translate`;
/** Modules that provide the translator to migrated code: the package's subpath, and rb-migrate's re-export. */
export const TRANSLATE_MODULES: readonly string[] = [TRANSLATE_MODULE, 'rb-migrate/translate'];
export const RUNTIME_TRANSLATION_FUNCTION = 'toV2Request';

/**
 * rb-migrate calls that take a V1 body on purpose: the runtime client's `runV1` (what SDK calls become) and
 * the translator's `toV2` / `toV2Request`. A V1-shaped object
 * passed to them is migrated code, not a V1 body sent nowhere.
 */
export const V1_BODY_CALLS: readonly string[] = ['runV1', 'toV2', RUNTIME_TRANSLATION_FUNCTION];

/** V1 storages whose results the runtime client can deliver (not Creative Cloud). */
export const DELIVERABLE_STORAGES: readonly string[] = V1_STORAGE.filter((s) => s !== 'adobe');

/** The npm names of the V1 SDKs (prefilters look for these bytes). */
export const SDK_MODULES: readonly string[] = SDKS.map((s) => s.module);
