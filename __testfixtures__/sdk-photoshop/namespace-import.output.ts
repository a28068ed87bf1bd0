import { createRemoveBackgroundClient, toPhotoshopResponse } from "rb-migrate-runtime";
import type { RemoveBackgroundRequest } from "@adobe/photoshop-apis";

let client: any;

export function init(clientId: string, tokenProvider: { getToken(): Promise<string> }) {
  client = createRemoveBackgroundClient({ apiKey: clientId, getToken: () => tokenProvider.getToken() });
}

export async function cutout(body: RemoveBackgroundRequest, signal?: AbortSignal) {
  const response = await client.runV1(body, { signal, endpoint: "cutout" }).then(toPhotoshopResponse);
  if (response.result.status !== "succeeded") throw new Error("cutout failed");
  return response.result;
}
