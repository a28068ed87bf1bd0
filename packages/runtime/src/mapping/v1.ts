/**
 * zod schemas for every V1 body (reference §1, §2). Objects are loose: unknown keys are kept so the
 * translator can name them in a diagnostic instead of losing them silently.
 */
import * as z from 'zod';

export const V1_STORAGE = ['external', 'azure', 'dropbox', 'adobe'] as const;
export const V1_MASK_FORMAT = ['soft', 'binary'] as const;
export const V1_COLOR_SPACE = ['rgb', 'rgba'] as const;
export const V1_OUTPUT_TYPE = [
  'image/png',
  'image/jpeg',
  'image/vnd.adobe.photoshop',
  'image/tiff',
  'image/x-adobe-dng',
] as const;
export const V1_OPTIMIZE = ['performance', 'batch'] as const;
export const JOB_STATUS = ['pending', 'running', 'succeeded', 'failed'] as const;

export const V1StorageSchema = z.enum(V1_STORAGE);

export const V1InputSchema = z.looseObject({
  href: z.string().min(1),
  /** Required by the FFS spec; CIS documents the default `external`. We accept it missing and treat it as external. */
  storage: V1StorageSchema.optional(),
});

export const V1OutputSchema = z.looseObject({
  href: z.string().min(1),
  storage: V1StorageSchema.optional(),
  mask: z.looseObject({ format: z.enum(V1_MASK_FORMAT).optional() }).optional(),
  color: z.looseObject({ space: z.enum(V1_COLOR_SPACE).optional() }).optional(),
  overwrite: z.boolean().optional(),
  /** Added by the aio-lib-photoshop-api SDK (reference §6.1); not in any API spec. */
  type: z.enum(V1_OUTPUT_TYPE).optional(),
});

export const V1OptionsSchema = z.looseObject({
  optimize: z.enum(V1_OPTIMIZE).optional(),
  process: z.looseObject({ postprocess: z.boolean().optional() }).optional(),
  service: z.looseObject({ version: z.string().optional() }).optional(),
});

/** The request body of both `POST /sensei/cutout` and `POST /sensei/mask`. */
export const V1RequestSchema = z.looseObject({
  input: V1InputSchema,
  output: V1OutputSchema,
  options: V1OptionsSchema.optional(),
});
export type V1Request = z.infer<typeof V1RequestSchema>;
export type V1Storage = z.infer<typeof V1StorageSchema>;

/** `202 Accepted` body of a V1 POST. */
export const V1AcceptedSchema = z.looseObject({
  _links: z.looseObject({ self: z.looseObject({ href: z.string() }) }),
});
export type V1Accepted = z.infer<typeof V1AcceptedSchema>;

export const V1JobErrorSchema = z.looseObject({
  type: z.string().optional(),
  code: z.union([z.string(), z.number()]).optional(),
  title: z.string().optional(),
  error_code: z.string().optional(),
  details: z.unknown().optional(),
  errorDetails: z.unknown().optional(),
});

/** `GET /sensei/status/{id}`. `jobId` or `jobID` (reference §2.2 CONFLICT); `errors` as object or array. */
export const V1StatusSchema = z
  .looseObject({
    jobId: z.string().optional(),
    jobID: z.string().optional(),
    status: z.enum(JOB_STATUS),
    created: z.string().optional(),
    modified: z.string().optional(),
    input: z.string().optional(),
    output: z.looseObject({ href: z.string().optional(), storage: z.string().optional() }).optional(),
    errors: z.union([V1JobErrorSchema, z.array(V1JobErrorSchema)]).optional(),
    _links: z.looseObject({ self: z.looseObject({ href: z.string() }) }).optional(),
  })
  .refine((s) => s.jobId !== undefined || s.jobID !== undefined, {
    message: 'a V1 status carries jobId or jobID',
    path: ['jobId'],
  });
export type V1Status = z.infer<typeof V1StatusSchema>;

/** 4xx/5xx body of V1 (CIS `api_response_4xx_error_schema.json`). */
export const V1ErrorSchema = z.looseObject({
  title: z.string(),
  type: z.string(),
  code: z.union([z.string(), z.number()]),
  details: z
    .looseObject({
      name: z.string().optional(),
      reason: z.string().optional(),
      allowedValues: z.array(z.unknown()).optional(),
    })
    .or(z.array(z.looseObject({ name: z.string().optional(), reason: z.string().optional() })))
    .optional(),
});
export type V1Error = z.infer<typeof V1ErrorSchema>;
