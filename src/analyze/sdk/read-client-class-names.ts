import type { SourceFile } from 'ts-morph';
import { SDKS, type SdkFacts } from 'rb-migrate-runtime/mapping';

/** Local names (`PhotoshopClient`, `ps.PhotoshopClient`) of the SDK client classes this file imports. */
export function readClientClassNames(file: SourceFile): Map<string, SdkFacts> {
  const names = new Map<string, SdkFacts>();
  for (const declaration of file.getImportDeclarations()) {
    const sdk = SDKS.find(
      (s) => s.module === declaration.getModuleSpecifierValue() && s.factory.form === 'new',
    );
    if (!sdk) continue;
    for (const named of declaration.getNamedImports())
      if (named.getName() === sdk.factory.export)
        names.set(named.getAliasNode()?.getText() ?? named.getName(), sdk);
    const namespace = declaration.getNamespaceImport() ?? declaration.getDefaultImport();
    if (namespace) names.set(`${namespace.getText()}.${sdk.factory.export}`, sdk);
  }
  return names;
}
