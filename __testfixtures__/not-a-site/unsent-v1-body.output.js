// A V1-shaped body built and returned, sent nowhere in this file: left as it is, reported by check (RB302).
export function draftPayload(source, target) {
  return {
    input: { storage: 'external', href: source },
    output: { storage: 'external', href: target },
  };
}
