// Knows nothing of the SDK: whoever creates the jobs stores a client on them (see ../main.js).
export class Jobs {
  constructor(bucket) {
    this.bucket = bucket;
    this.client = undefined;
  }

  async cutout(name) {
    return this.client.createCutout(`${this.bucket}/in/${name}`, `${this.bucket}/out/${name}`);
  }
}
