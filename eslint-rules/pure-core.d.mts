import type { ESLint, Rule } from 'eslint';

declare const plugin: ESLint.Plugin & { rules: { 'pure-core': Rule.RuleModule } };
export default plugin;
