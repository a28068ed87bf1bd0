import { init, MimeType, Storage } from '@adobe/aio-lib-photoshop-api';

export async function run(orgId: string, apiKey: string, accessToken: string, src: string, dst: string) {
	const client = await init(orgId, apiKey, accessToken);
	const job = await client.createCutout(
		{ href: src, storage: Storage.EXTERNAL },
		{ href: dst, storage: Storage.EXTERNAL, type: MimeType.JPEG },
	);
	return job.outputs[0]._links.self.href;
}
