// Knows nothing of the SDK: whoever creates the jobs stores a client on them (see ../main.js).
export class Jobs {
  constructor(bucket) {
    this.bucket = bucket;
    this.client = undefined;
  }

  async cutout(name) {
    /* rb-migrate RB214: V1 SDK call this.client.createCutout() is made on a client received from elsewhere (a typed parameter or field); where it is created is not followed. Migrate the client where it is created and this call together: createRemoveBackgroundClient({ apiKey, token }) and client.runV1(body, { endpoint }). */
    return this.client.createCutout(`${this.bucket}/in/${name}`, `${this.bucket}/out/${name}`);
  }
}
