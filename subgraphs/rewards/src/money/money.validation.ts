import { registerDecorator, type ValidationOptions } from 'class-validator';
import { isCurrency } from './money.ts';

/** An ISO 4217 code in capitals that Intl knows (so it can be formatted). */
export function IsCurrency(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isCurrency',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: 'must be an ISO 4217 currency code such as USD', ...options },
      validator: { validate: (value: unknown) => typeof value === 'string' && isCurrency(value) },
    });
}
