// The Elasticsearch index layout: per-language analyzed fields, the template every versioned index is built from,
// and how an IndexedQuestion becomes a document.
import type { estypes } from '@elastic/elasticsearch';
import type { IndexedQuestion } from './search.adapter.ts';

/** The alias searches and writes go through; it points at exactly one versioned index. */
export const QUESTIONS_ALIAS = 'peerdesk-questions';

/** Languages with their own analysis; anything else is indexed with accent-folding only. */
export const LANGUAGE_GROUPS = ['es', 'en', 'other'] as const;
export type LanguageGroup = (typeof LANGUAGE_GROUPS)[number];

export const groupOf = (language: string): LanguageGroup => (language === 'es' || language === 'en' ? language : 'other');

export const ANALYZERS: Record<LanguageGroup, string> = {
  es: 'peerdesk_spanish',
  en: 'peerdesk_english',
  other: 'peerdesk_folded',
};

export const fieldsOf = (group: LanguageGroup) => ({ title: `title_${group}`, body: `body_${group}`, answer: `answer_${group}` });

/** Versioned indices are named `<alias>_v<epoch ms>`; the template matches them all. */
export const versionedIndexName = (alias: string, at = Date.now()) => `${alias}_v${at}`;
export const indexPattern = (alias: string) => `${alias}_v*`;

// Stop words are removed before folding (the lists are accented: "está", "más"); folding comes before stemming so
// "facturacion" and "facturación" stem alike. The light Spanish stemmer is what Elastic's own Spanish analyzer uses.
const analysis: estypes.IndicesIndexSettingsAnalysis = {
  filter: {
    peerdesk_spanish_stop: { type: 'stop', stopwords: '_spanish_' },
    peerdesk_spanish_stemmer: { type: 'stemmer', language: 'light_spanish' },
    peerdesk_english_possessive: { type: 'stemmer', language: 'possessive_english' },
    peerdesk_english_stop: { type: 'stop', stopwords: '_english_' },
    peerdesk_english_stemmer: { type: 'stemmer', language: 'english' },
  },
  analyzer: {
    peerdesk_spanish: {
      type: 'custom',
      tokenizer: 'standard',
      filter: ['lowercase', 'peerdesk_spanish_stop', 'asciifolding', 'peerdesk_spanish_stemmer'],
    },
    peerdesk_english: {
      type: 'custom',
      tokenizer: 'standard',
      filter: ['peerdesk_english_possessive', 'lowercase', 'peerdesk_english_stop', 'asciifolding', 'peerdesk_english_stemmer'],
    },
    peerdesk_folded: { type: 'custom', tokenizer: 'standard', filter: ['lowercase', 'asciifolding'] },
  },
};

const text = (analyzer: string): estypes.MappingProperty => ({ type: 'text', analyzer });
const keyword: estypes.MappingProperty = { type: 'keyword' };

const languageFields = Object.fromEntries(
  LANGUAGE_GROUPS.flatMap((group) => Object.values(fieldsOf(group)).map((field) => [field, text(ANALYZERS[group])])),
);

export function questionsTemplate(alias: string): estypes.IndicesPutIndexTemplateRequest {
  return {
    name: alias,
    index_patterns: [indexPattern(alias)],
    priority: 100,
    template: {
      settings: {
        number_of_shards: 1,
        // One replica once a second node exists; none on a single-node (test, embedded) cluster.
        auto_expand_replicas: '0-1',
        refresh_interval: '1s',
        analysis,
      },
      mappings: {
        dynamic: 'strict',
        properties: {
          question_id: keyword,
          brand_id: keyword,
          language: keyword,
          answer_id: keyword,
          answer_author_id: keyword,
          resolved_at: { type: 'date' },
          // The originals, returned as they were written (markdown); only the per-language copies are searched.
          title: { type: 'keyword', index: false, doc_values: false },
          answer_body: { type: 'text', index: false },
          ...languageFields,
        },
      },
    },
  };
}

/** Control characters are stripped so only the engine's highlight marks can appear in fragments. */
// eslint-disable-next-line no-control-regex -- the highlight marks are control characters on purpose
const clean = (value: string) => value.replace(/[\u0001\u0002]/g, '');

export interface QuestionDocument {
  question_id: string;
  brand_id: string;
  language: string;
  answer_id: string;
  answer_author_id: string;
  resolved_at: string;
  title: string;
  answer_body: string;
  [languageField: string]: string;
}

export function toDocument(doc: IndexedQuestion): QuestionDocument {
  const fields = fieldsOf(groupOf(doc.language));
  return {
    question_id: doc.questionId,
    brand_id: doc.brandId,
    language: doc.language,
    answer_id: doc.answerId,
    answer_author_id: doc.answerAuthorId,
    resolved_at: doc.resolvedAt.toISOString(),
    title: clean(doc.title),
    answer_body: clean(doc.answerBody),
    [fields.title]: clean(doc.title),
    [fields.body]: clean(doc.body),
    [fields.answer]: clean(doc.answerBody),
  };
}
