// The SDK itself: it calls V1 through its OpenAPI client (spec/api.json).
class PhotoshopAPI {
  async createCutout(input, output) {
    const response = await this.sdk.apis.sensei.autoCutout({}, { requestBody: { input, output } });
    return this.pollUntilDone(response.body._links.self.href);
  }
}
module.exports = { PhotoshopAPI };
