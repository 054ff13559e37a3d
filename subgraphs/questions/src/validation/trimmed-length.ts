// Length limits that whitespace cannot satisfy: "     " is not a five-character title.
import { ValidateBy, type ValidationOptions } from 'class-validator';

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
