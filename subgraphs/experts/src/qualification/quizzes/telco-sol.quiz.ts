// Telco Sol qualification quiz (in Spanish, the brand's default language).
import { TELCO } from '@peerdesk/runtime/demo/community';
import type { QuizDefinition } from '../quiz.definition.ts';

export const TELCO_QUIZ: QuizDefinition = {
  brandId: TELCO.id,
  passMark: 75,
  questions: [
    {
      kind: 'MULTIPLE_CHOICE',
      id: 'roaming-datos',
      prompt: 'Un cliente no tiene datos en el extranjero. ¿Qué revisas primero?',
      choices: [
        { id: 'a', text: 'Que el roaming de datos esté activado en el móvil y en su tarifa.' },
        { id: 'b', text: 'Que cambie de tarjeta SIM.' },
        { id: 'c', text: 'Que reinstale todas sus aplicaciones.' },
      ],
      correctChoiceId: 'a',
      points: 10,
    },
    {
      kind: 'MULTIPLE_CHOICE',
      id: 'factura-alta',
      prompt: 'Una factura es más alta de lo normal. ¿Qué le sugieres?',
      choices: [
        { id: 'a', text: 'Que deje de pagarla.' },
        { id: 'b', text: 'Revisar el desglose de consumos en el área de cliente y, si hay un cargo indebido, escalarlo.' },
        { id: 'c', text: 'Que comparta su IBAN en la comunidad.' },
      ],
      correctChoiceId: 'b',
      points: 10,
    },
    {
      kind: 'MULTIPLE_CHOICE',
      id: 'fibra-lenta',
      prompt: 'La fibra va lenta por wifi pero bien por cable. ¿Cuál es la causa más probable?',
      choices: [
        { id: 'a', text: 'Una avería en la central.' },
        { id: 'b', text: 'La cobertura o el canal del wifi del router.' },
        { id: 'c', text: 'La factura sin pagar.' },
      ],
      correctChoiceId: 'b',
      points: 10,
    },
    {
      kind: 'WRITING',
      id: 'explicar-portabilidad',
      prompt: 'En 30 a 150 palabras, explica a un cliente cómo traer su número desde otro operador.',
      minWords: 30,
      maxWords: 150,
      keywords: ['portabilidad', 'número', 'días', 'sim'],
      points: 10,
    },
  ],
};
