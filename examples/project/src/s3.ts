const BUCKET = process.env.CATALOG_BUCKET ?? 'acme-catalog-images';

/** Stand-ins for the AWS SDK presigner (kept tiny for the example). */
export async function presignGet(key: string): Promise<string> {
  return `https://${BUCKET}.s3.amazonaws.com/${key}?X-Amz-Signature=example`;
}

export async function presignPut(key: string): Promise<string> {
  return `https://${BUCKET}.s3.amazonaws.com/${key}?X-Amz-Signature=example&x-id=PutObject`;
}
