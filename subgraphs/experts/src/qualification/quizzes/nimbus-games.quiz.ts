// Nimbus Games (Skyforge Legends) qualification quiz.
import { NIMBUS } from '@peerdesk/runtime/demo/community';
import type { QuizDefinition } from '../quiz.definition.ts';

export const NIMBUS_QUIZ: QuizDefinition = {
  brandId: NIMBUS.id,
  passMark: 70,
  questions: [
    {
      kind: 'MULTIPLE_CHOICE',
      id: 'gems-missing',
      prompt: 'A player bought gems but they did not arrive. What do you tell them first?',
      choices: [
        { id: 'a', text: 'Buy them again; the first purchase will be refunded automatically.' },
        { id: 'b', text: 'Restart the game so the store restores pending purchases, then check the purchase history.' },
        { id: 'c', text: 'Send you their account password so you can check.' },
      ],
      correctChoiceId: 'b',
      points: 10,
    },
    {
      kind: 'MULTIPLE_CHOICE',
      id: 'crash-on-launch',
      prompt: 'The game crashes on launch after an update. Which step is most likely to help?',
      choices: [
        { id: 'a', text: 'Verify the game files / clear the cache and update the graphics driver.' },
        { id: 'b', text: 'Delete the account and create a new one.' },
        { id: 'c', text: 'Wait a week.' },
      ],
      correctChoiceId: 'a',
      points: 10,
    },
    {
      kind: 'MULTIPLE_CHOICE',
      id: 'personal-data',
      prompt: 'A player posts their email and order number asking you to fix a charge. What do you do?',
      choices: [
        { id: 'a', text: 'Fix it yourself with their details.' },
        { id: 'b', text: 'Ignore the question.' },
        { id: 'c', text: 'Escalate it to an agent: account-specific issues need staff.' },
      ],
      correctChoiceId: 'c',
      points: 10,
    },
    {
      kind: 'WRITING',
      id: 'explain-raid',
      prompt: 'In 30 to 150 words, explain to a new player how to prepare for their first raid.',
      minWords: 30,
      maxWords: 150,
      keywords: ['gear', 'team', 'heal', 'level'],
      points: 10,
    },
  ],
};
