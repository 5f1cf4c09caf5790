/**
 * Input validation of every mutation, generated or ours: before a mutation
 * resolves, its arguments are walked with their GraphQL input types, and each
 * `<Type>CreateInput` / `<Type>UpdateInput` met on the way (the top-level
 * ones and the nested creates and updates of relationships and their
 * properties) is checked against the rules of `<Type>` shared with the
 * explorer (model/src/validation). A single broken rule refuses the whole
 * mutation, with every broken field named, before anything is written.
 *
 * @neo4j/graphql 7 has no value validation of its own (its `@authorization`
 * validates against the token, not the input), hence this wrapper.
 */
import {
  getNamedType,
  getNullableType,
  isInputObjectType,
  isListType,
  type GraphQLFieldResolver,
  type GraphQLInputType,
  type GraphQLSchema,
} from "graphql";
import { describeIssue, ENTITY_RULES, validateFields } from "@maillage/model";
import { UNIQUE_PROPERTIES } from "@maillage/schema";
import { InputValidationError, UniqueValueError, type InputFieldIssue } from "../errors";

const INPUT_NAME = /^(\w+?)(Create|Update)Input$/;

/** The values an input object gives its type's fields: raw on create, `{ set }` on update. */
function valuesOf(input: Record<string, unknown>, kind: string): Record<string, unknown> {
  if (kind === "Create") return input;
  const values: Record<string, unknown> = {};
  for (const [field, operation] of Object.entries(input)) {
    if (operation && typeof operation === "object" && "set" in operation)
      values[field] = (operation as { set: unknown }).set;
  }
  return values;
}

/** Every broken rule in `value` (of GraphQL type `type`), with its path in the arguments. */
export function inputIssues(value: unknown, type: GraphQLInputType, path: string): InputFieldIssue[] {
  const nullable = getNullableType(type);
  if (value === null || value === undefined) return [];
  if (isListType(nullable)) {
    return Array.isArray(value)
      ? value.flatMap((item, i) => inputIssues(item, nullable.ofType, `${path}[${i}]`))
      : inputIssues(value, nullable.ofType, path);
  }
  if (!isInputObjectType(nullable) || typeof value !== "object") return [];
  const input = value as Record<string, unknown>;
  const issues: InputFieldIssue[] = [];
  const match = INPUT_NAME.exec(nullable.name);
  if (match && ENTITY_RULES[match[1]]) {
    for (const issue of validateFields(match[1], valuesOf(input, match[2]))) {
      issues.push({
        path: `${path}.${issue.field}`,
        field: issue.field,
        rule: issue.code,
        ...(issue.params ? { params: issue.params } : {}),
        message: describeIssue(issue),
      });
    }
  }
  const fields = nullable.getFields();
  for (const [name, child] of Object.entries(input)) {
    const field = fields[name];
    if (field && isInputObjectType(getNamedType(field.type)))
      issues.push(...inputIssues(child, field.type, path ? `${path}.${name}` : name));
  }
  return issues;
}

/** The unique properties (siret, rnaId...) a mutation's arguments write, outside its filters. */
export function uniqueFieldsWritten(value: unknown, found = new Set<string>()): string[] {
  if (Array.isArray(value)) value.forEach((v) => uniqueFieldsWritten(v, found));
  else if (value && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) {
      if (key === "where") continue;
      const written = child && typeof child === "object" && "set" in child ? (child as { set: unknown }).set : child;
      if (UNIQUE_PROPERTIES.includes(key) && (typeof written === "string" || typeof written === "number"))
        found.add(key);
      else uniqueFieldsWritten(child, found);
    }
  }
  return [...found].sort();
}

/**
 * Wraps each mutation's resolver so that it validates its arguments first, and
 * names the field when a write breaks a uniqueness constraint (@neo4j/graphql
 * reports only "Constraint validation failed": the candidates are the unique
 * properties the arguments write). Changes `schema` in place and returns it.
 */
export function validateMutationInputs(schema: GraphQLSchema): GraphQLSchema {
  const mutation = schema.getMutationType();
  if (!mutation) return schema;
  for (const field of Object.values(mutation.getFields())) {
    const resolve = field.resolve as GraphQLFieldResolver<unknown, unknown> | undefined;
    if (!resolve) continue;
    const args = field.args;
    field.resolve = async (source, values, context, info) => {
      const issues = args.flatMap((arg) => inputIssues(values[arg.name], arg.type, arg.name));
      if (issues.length > 0) throw new InputValidationError(issues);
      try {
        return await resolve(source, values, context, info);
      } catch (error) {
        if (error instanceof Error && error.name === "Neo4jGraphQLConstraintValidationError")
          throw new UniqueValueError(uniqueFieldsWritten(values));
        throw error;
      }
    };
  }
  return schema;
}
