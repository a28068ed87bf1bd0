/** zod schemas for every V2 body (reference §3, §4). */
import * as z from 'zod';
import { JOB_STATUS } from './v1.ts';
import { V2_MEDIA_TYPE, V2_MODE } from './v2-values.ts';

export { V2_MEDIA_TYPE, V2_MODE, type V2MediaType } from './v2-values.ts';

const channel = z.number().min(0).max(255);

export const V2BackgroundColorSchema = z.strictObject({
  red: channel,
  green: channel,
  blue: channel,
  alpha: z.number().min(0).max(1),
});
export type V2BackgroundColor = z.infer<typeof V2BackgroundColorSchema>;

/** The body of `POST /v2/remove-background`. Strict: V1 leftovers such as `output.href` are rejected here. */
export const V2RequestSchema = z.strictObject({
  image: z.strictObject({
    source: z.strictObject({ url: z.string().min(1) }),
  }),
  mode: z.enum(V2_MODE).optional(),
  output: z.strictObject({ mediaType: z.enum(V2_MEDIA_TYPE).optional() }).optional(),
  trim: z.boolean().optional(),
  backgroundColor: V2BackgroundColorSchema.optional(),
  colorDecontamination: z.number().min(0).max(1).optional(),
});
export type V2Request = z.infer<typeof V2RequestSchema>;

export const V2AcceptedSchema = z.looseObject({
  jobId: z.string().min(1),
  statusUrl: z.string().min(1),
});
export type V2Accepted = z.infer<typeof V2AcceptedSchema>;

export const V2OutputSchema = z
  .looseObject({
    destination: z.looseObject({ url: z.string() }).optional(),
    /** Tolerated: Photoshop v2 status bodies put the URL here (reference §4.2 CONFLICT). */
    url: z.string().optional(),
    mediaType: z.string().optional(),
  })
  .refine((o) => o.destination?.url !== undefined || o.url !== undefined, {
    message: 'an output carries destination.url or url',
  });
export type V2Output = z.infer<typeof V2OutputSchema>;

export const V2ErrorDetailSchema = z.looseObject({
  errorCode: z.string().optional(),
  error_code: z.string().optional(),
  message: z.string().optional(),
});

export const V2StatusSchema = z.looseObject({
  jobId: z.string(),
  status: z.enum(JOB_STATUS),
  createdTime: z.string().optional(),
  modifiedTime: z.string().optional(),
  result: z.looseObject({ outputs: z.array(V2OutputSchema) }).optional(),
  errorDetails: z.array(V2ErrorDetailSchema).optional(),
});
export type V2Status = z.infer<typeof V2StatusSchema>;

export const V2ErrorSchema = z.looseObject({
  error_code: z.string(),
  message: z.string(),
  errors: z
    .array(z.looseObject({ error_code: z.string().optional(), message: z.string().optional() }))
    .optional(),
});
export type V2Error = z.infer<typeof V2ErrorSchema>;
