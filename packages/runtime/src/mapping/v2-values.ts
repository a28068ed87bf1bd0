/** The V2 enumerations (reference §3), without zod: the CLI's option definitions read them at start-up. */
export const V2_MODE = ['cutout', 'mask', 'psd'] as const;
export const V2_MEDIA_TYPE = ['image/jpeg', 'image/png', 'image/webp', 'image/vnd.adobe.photoshop'] as const;
export type V2MediaType = (typeof V2_MEDIA_TYPE)[number];
