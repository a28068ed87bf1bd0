// No SDK import: these are the project's own functions that happen to share the SDK method names.
async function createCutout(input, output) {
  return { input, output, kind: 'cutout' };
}

class ImageService {
  createMask(input, output) {
    return { input, output, kind: 'mask' };
  }
  removeBackground(body) {
    return { body };
  }
}

const service = new ImageService();
module.exports = async function run(a, b) {
  await createCutout(a, b);
  service.createMask(a, b);
  return service.removeBackground({ input: a, output: b });
};
