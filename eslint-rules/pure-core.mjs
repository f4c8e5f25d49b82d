/**
 * gutskin/pure-core: the domain core (knowledge base, rules engine, handouts, CDS mapping and cards) is pure
 * TypeScript. It may import only other core modules and a short allow-list of computation-only packages, and it may
 * not touch the process, the console, the network or the global object. Imports are resolved (relative paths and
 * the `@/` alias alike), so no spelling of a path gets around the rule.
 */
import path from 'node:path';

const ALIAS = '@/';

/** @param {string} file @param {string} root */
const relativeToRoot = (file, root) => path.relative(root, file).split(path.sep).join('/');

/** @param {string} source @param {string} fileFromRoot */
function resolveSource(source, fileFromRoot) {
  if (source.startsWith(ALIAS)) return { local: path.posix.normalize(source.slice(ALIAS.length)) };
  if (source.startsWith('.'))
    return { local: path.posix.normalize(path.posix.join(path.posix.dirname(fileFromRoot), source)) };
  if (source.startsWith('/')) return { local: null, absolute: source };
  return { package: source };
}

const packageName = (source) =>
  source.startsWith('@') ? source.split('/').slice(0, 2).join('/') : source.split('/')[0];

const inFolder = (local, folder) => local === folder || local.startsWith(`${folder}/`);

/** @type {import('eslint').Rule.RuleModule} */
const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'The domain core imports only the core and computation-only packages, and does no I/O.' },
    schema: [
      {
        type: 'object',
        properties: {
          root: { type: 'string' },
          core: { type: 'array', items: { type: 'string' } },
          packages: { type: 'array', items: { type: 'string' } },
          globals: { type: 'array', items: { type: 'string' } },
        },
        required: ['core', 'packages', 'globals'],
        additionalProperties: false,
      },
    ],
    messages: {
      outside:
        "'{{source}}' is outside the pure core ({{core}}). Domain code takes data in and gives data back: do the I/O at the edge and pass the result in.",
      package:
        "'{{source}}' is not on the pure core's package allow-list ({{packages}}). Frameworks, databases, generated clients and I/O stay at the edge.",
      computed: 'The pure core imports only fixed module names, so the rule can check them.',
      global:
        "'{{name}}' is not available to the pure core (no process, console, network or global object). Pass what you need in.",
    },
  },
  create(context) {
    const [{ root = context.cwd, core, packages, globals }] = /** @type {any} */ (context.options);
    const fileFromRoot = relativeToRoot(context.filename, root);
    const allowedPackages = new Set(packages);

    /** @param {import('estree').Node} node @param {import('estree').Node | null | undefined} sourceNode */
    function check(node, sourceNode) {
      if (!sourceNode) return;
      if (sourceNode.type !== 'Literal' || typeof sourceNode.value !== 'string') {
        if (sourceNode.type === 'TemplateLiteral' && sourceNode.expressions.length === 0) {
          return checkSource(node, sourceNode.quasis[0].value.cooked ?? '');
        }
        return context.report({ node, messageId: 'computed' });
      }
      checkSource(node, sourceNode.value);
    }

    function checkSource(node, source) {
      const resolved = resolveSource(source, fileFromRoot);
      if (resolved.package !== undefined) {
        if (allowedPackages.has(source) || allowedPackages.has(packageName(source))) return;
        return context.report({ node, messageId: 'package', data: { source, packages: packages.join(', ') } });
      }
      if (resolved.local !== null && core.some((folder) => inFolder(resolved.local, folder))) return;
      context.report({ node, messageId: 'outside', data: { source, core: core.join(', ') } });
    }

    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source),
      TSImportEqualsDeclaration: (node) => {
        if (node.moduleReference.type === 'TSExternalModuleReference') check(node, node.moduleReference.expression);
      },
      'Program:exit'(program) {
        const scope = context.sourceCode.getScope(program);
        // A configured global (node's `process`, the browser's `fetch`) is a variable of the global scope; an
        // undeclared one is left in `through`. Either way it is not declared by the module itself.
        const forbidden = new Set(globals);
        const references = [
          ...scope.through,
          ...globals.flatMap((name) => {
            const variable = scope.set.get(name);
            return variable && variable.defs.length === 0 ? variable.references : [];
          }),
        ];
        for (const reference of new Set(references)) {
          const name = reference.identifier.name;
          if (forbidden.has(name)) context.report({ node: reference.identifier, messageId: 'global', data: { name } });
        }
      },
    };
  },
};

const plugin = { meta: { name: 'gutskin' }, rules: { 'pure-core': rule } };
export default plugin;
