let cached: { token: string; expires: number } | undefined;

export async function getAccessToken(): Promise<string> {
  if (cached && cached.expires > Date.now() + 60_000) return cached.token;
  const res = await fetch('https://ims-na1.adobelogin.com/ims/token/v3', {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: process.env.ADOBE_CLIENT_ID ?? '',
      client_secret: process.env.ADOBE_CLIENT_SECRET ?? '',
      scope: 'openid,AdobeID,read_organizations',
    }),
  });
  const body = (await res.json()) as { access_token: string; expires_in: number };
  cached = { token: body.access_token, expires: Date.now() + body.expires_in * 1000 };
  return cached.token;
}
