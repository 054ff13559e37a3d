// The brand settings form: what the admin typed, read back into updateBrand's input (the server validates).
import { text } from '#lib/server/form.ts';

export interface CategoryRow {
  slug: string;
  name: string;
}

/** Category rows as typed; rows left empty (the spare one) are dropped. */
export function categoryRows(form: FormData): CategoryRow[] {
  const slugs = form.getAll('categorySlug');
  const names = form.getAll('categoryName');
  return slugs
    .map((slug, i) => ({ slug: String(slug).trim(), name: String(names[i] ?? '').trim() }))
    .filter((row) => row.slug || row.name);
}

const wholeNumber = (form: FormData, name: string) => {
  const value = text(form, name).trim();
  return value === '' ? null : Number(value);
};

export function brandInput(brandId: string, form: FormData) {
  const logoUrl = text(form, 'logoUrl').trim();
  return {
    brandId,
    name: text(form, 'name').trim(),
    description: text(form, 'description').trim(),
    primaryColor: text(form, 'primaryColor'),
    accentColor: text(form, 'accentColor'),
    // An empty field removes the logo (the API takes null for that).
    logoUrl: logoUrl === '' ? null : logoUrl,
    languages: form.getAll('languages').map(String),
    defaultLanguage: text(form, 'defaultLanguage'),
    categories: categoryRows(form),
    slaMinutes: wholeNumber(form, 'slaMinutes'),
    claimMinutes: wholeNumber(form, 'claimMinutes'),
    waveMinutes: wholeNumber(form, 'waveMinutes'),
    maxClaimsPerExpert: wholeNumber(form, 'maxClaimsPerExpert'),
    // A checkbox: present when ticked.
    openAnswering: form.get('openAnswering') === 'on',
  };
}
