/**
 * The rule catalogue: every stable code rb-migrate emits, whichever face raises it.
 *   RB1xx  request mapping (raised by the translator; the codemod turns them into TODOs; docs list them)
 *   RB2xx  codemod: call sites it cannot rewrite safely (coded TODO reasons)
 *   RB24x  runtime compatibility layer (v1Fetch, axios adapter, gateway): delivery and job-id outcomes
 *   RB3xx  checker: leftover V1 usage found in files
 * Messages may use `{value}`, `{path}` and `{host}` placeholders (see formatMessage).
 * Codes are stable: never renumber, only add. Retired codes stay with `retired: true`.
 */

export type Severity = 'error' | 'warning' | 'info';
export type Face = 'translator' | 'codemod' | 'checker' | 'runtime';

export interface Rule {
  code: string;
  /** Short kebab-case name used in SARIF and docs. */
  name: string;
  severity: Severity;
  /** Which faces raise it. */
  faces: readonly Face[];
  /** One line, may contain `{value}` / `{path}`. */
  message: string;
  /** What the user should do. */
  hint: string;
  /** Whether `rb-migrate rewrite` fixes it automatically. */
  fixable: boolean;
  /**
   * For a fixable rule: what to do where the analysis decided to leave this occurrence V1 (no site rewrite
   * migrates it), so a finding's hint follows its decision (hintFor), never "run rewrite" on what rewrite leaves.
   */
  manualHint?: string;
}

const rules = [
  // ── RB1xx: request mapping ────────────────────────────────────────────────────────────────────
  {
    code: 'RB101',
    name: 'input-href-not-https',
    severity: 'error',
    faces: ['translator', 'codemod'],
    message: 'input.href is not an absolute https URL ({value}); V2 only fetches https URLs',
    hint: 'Pass a presigned https GET URL on a host V2 accepts (S3, Azure Blob, Dropbox temporary link, Frame.io, GCS).',
    fixable: false,
  },
  {
    code: 'RB102',
    name: 'input-host-not-allowed',
    severity: 'warning',
    faces: ['translator', 'codemod'],
    message: 'input host {host} is not on the V2 allowlist; V2 documents that it rejects it',
    hint: 'Copy the input to S3, Azure Blob, Dropbox, Frame.io or Google Cloud Storage and pass a presigned URL from there.',
    fixable: false,
  },
  {
    code: 'RB103',
    name: 'input-storage-dropped',
    severity: 'info',
    faces: ['translator', 'codemod'],
    message: 'input.storage ({value}) has no V2 field; V2 infers the storage from the URL',
    hint: 'Nothing to do.',
    fixable: true,
  },
  {
    code: 'RB104',
    name: 'input-creative-cloud',
    severity: 'error',
    faces: ['translator', 'codemod'],
    message: 'input.storage "adobe": V2 cannot read Creative Cloud paths',
    hint: 'Export the file from Creative Cloud to S3/Azure/Dropbox and pass a presigned https URL instead of the CC path.',
    fixable: false,
  },
  {
    code: 'RB105',
    name: 'input-dropbox-host',
    severity: 'warning',
    faces: ['translator', 'codemod'],
    message: 'Dropbox input on host {host}: V2 only accepts dropboxusercontent.com links',
    hint: 'Use a Dropbox temporary link (files/get_temporary_link), which is served from dl.dropboxusercontent.com.',
    fixable: false,
  },
  {
    code: 'RB110',
    name: 'output-not-delivered',
    severity: 'warning',
    faces: ['translator', 'codemod'],
    message: 'V2 does not upload the result to output.href ({value}); it hosts it at a temporary URL',
    hint: 'After the job succeeds, download result.outputs[0].destination.url and upload it to the old destination, or use deliver() / runV1() from rb-migrate.',
    fixable: false,
  },
  {
    code: 'RB111',
    name: 'output-creative-cloud',
    severity: 'error',
    faces: ['translator', 'codemod'],
    message: 'output.storage "adobe": V2 cannot write to Creative Cloud',
    hint: 'Download the V2 result and upload it to Creative Cloud yourself, or choose S3/Azure/Dropbox as the destination.',
    fixable: false,
  },
  {
    code: 'RB112',
    name: 'output-overwrite-dropped',
    severity: 'info',
    faces: ['translator', 'codemod'],
    message: 'output.overwrite ({value}) has no V2 field; it only applied to Creative Cloud outputs',
    hint: 'If you upload the V2 result yourself, decide there whether to overwrite.',
    fixable: true,
  },
  {
    code: 'RB120',
    name: 'binary-mask',
    severity: 'warning',
    faces: ['translator', 'codemod'],
    message: 'mask.format "binary" has no V2 equivalent; V2 masks are greyscale (soft)',
    hint: 'Threshold the V2 mask (or the cutout alpha) on the client, e.g. value >= 128 → 255, else 0.',
    fixable: false,
  },
  {
    code: 'RB121',
    name: 'rgb-cutout',
    severity: 'warning',
    faces: ['translator', 'codemod'],
    message: 'color.space "rgb" on a cutout: V2 keeps transparency and has no colour-space field',
    hint: 'To get an opaque result pass backgroundColor {red, green, blue, alpha: 1} (and image/jpeg if you want 3 channels).',
    fixable: false,
  },
  {
    code: 'RB122',
    name: 'mask-color-space',
    severity: 'info',
    faces: ['translator', 'codemod'],
    message: 'color.space ({value}) on a mask has no V2 field; the V2 mask channel layout is not documented',
    hint: 'Check the channel count of the V2 mask if your code depends on it.',
    fixable: true,
  },
  {
    code: 'RB123',
    name: 'jpeg-cutout',
    severity: 'warning',
    faces: ['translator', 'codemod'],
    message:
      'output.type image/jpeg on a cutout: JPEG has no alpha channel, the removed background will be filled',
    hint: 'Use image/png or image/webp to keep transparency, or set backgroundColor on purpose.',
    fixable: false,
  },
  {
    code: 'RB124',
    name: 'output-type-unsupported',
    severity: 'warning',
    faces: ['translator', 'codemod'],
    message: 'output.type {value} has no V2 media type; the result will be PNG',
    hint: 'Convert the PNG result to TIFF/DNG after download if you need that format.',
    fixable: false,
  },
  {
    code: 'RB130',
    name: 'option-dropped',
    severity: 'info',
    faces: ['translator', 'codemod'],
    message: '{path} ({value}) has no V2 equivalent and is dropped',
    hint: 'Nothing to do; V2 has no tuning options.',
    fixable: true,
  },
  {
    code: 'RB190',
    name: 'unknown-field',
    severity: 'warning',
    faces: ['translator', 'codemod'],
    message: 'unknown V1 field {path} is not sent to V2',
    hint: 'Remove it, or map it yourself if it meant something to your integration.',
    fixable: false,
  },
  // ── RB2xx: codemod cannot rewrite safely ──────────────────────────────────────────────────────
  {
    code: 'RB201',
    name: 'dynamic-payload',
    severity: 'warning',
    faces: ['codemod'],
    message: 'V1 payload cannot be rewritten statically ({value}); it was left unchanged',
    hint: 'Rewrite it to the V2 shape by hand: see docs/mapping.md, or translate it at runtime with toV2().',
    fixable: false,
  },
  {
    code: 'RB202',
    name: 'unresolved-endpoint',
    severity: 'warning',
    faces: ['codemod'],
    message: 'V1 endpoint comes from {value}, which could not be resolved in this file',
    hint: 'Run rb-migrate rewrite on the whole project so imported constants are resolved, or change the constant by hand.',
    fixable: false,
  },
  {
    code: 'RB203',
    name: 'ambiguous-sensei-base',
    severity: 'warning',
    faces: ['codemod'],
    message: 'base URL ending in /sensei is shared by other uses; rewriting it is not safe',
    hint: 'Split the base into a V2 base (/v2/remove-background, /v2/status/) and fix each use.',
    fixable: false,
  },
  {
    code: 'RB204',
    name: 'links-not-traced',
    severity: 'warning',
    faces: ['codemod'],
    message: '_links.self.href read on a value that does not come from a rewritten V1 call',
    hint: 'If it is a Remove Background job, read statusUrl instead; other Photoshop APIs still use _links.',
    fixable: false,
  },
  {
    code: 'RB205',
    name: 'status-output-echo',
    severity: 'warning',
    faces: ['codemod'],
    message:
      'reads the V1 echoed output.href from a status body; V2 status has result.outputs[0].destination.url',
    hint: 'Read result.outputs[0].destination.url (download it promptly; it expires).',
    fixable: false,
  },
  {
    code: 'RB206',
    name: 'verification-failed',
    severity: 'warning',
    faces: ['codemod'],
    message:
      'the rewritten payload did not match the translator output ({value}); the site was left unchanged',
    hint: 'Please report this with the snippet; rewrite the payload by hand meanwhile.',
    fixable: false,
  },
  {
    code: 'RB207',
    name: 'dynamic-storage',
    severity: 'warning',
    faces: ['codemod'],
    message:
      '{path} comes from {value}; its value decides the V2 request (storage, mask format, colour space, type), so the payload was left unchanged',
    hint: 'Make the value a literal, or translate the payload at runtime with toV2().',
    fixable: false,
  },
  {
    code: 'RB208',
    name: 'sdk-call',
    severity: 'warning',
    faces: ['codemod'],
    message: 'V1 SDK call {value} cannot be rewritten automatically',
    hint: 'Use createRemoveBackgroundClient().runV1() from rb-migrate, which keeps V1 semantics.',
    fixable: false,
  },
  {
    code: 'RB209',
    name: 'payload-not-found',
    severity: 'warning',
    faces: ['codemod'],
    message: 'V1 endpoint {value} is used where its request body cannot be found; the URL was left unchanged',
    hint: 'Send the body in the same call as the URL (fetch/axios/got/ky/superagent or a wrapper taking (url, body)), or migrate this request by hand: see docs/mapping.md.',
    fixable: false,
  },
  {
    code: 'RB210',
    name: 'sdk-storage-not-deliverable',
    severity: 'warning',
    faces: ['codemod'],
    message:
      'V1 SDK storage {value} cannot be carried over to V2 (Creative Cloud path or aio-lib-files path)',
    hint: 'V2 reads a presigned https URL and returns a hosted result: pass a presigned input URL and a presigned PUT output URL (runV1 delivers there).',
    fixable: false,
  },
  {
    code: 'RB211',
    name: 'sdk-files-resolver',
    severity: 'warning',
    faces: ['codemod'],
    message: 'the aio-lib-files instance {value} given to init() is not used by rb-migrate',
    hint: 'Presign file paths yourself (files.generatePresignURL) and pass the URLs to createCutout/createMask.',
    fixable: false,
  },
  {
    code: 'RB212',
    name: 'sdk-client-not-traced',
    severity: 'warning',
    faces: ['codemod'],
    message:
      'V1 SDK call {value} was left unchanged: its client is used in a way rb-migrate cannot follow, or was not rewritten',
    hint: 'Create the client with createRemoveBackgroundClient({ apiKey, token }) and call client.runV1(body, { endpoint }) where it is used.',
    fixable: false,
  },
  {
    code: 'RB213',
    name: 'sdk-shared-client',
    severity: 'warning',
    faces: ['codemod'],
    message:
      'V1 SDK client {value} is shared with code rb-migrate does not migrate, so it stays a V1 SDK client',
    hint: 'Every user of a shared client must change in the same run: give the Remove Background calls their own createRemoveBackgroundClient({ apiKey, token }) client, or migrate the other users first.',
    fixable: false,
  },
  {
    code: 'RB214',
    name: 'sdk-client-from-outside',
    severity: 'warning',
    faces: ['codemod'],
    message:
      'V1 SDK call {value} is made on a client received from elsewhere (a typed parameter or field); where it is created is not followed',
    hint: 'Migrate the client where it is created and this call together: createRemoveBackgroundClient({ apiKey, token }) and client.runV1(body, { endpoint }).',
    fixable: false,
  },
  {
    code: 'RB215',
    name: 'endpoint-from-config',
    severity: 'warning',
    faces: ['codemod'],
    message:
      'the V1 endpoint {value} comes from a config file; the config value and the request body it is sent with were left V1',
    hint: 'A URL and its body change together: switch the config value to /v2/remove-background and the body here to V2 (see docs/mapping.md) in the same change.',
    fixable: false,
  },
  {
    code: 'RB216',
    name: 'response-read-elsewhere',
    severity: 'warning',
    faces: ['codemod'],
    message:
      'the V1 job response is handled by {value} in another module, which reads _links.self.href; this request was left V1',
    hint: 'A request and the code reading its response change together: make that function read statusUrl for this job (V2 answers {jobId, statusUrl}), then run rb-migrate rewrite again.',
    fixable: false,
  },
  {
    code: 'RB217',
    name: 'links-read-for-other-module',
    severity: 'warning',
    faces: ['codemod'],
    message:
      '_links.self.href read in {value}, which another module calls with a V1 Remove Background job response',
    hint: 'V2 answers {jobId, statusUrl}: migrate this function together with the V1 request that calls it.',
    fixable: false,
  },
  {
    code: 'RB219',
    name: 'sdk-export-unseen',
    severity: 'warning',
    faces: ['codemod'],
    message: 'V1 SDK client {value} is exported; its users are not visible from this file',
    hint: 'Run rb-migrate rewrite on the whole project: an exported client or factory changes only together with every file that uses it.',
    fixable: false,
  },
  {
    code: 'RB220',
    name: 'response-passed-on',
    severity: 'warning',
    faces: ['codemod'],
    message:
      'the job response of a rewritten V1 call is passed to {value}, which may still read _links.self.href',
    hint: 'V2 answers {jobId, statusUrl}: make {value} read statusUrl, or pass job.statusUrl to it (keep _links for other Photoshop APIs).',
    fixable: false,
  },
  {
    code: 'RB221',
    name: 'v1-type-annotation',
    severity: 'warning',
    faces: ['codemod'],
    message: 'type {value} still describes the V1 shape; the code around it was migrated to V2',
    hint: 'Use the V2 types: V2Request for the body, {jobId, statusUrl} (V2Accepted) for the POST response; both are exported by rb-migrate.',
    fixable: false,
  },
  {
    code: 'RB222',
    name: 'status-url-held',
    severity: 'warning',
    faces: ['codemod'],
    message:
      'V1 status URL {value} was left unchanged: a V1 job submission in this file stays V1, and V2 status does not know V1 jobs',
    hint: 'Migrate the submission first (see the TODOs above it), then run rb-migrate rewrite again.',
    fixable: false,
  },
  {
    code: 'RB223',
    name: 'json-key-collision',
    severity: 'warning',
    faces: ['codemod', 'checker'],
    message:
      'OpenAPI path {value} left V1: renaming it would duplicate a key of the same object (the V2 key exists, or another V1 key maps to it)',
    hint: 'Merge the operations under the V2 path by hand and delete the V1 key; a JSON object keeps only one of two equal keys, so an operation would be lost.',
    fixable: false,
  },
  {
    code: 'RB224',
    name: 'json-key-schema-v1',
    severity: 'warning',
    faces: ['codemod', 'checker'],
    message:
      'OpenAPI path {value} left V1: its operation declares a V1 request or response schema (input/output, _links) that rb-migrate does not translate',
    hint: 'Describe the operation with the V2 schemas (image.source.url / mode / output; {jobId, statusUrl}), then rename the path; the path and its schemas change together.',
    fixable: false,
  },
  // ── RB23x: shell scripts and Markdown curl (one analysis: src/analyze/shell) ─────────────────────
  {
    code: 'RB230',
    name: 'shell-body-untranslatable',
    severity: 'warning',
    faces: ['codemod', 'checker'],
    message: 'V1 request left unchanged (URL and body): {value}',
    hint: 'Make the curl body literal V1 JSON whose shell variables fill only input.href/output.href, or write the V2 body by hand (docs/mapping.md).',
    fixable: false,
  },
  {
    code: 'RB231',
    name: 'shell-endpoint-variable-shared',
    severity: 'warning',
    faces: ['codemod', 'checker'],
    message:
      'V1 endpoint variable {value} is also used by a request or command rb-migrate cannot migrate; every request using it was left V1',
    hint: 'Give each request its own endpoint variable, or migrate the other uses by hand, then run rb-migrate rewrite again.',
    fixable: false,
  },
  {
    code: 'RB232',
    name: 'shell-chain-not-established',
    severity: 'warning',
    faces: ['codemod', 'checker'],
    message:
      'this call reads {value}, where V1 wrote the Remove Background result; V2 no longer writes it and its result URL could not be read into it',
    hint: "After the V2 job succeeds, read jq -r '.result.outputs[0].destination.url' from the final status response into the variable this call uses.",
    fixable: false,
  },
  {
    code: 'RB233',
    name: 'shell-cc-intermediate-dropped',
    severity: 'warning',
    faces: ['codemod', 'checker'],
    message:
      'the intermediate file is no longer kept in Creative Cloud: V2 hosts the result at a temporary URL, which this call now reads from {value} (storage external)',
    hint: 'If you need the intermediate file in Creative Cloud, upload it there yourself; otherwise delete this note.',
    fixable: false,
  },
  {
    code: 'RB234',
    name: 'photoshop-v1-call',
    severity: 'info',
    faces: ['codemod', 'checker'],
    message:
      'Photoshop API v1 call {value} left as it is: /pie/psdService is not Remove Background and has its own end of life',
    hint: "Migrate it to Photoshop API v2 separately (see Adobe's Photoshop API deprecation announcement).",
    fixable: false,
  },
  {
    code: 'RB235',
    name: 'shell-v1-status-url',
    severity: 'warning',
    faces: ['codemod', 'checker'],
    message:
      'V1 status URL {value} left unchanged: V2 jobs are polled at the statusUrl their submission returns',
    hint: "Poll the URL read with jq -r '.statusUrl' from the V2 POST response.",
    fixable: false,
  },
  // ── RB24x: runtime compatibility layer (v1Fetch, axios adapter, gateway) ─────────────────────────
  {
    code: 'RB240',
    name: 'upload-link-already-used',
    severity: 'info',
    faces: ['runtime'],
    message: 'the Dropbox upload link answered 409 (already used): counted as delivered',
    hint: 'Nothing to do: a temporary upload link accepts one upload, and an earlier poll already delivered this result.',
    fixable: false,
  },
  {
    code: 'RB241',
    name: 'delivery-failed',
    severity: 'error',
    faces: ['runtime'],
    message: 'the V2 result could not be delivered to output.href ({value})',
    hint: 'Check that output.href is a valid, unexpired presigned PUT/SAS URL or Dropbox upload link; submit the job again with a fresh one.',
    fixable: false,
  },
  {
    code: 'RB242',
    name: 'result-expired',
    severity: 'error',
    faces: ['runtime'],
    message: 'the V2 result URL expired before it was delivered (polled too late)',
    hint: 'V2 hosts results for about an hour: poll the job while it runs (or submit it again).',
    fixable: false,
  },
  {
    code: 'RB243',
    name: 'job-id-invalid',
    severity: 'error',
    faces: ['runtime'],
    message: 'the V1 job id is not one this compatibility layer issued, was altered, or has expired',
    hint: 'Poll the _links.self.href returned by the submit; ids expire (24 h by default) and are bound to the sealing keys.',
    fixable: false,
  },
  {
    code: 'RB244',
    name: 'compat-host-not-v1',
    severity: 'warning',
    faces: ['codemod'],
    message:
      'this V1 request goes to {value}, which v1Fetch does not treat as V1: it would reach that host untouched',
    hint: 'If {value} serves the Remove Background API (a proxy, a gateway), list it in RB_MIGRATE_V1_HOSTS (comma-separated) where the code runs, or use createV1Fetch({ v1Hosts }) from rb-migrate-runtime; then delete this line.',
    fixable: false,
  },
  {
    code: 'RB245',
    name: 'compat-site',
    severity: 'info',
    faces: ['checker'],
    message: 'V1 request {value} runs through the compatibility layer (v1Fetch, v1AxiosAdapter)',
    hint: 'Migrate natively when ready: rb-migrate rewrite (default --strategy native). check --fail-on info makes this fail.',
    fixable: false,
  },
  {
    code: 'RB246',
    name: 'v1-host-not-declared',
    severity: 'warning',
    faces: ['runtime'],
    message:
      'a V1 submit to {host} went to V1 untouched: v1Fetch treats only image.adobe.io and RB_MIGRATE_V1_HOSTS as V1',
    hint: 'If {host} serves the Remove Background API (a proxy, an emulator), add it to RB_MIGRATE_V1_HOSTS (comma-separated) or pass createV1Fetch({ v1Hosts }).',
    fixable: false,
  },
  // ── RB26x: JS sites decided together (a URL with its body, a poll with its submission) ────────────
  {
    code: 'RB260',
    name: 'status-without-submission',
    severity: 'warning',
    faces: ['codemod'],
    message:
      'V1 status URL {value} was left unchanged: no job submission migrated in this file goes with it, and V2 status does not know V1 jobs',
    hint: 'A poll changes together with the submission whose job id it polls: migrate both in one change (V2 answers {jobId, statusUrl}; poll that statusUrl), or move the poll next to its submission and run rb-migrate rewrite again.',
    fixable: false,
  },
  {
    code: 'RB261',
    name: 'endpoint-sent-nowhere',
    severity: 'warning',
    faces: ['codemod'],
    message:
      'V1 endpoint {value} is sent by no request rb-migrate can follow; the URL was left V1 with the bodies around it',
    hint: 'A URL and its body change together: make the request with this URL and its body in one call (fetch/axios/got/ky or a wrapper taking (url, body)) and run rb-migrate rewrite again, or delete the unused constant.',
    fixable: false,
  },
  {
    code: 'RB262',
    name: 'shared-endpoint-held',
    severity: 'warning',
    faces: ['codemod'],
    message:
      'V1 endpoint {value} is shared with a request that stays V1 (see its TODO); every request using it was left V1',
    hint: 'A shared URL changes only with every request that uses it: fix the request that stays V1 (its TODO says why), or give each request its own URL constant, then run rb-migrate rewrite again.',
    fixable: false,
  },
  {
    code: 'RB263',
    name: 'body-not-v1',
    severity: 'warning',
    faces: ['codemod'],
    message:
      'the body sent to V1 endpoint {value} is not a V1 Remove Background body (no input.href/output.href); request left unchanged',
    hint: 'V1 cutout/mask never accepted this body: find what the code meant to send, then write the V2 request by hand (image.source.url, mode, output; see docs/mapping.md).',
    fixable: false,
  },
  {
    code: 'RB264',
    name: 'runtime-translation',
    severity: 'warning',
    faces: ['codemod'],
    message:
      'the V1 body {value} is built at run time, so it is translated where it is sent (toV2Request from rb-migrate-runtime/translate); what it holds cannot be known statically: toV2Request reports its losses when it runs',
    hint: 'At run time toV2Request throws on a body V2 cannot express (RB1xx errors) and logs each other loss as `rb-migrate RB1xx (warning)`: run the code once, check those logs, then write the V2 body directly (docs/mapping.md) or keep the call, and delete this note.',
    fixable: false,
  },
  {
    code: 'RB280',
    name: 'runtime-dependency-missing',
    severity: 'info',
    faces: ['codemod', 'checker'],
    message: 'rewrite makes {value} import rb-migrate-runtime, which this package.json does not declare',
    hint: 'rb-migrate rewrite adds "rb-migrate-runtime" to its dependencies (formatting kept) together with the files that import it; or run npm i rb-migrate-runtime.',
    fixable: true,
  },
  // ── RB3xx: checker ─────────────────────────────────────────────────────────────────────────────
  {
    code: 'RB250',
    name: 'md-js-block-unparsable',
    severity: 'warning',
    faces: ['codemod', 'checker'],
    message: 'Markdown JS/TS code block that uses V1 does not parse {value}; left unchanged',
    hint: 'Make the snippet valid JS/TS (elisions such as `...` inside an object do not parse) and run rewrite again, or migrate it by hand (see docs/mapping.md).',
    fixable: false,
  },
  {
    code: 'RB251',
    name: 'proxy-serves-postman-v1',
    severity: 'warning',
    faces: ['codemod', 'checker'],
    message:
      'this server serves the V1 path {value} that a Postman collection of this project calls; the server and the collection were left V1 together',
    hint: 'Move the route, the body it forwards and the response fields it reads to V2 together with the collection requests (URL and raw body), then delete this TODO (see docs/mapping.md).',
    fixable: false,
  },
  {
    code: 'RB300',
    name: 'v1-endpoint',
    severity: 'error',
    faces: ['checker'],
    message: 'V1 Remove Background endpoint {value}',
    hint: 'Run rb-migrate rewrite: it switches to POST /v2/remove-background with mode.',
    fixable: true,
    manualHint:
      'rb-migrate rewrite leaves this URL V1 (it found no request it can migrate with it): switch it to POST /v2/remove-background together with its body by hand (docs/mapping.md).',
  },
  {
    code: 'RB301',
    name: 'v1-status-url',
    severity: 'error',
    faces: ['checker'],
    message: 'V1 status URL {value}',
    hint: 'Poll the statusUrl returned by V2 (or /v2/status/{jobId}).',
    fixable: true,
    manualHint:
      'rb-migrate rewrite leaves this poll V1: change it together with the submission whose job id it polls (V2: poll the statusUrl it returns).',
  },
  {
    code: 'RB302',
    name: 'v1-payload-shape',
    severity: 'warning',
    faces: ['checker'],
    message: 'object with the V1 request shape (input.href + output.href)',
    hint: 'Convert it to the V2 body with rb-migrate rewrite or toV2().',
    fixable: true,
    manualHint:
      'rb-migrate rewrite leaves this object V1 (no request it can follow sends it): convert it together with the request that sends it, by hand (docs/mapping.md) or with toV2().',
  },
  {
    code: 'RB303',
    name: 'v1-sdk-call',
    severity: 'error',
    faces: ['checker'],
    message: 'V1 SDK call {value}',
    hint: 'The SDK still calls /sensei/*; use rb-migrate runtime client (runV1 or submit/waitForJob/deliver).',
    fixable: false,
  },
  {
    code: 'RB304',
    name: 'v1-links-self',
    severity: 'warning',
    faces: ['checker'],
    message: '_links.self.href read on a V1 job response',
    hint: 'V2 returns statusUrl.',
    fixable: true,
    manualHint:
      'rb-migrate rewrite leaves this read V1: change it to statusUrl together with the request whose response it reads.',
  },
  {
    code: 'RB305',
    name: 'migration-todo',
    severity: 'error',
    faces: ['checker'],
    message: 'unresolved rb-migrate TODO {value}',
    hint: 'Do what the TODO says, then delete the marker.',
    fixable: false,
  },
  {
    code: 'RB306',
    name: 'v1-url-other-file',
    severity: 'warning',
    faces: ['checker'],
    message: 'V1 Remove Background URL {value}',
    hint: 'Update it by hand (JSON, Markdown and shell curl are rewritten by rb-migrate rewrite).',
    fixable: false,
  },
  {
    code: 'RB307',
    name: 'v1-url-in-comment',
    severity: 'info',
    faces: ['checker'],
    message: 'V1 Remove Background URL in a comment {value}',
    hint: 'Update the comment.',
    fixable: false,
  },
  {
    code: 'RB308',
    name: 'suppression-without-reason',
    severity: 'warning',
    faces: ['checker'],
    message: 'rb-migrate-ignore without a reason',
    hint: 'Write it as `rb-migrate-ignore RBxxx: <why this is fine>`.',
    fixable: false,
  },
  {
    code: 'RB309',
    name: 'v1-config-value',
    severity: 'warning',
    faces: ['checker'],
    message:
      'V1 URL {value} in a config file that code of this project reads; left V1 together with that code',
    hint: 'Change the value together with the request body in the code that reads it (see the RB215 TODO there).',
    fixable: false,
  },
  {
    code: 'RB311',
    name: 'v1-example-in-data',
    severity: 'warning',
    faces: ['checker'],
    message:
      'V1 example {value} (URL with its V1 body or V1 response) in a data file; the document was left V1 as a whole',
    hint: 'Rewrite the example by hand (URL, body and response together, see docs/mapping.md), or keep it as V1 documentation with rb-migrate-ignore RB311: <why>.',
    fixable: false,
  },
  {
    code: 'RB310',
    name: 'v1-path-in-prose',
    severity: 'info',
    faces: ['checker'],
    message: 'V1 Remove Background path in a test title, log or error message (not a request)',
    hint: 'Update the text when the code it describes is migrated.',
    fixable: false,
  },
  {
    code: 'RB320',
    name: 'v1-shell-request',
    severity: 'error',
    faces: ['checker'],
    message: 'V1 Remove Background request {value} in a shell command',
    hint: 'Run rb-migrate rewrite: it moves the URL, the curl body, the headers and the jq reads to V2 together.',
    fixable: true,
  },
  {
    code: 'RB321',
    name: 'v1-example-beside-v2',
    severity: 'info',
    faces: ['checker'],
    message: 'V1 example {value} kept beside its V2 counterpart (intentional mention)',
    hint: 'Nothing to do: a V1/V2 comparison is documentation.',
    fixable: false,
  },
  {
    code: 'RB322',
    name: 'v1-url-in-migration-prose',
    severity: 'info',
    faces: ['checker'],
    message: 'V1 URL {value} named in prose about V1 or the migration (intentional mention)',
    hint: 'Nothing to do, unless the text tells readers to call V1.',
    fixable: false,
  },
  {
    code: 'RB331',
    name: 'postman-via-v1-proxy',
    severity: 'warning',
    faces: ['checker'],
    message:
      'Postman request {value} goes to a server of this project that serves V1 paths (see its RB251 TODO); left V1 together with it',
    hint: 'Migrate the collection request (URL and raw body) together with the server route it calls.',
    fixable: false,
  },
  {
    code: 'RB340',
    name: 'v1-body-file-of-v1-request',
    severity: 'warning',
    faces: ['checker'],
    message:
      'V1 request body {value} in a file a curl request of this project sends (-d @file); left V1 together with that request',
    hint: 'Migrate the curl request (URL, headers, response reads) and this body file together, see docs/mapping.md; the request carries an RB230 TODO.',
    fixable: false,
  },
  {
    code: 'RB341',
    name: 'v1-links-read-in-data-script',
    severity: 'warning',
    faces: ['checker'],
    message:
      'V1 job response read in a script of this data file ({value}); the V1 request it runs after was left V1 with it',
    hint: 'Migrate the request (URL and raw body) and its script together: the V2 job answers {jobId, statusUrl}, so read statusUrl instead of _links.self.href (see docs/mapping.md).',
    fixable: false,
  },
  {
    code: 'RB342',
    name: 'v1-sdk-own-package',
    severity: 'warning',
    faces: ['checker'],
    message:
      'file of the V1 SDK package {value} itself (its code, docs or tests), not a user of it; rewrite leaves it V1',
    hint: 'The SDK calls V1 itself: port it to /v2/remove-background, or retire it in favour of rb-migrate-runtime. rb-migrate rewrites code that uses the SDK, not the SDK; its test doubles and README follow the SDK.',
    fixable: false,
  },
  {
    code: 'RB343',
    name: 'v1-read-in-later-block',
    severity: 'warning',
    faces: ['checker'],
    message:
      'Markdown code block whose V1 job response {value} a later block of the page reads (_links); left V1 with it',
    hint: 'The blocks of a page run as one program: migrate the request and the later read together by hand (V2 answers {jobId, statusUrl}), or merge the blocks into one and run rb-migrate rewrite again.',
    fixable: false,
  },
  {
    code: 'RB330',
    name: 'v1-in-machine-made-file',
    severity: 'warning',
    faces: ['checker'],
    message:
      'V1 Remove Background usage {value} in a minified or generated file; rewrite leaves it unchanged',
    hint: 'Migrate the source this file is built or generated from, then rebuild or regenerate it.',
    fixable: false,
  },
] as const satisfies readonly Rule[];

export type RuleCode = (typeof rules)[number]['code'];

export const RULES: readonly Rule[] = rules;

export const RULES_BY_CODE: Readonly<Record<RuleCode, Rule>> = Object.fromEntries(
  rules.map((r) => [r.code, r]),
) as unknown as Record<RuleCode, Rule>;
