import { createRemoveBackgroundClient, fromAioArgs, toAioJob } from 'rb-migrate';

export async function run(orgId: string, apiKey: string, accessToken: string, src: string, dst: string) {
	const client = await createRemoveBackgroundClient({ apiKey, token: accessToken });
	const job = await client.runV1(fromAioArgs(
		{ href: src, storage: 'external' },
		{ href: dst, storage: 'external', type: 'image/jpeg' },
	), { endpoint: 'cutout' }).then(toAioJob);
	return job.outputs[0]._links.self.href;
}
