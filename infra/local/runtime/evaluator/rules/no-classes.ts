import { nodeRule } from './node-rule';

export const noClasses = nodeRule('no-classes', ['ClassDeclaration', 'ClassExpression'], 'Classes are not supported.');
