import { describe, expect, it } from 'vitest';
import { withCitation } from './citation.ts';

describe('withCitation', () => {
  it('appends the answer and an italic credit line to the draft', () => {
    expect(withCitation('', 'Activa el roaming.', 'Basado en [una respuesta de @ana](/telco-sol/q/1#answer-2)')).toBe(
      'Activa el roaming.\n\n_Basado en [una respuesta de @ana](/telco-sol/q/1#answer-2)_\n',
    );
    expect(withCitation('Hola:  \n', 'Paso 1', 'x')).toBe('Hola:\n\nPaso 1\n\n_x_\n');
  });
});
