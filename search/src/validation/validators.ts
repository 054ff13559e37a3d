// Ids must look like UUIDs before they reach PostgreSQL's uuid columns (a malformed one is the caller's mistake).
import { ValidateBy, type ValidationOptions } from 'class-validator';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isUuid = (value: unknown): value is string => typeof value === 'string' && UUID.test(value);

export function IsUuid(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy({ name: 'isUuid', validator: { validate: isUuid, defaultMessage: () => 'must be a UUID' } }, options);
}

/** Length limits that whitespace cannot satisfy: "   " is not a three-character search. */
export function TrimmedLength(min: number, max: number, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'trimmedLength',
      constraints: [min, max],
      validator: {
        validate: (value: unknown) => typeof value === 'string' && value.trim().length >= min && value.trim().length <= max,
        defaultMessage: () => `must be ${min} to ${max} characters (not counting surrounding spaces)`,
      },
    },
    options,
  );
}
