import * as ps from "@adobe/photoshop-apis";
import type { RemoveBackgroundRequest } from "@adobe/photoshop-apis";

let client: any;

export function init(clientId: string, tokenProvider: { getToken(): Promise<string> }) {
  client = new ps.PhotoshopClient({ clientId: clientId, tokenProvider: tokenProvider });
}

export async function cutout(body: RemoveBackgroundRequest, signal?: AbortSignal) {
  const response = await client.removeBackground(body, { signal });
  if (response.result.status !== ps.JobStatus.SUCCEEDED) throw new Error("cutout failed");
  return response.result;
}
