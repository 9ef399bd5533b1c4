// `cem analyze` (run by `npm run build`): dist/custom-elements.json, the manifest of every element,
// from the JSDoc in src/.

/**
 * Our elements are registered by `defineElement('strichka-ticker', StrichkaTicker)` in the entry
 * files, which the analyzer does not know: this plugin reads those calls and gives each class its
 * tag name, and records the registration as the entry module's `custom-element-definition` export.
 */
function defineElementCalls() {
  const tags = new Map();
  return {
    name: 'strichka-define-element',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || node.expression.getText() != 'defineElement') return;
      const [tag, element] = node.arguments;
      if (!tag || !element || !ts.isStringLiteral(tag)) return;
      tags.set(element.getText(), tag.text);
      moduleDoc.exports ??= [];
      moduleDoc.exports.push({
        kind: 'custom-element-definition',
        name: tag.text,
        declaration: { name: element.getText(), module: moduleDoc.path },
      });
    },
    packageLinkPhase({ customElementsManifest }) {
      const declaredIn = new Map();
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          const tag = tags.get(declaration.name);
          if (declaration.kind != 'class') continue;
          declaredIn.set(declaration.name, module.path);
          if (tag) Object.assign(declaration, { customElement: true, tagName: tag });
          // the abstract bases are classes to extend, not elements of their own
          else delete declaration.customElement;
          // an event dispatched by a constant's name (SOURCE_CHANGE_EVENT) is documented by @fires
          if (declaration.events) declaration.events = declaration.events.filter((event) => !/^[A-Z_]+$/.test(event.name));
          // lit's `{ state: true }` fields are internal: the analyzer lists them as attributes all the same
          const internal = new Set((declaration.members ?? []).filter((member) => member.privacy && member.privacy != 'public').map((member) => member.name));
          if (declaration.attributes) declaration.attributes = declaration.attributes.filter((attribute) => !internal.has(attribute.fieldName));
        }
      }
      for (const module of customElementsManifest.modules) {
        for (const definition of module.exports ?? []) {
          if (definition.kind == 'custom-element-definition') definition.declaration.module = declaredIn.get(definition.declaration.name);
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/loader/**'],
  outdir: 'dist',
  litelement: true,
  packagejson: false,
  plugins: [defineElementCalls()],
};
