import { describe, expect, it } from 'vitest';
import { brandInput } from './settings.form.ts';

describe('brandInput', () => {
  it('reads every setting, drops the empty category row and turns an empty logo into null', () => {
    const form = new FormData();
    for (const [key, value] of [
      ['name', ' Telco Sol '],
      ['description', 'Ayuda'],
      ['primaryColor', '#123456'],
      ['accentColor', '#abcdef'],
      ['logoUrl', ' '],
      ['languages', 'es'],
      ['languages', 'en'],
      ['defaultLanguage', 'es'],
      ['categorySlug', 'roaming'],
      ['categoryName', 'Roaming'],
      ['categorySlug', ''],
      ['categoryName', ''],
      ['slaMinutes', '30'],
      ['claimMinutes', ''],
      ['waveMinutes', '5'],
      ['maxClaimsPerExpert', '2'],
    ])
      form.append(key, value);
    expect(brandInput('b1', form)).toEqual({
      brandId: 'b1',
      name: 'Telco Sol',
      description: 'Ayuda',
      primaryColor: '#123456',
      accentColor: '#abcdef',
      logoUrl: null,
      languages: ['es', 'en'],
      defaultLanguage: 'es',
      categories: [{ slug: 'roaming', name: 'Roaming' }],
      slaMinutes: 30,
      claimMinutes: null,
      waveMinutes: 5,
      maxClaimsPerExpert: 2,
      openAnswering: false,
    });
    form.append('openAnswering', 'on');
    expect(brandInput('b1', form).openAnswering).toBe(true);
  });
});
