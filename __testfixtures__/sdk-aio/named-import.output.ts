import { createRemoveBackgroundClient, fromAioArgs, toAioJob } from 'rb-migrate-runtime';

export async function run(orgId: string, apiKey: string, accessToken: string, src: string, dst: string) {
	const client = await createRemoveBackgroundClient({ apiKey, token: accessToken });
	/* rb-migrate RB123: output.type image/jpeg on a cutout: JPEG has no alpha channel, the removed background will be filled. Use image/png or image/webp to keep transparency, or set backgroundColor on purpose. */
	const job = await client.runV1(fromAioArgs(
		{ href: src, storage: 'external' },
		{ href: dst, storage: 'external', type: 'image/jpeg' },
	), { endpoint: 'cutout' }).then(toAioJob);
	return job.outputs[0]._links.self.href;
}
