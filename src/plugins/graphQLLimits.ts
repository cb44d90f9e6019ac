import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases'
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth'
import type { GraphQLError, ValidationContext } from 'graphql'

const report = (context: ValidationContext | null, error: GraphQLError) => context?.reportError(error)

/**
 * GraphQL bounds, checked before anything runs: nesting depth, aliases (30 copies of one query in
 * one request) and Payload's own complexity score (each field 1, each relationship or list more).
 */
export const graphQLLimits = {
  maxComplexity: 300,
  // Reported as validation errors (a 400 with the reason); thrown, graphql-http would answer 500.
  validationRules: () => [
    maxDepthRule({ n: 6, exposeLimits: true, propagateOnRejection: false, onReject: [report] }),
    maxAliasesRule({ n: 5, exposeLimits: true, propagateOnRejection: false, onReject: [report] }),
  ],
}
