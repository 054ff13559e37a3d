// The demo community seeded on first `npm start`: two brands, their staff, experts, customers and questions
// in every state. Each service seeds its own part from this one description.
import { expertId } from '../ids.ts';
import { demoId } from './ids.ts';

export const DEMO_PASSWORD = 'demo-pass-1234';

export type DemoRole = 'customer' | 'expert' | 'agent' | 'admin';
export type DemoQuestionState = 'open' | 'claimed' | 'answered' | 'resolved' | 'escalated';

export interface DemoBrand {
  id: string;
  slug: string;
  name: string;
  description: string;
  defaultLanguage: 'en' | 'es';
  languages: ('en' | 'es')[];
  theme: { logoUrl: string | null; primaryColor: string; accentColor: string };
  categories: { slug: string; name: string }[];
  slaMinutes: number;
  inKindRewards: boolean;
}

export interface DemoAccount {
  id: string;
  email: string;
  handle: string;
  fullName: string;
  locale: 'en' | 'es';
  memberships: { brandId: string; roles: DemoRole[] }[];
}

export interface DemoExpert {
  id: string;
  userId: string;
  brandId: string;
  skills: string[];
  languages: string[];
  reputation: number;
  bio: string;
}

export interface DemoAnswer {
  id: string;
  expertEmail: string;
  body: string;
  minutesAfterAsk: number;
  accepted?: boolean;
}

export interface DemoQuestion {
  id: string;
  brandId: string;
  authorEmail: string;
  title: string;
  body: string;
  category: string;
  language: 'en' | 'es';
  state: DemoQuestionState;
  hoursAgo: number;
  claimedByEmail?: string;
  answers: DemoAnswer[];
  rating?: number;
  ratingComment?: string;
}

const brand = (b: Omit<DemoBrand, 'id'>): DemoBrand => ({ ...b, id: demoId(`brand:${b.slug}`) });

export const NIMBUS = brand({
  slug: 'nimbus-games',
  name: 'Nimbus Games',
  description: 'Players helping players with Skyforge Legends: accounts, purchases, gameplay and performance.',
  defaultLanguage: 'en',
  languages: ['en'],
  theme: { logoUrl: null, primaryColor: '#4338ca', accentColor: '#f59e0b' },
  categories: [
    { slug: 'gameplay', name: 'Gameplay' },
    { slug: 'purchases', name: 'Purchases & gems' },
    { slug: 'performance', name: 'Performance & crashes' },
    { slug: 'account', name: 'Account & login' },
  ],
  slaMinutes: 30,
  inKindRewards: true,
});

export const TELCO = brand({
  slug: 'telco-sol',
  name: 'Telco Sol',
  description: 'La comunidad de clientes de Telco Sol: móvil, fibra, roaming y facturas, resueltos por clientes expertos.',
  defaultLanguage: 'es',
  languages: ['es', 'en'],
  theme: { logoUrl: null, primaryColor: '#b45309', accentColor: '#0e7490' },
  categories: [
    { slug: 'roaming', name: 'Roaming y viajes' },
    { slug: 'facturacion', name: 'Facturas y pagos' },
    { slug: 'fibra', name: 'Fibra e internet' },
    { slug: 'movil', name: 'Móvil y tarifas' },
  ],
  slaMinutes: 60,
  inKindRewards: false,
});

export const DEMO_BRANDS: DemoBrand[] = [NIMBUS, TELCO];

const account = (email: string, fullName: string, locale: 'en' | 'es', memberships: DemoAccount['memberships']): DemoAccount => ({
  id: demoId(`user:${email}`),
  email,
  handle: email.split('@')[0]!.replace(/[^a-z0-9]/g, '') + '_' + email.split('@')[1]!.split('.')[0]!.split('-')[0],
  fullName,
  locale,
  memberships,
});

const EN_NAMES = ['Olivia Carter', 'Liam Brooks', 'Maya Singh', 'Noah Fischer', 'Ava Morgan', 'Ethan Price', 'Zoe Turner', 'Lucas Reed'];
const ES_NAMES = ['Lucía Fernández', 'Javier Ruiz', 'Carmen Ortega', 'Pablo Navarro', 'Elena Vidal', 'Diego Romero', 'Sofía Molina', 'Andrés Castro'];

function brandAccounts(b: DemoBrand): DemoAccount[] {
  const names = b.defaultLanguage === 'es' ? ES_NAMES : EN_NAMES;
  const locale = b.defaultLanguage;
  const staff = [
    account(`admin@${b.slug}.test`, `${b.name} Admin`, locale, [{ brandId: b.id, roles: ['admin'] }]),
    account(`agent@${b.slug}.test`, `${b.name} Agent`, locale, [{ brandId: b.id, roles: ['agent'] }]),
  ];
  const experts = [1, 2, 3, 4, 5].map((n) =>
    account(`expert${n}@${b.slug}.test`, names[n - 1]!, locale, [{ brandId: b.id, roles: ['customer', 'expert'] }]),
  );
  const customers = [1, 2, 3].map((n) =>
    account(`customer${n}@${b.slug}.test`, names[4 + n]!, locale, [{ brandId: b.id, roles: ['customer'] }]),
  );
  return [...staff, ...experts, ...customers];
}

export const DEMO_ACCOUNTS: DemoAccount[] = DEMO_BRANDS.flatMap(brandAccounts);

export const accountByEmail = (email: string): DemoAccount => {
  const found = DEMO_ACCOUNTS.find((a) => a.email === email);
  if (!found) throw new Error(`No demo account ${email}`);
  return found;
};

const EXPERT_PROFILES: Record<string, { skills: string[]; languages: string[]; reputation: number; bio: string }[]> = {
  [NIMBUS.slug]: [
    { skills: ['gameplay', 'account'], languages: ['en'], reputation: 1840, bio: 'Raid leader since season one.' },
    { skills: ['purchases', 'account'], languages: ['en', 'es'], reputation: 1210, bio: 'Knows the gem store inside out.' },
    { skills: ['performance'], languages: ['en'], reputation: 760, bio: 'PC builder; fixes crashes for fun.' },
    { skills: ['gameplay'], languages: ['en'], reputation: 320, bio: 'Speedrunner and guide writer.' },
    { skills: ['performance', 'gameplay'], languages: ['en'], reputation: 95, bio: 'New expert, console player.' },
  ],
  [TELCO.slug]: [
    { skills: ['roaming', 'movil'], languages: ['es', 'en'], reputation: 2150, bio: 'Viajo mucho y conozco el roaming al detalle.' },
    { skills: ['facturacion'], languages: ['es'], reputation: 1390, bio: 'Contable; leo facturas como novelas.' },
    { skills: ['fibra'], languages: ['es'], reputation: 880, bio: 'Instalador de redes jubilado.' },
    { skills: ['movil', 'roaming'], languages: ['es'], reputation: 410, bio: 'Cliente desde hace diez años.' },
    { skills: ['fibra', 'facturacion'], languages: ['es', 'en'], reputation: 120, bio: 'Ingeniera de telecomunicaciones.' },
  ],
};

export const DEMO_EXPERTS: DemoExpert[] = DEMO_BRANDS.flatMap((b) =>
  EXPERT_PROFILES[b.slug]!.map((profile, index) => {
    const user = accountByEmail(`expert${index + 1}@${b.slug}.test`);
    return { id: expertId(b.id, user.id), userId: user.id, brandId: b.id, ...profile };
  }),
);

let questionCount = 0;
function question(b: DemoBrand, q: Omit<DemoQuestion, 'id' | 'brandId' | 'answers'> & { answers?: Omit<DemoAnswer, 'id'>[] }): DemoQuestion {
  const key = `question:${b.slug}:${++questionCount}`;
  return {
    ...q,
    id: demoId(key),
    brandId: b.id,
    answers: (q.answers ?? []).map((a, i) => ({ ...a, id: demoId(`${key}:answer:${i}`) })),
  };
}

const n = (suffix: string) => `${suffix}@${NIMBUS.slug}.test`;
const t = (suffix: string) => `${suffix}@${TELCO.slug}.test`;

export const DEMO_QUESTIONS: DemoQuestion[] = [
  question(NIMBUS, {
    authorEmail: n('customer1'), title: 'Gems bought on mobile do not show up on PC',
    body: 'I bought the 1,200 gem pack on my phone yesterday but when I log in on PC my balance is still the old one. Same account on both.',
    category: 'purchases', language: 'en', state: 'resolved', hoursAgo: 70, rating: 5, ratingComment: 'Worked instantly, thanks!',
    answers: [{ expertEmail: n('expert2'), minutesAfterAsk: 6, accepted: true,
      body: 'Purchases sync when both devices use the **same Nimbus ID**, not just the same store account.\n\n1. On mobile open *Settings → Account* and check the Nimbus ID.\n2. On PC sign out and sign in with that ID.\n3. If the gems are still missing, use *Restore purchases* on mobile; it re-sends the receipt.' }],
  }),
  question(NIMBUS, {
    authorEmail: n('customer2'), title: 'Game crashes on launch after the latest patch',
    body: 'Since patch 4.2 the game closes right after the splash screen. Windows 11, RTX 3060, drivers updated last month.',
    category: 'performance', language: 'en', state: 'resolved', hoursAgo: 50, rating: 4,
    answers: [{ expertEmail: n('expert3'), minutesAfterAsk: 12, accepted: true,
      body: 'Patch 4.2 needs a recent GPU driver for the new shader cache. Update the NVIDIA driver to the latest version, then in the launcher choose *Repair files*. Deleting `%LOCALAPPDATA%/Skyforge/ShaderCache` also forces a clean rebuild.' }],
  }),
  question(NIMBUS, {
    authorEmail: n('customer3'), title: 'Best build for the Frost Warden raid boss?',
    body: 'Our guild keeps wiping at phase two of Frost Warden. What build and gear should a healer bring?',
    category: 'gameplay', language: 'en', state: 'resolved', hoursAgo: 30, rating: 5,
    answers: [
      { expertEmail: n('expert1'), minutesAfterAsk: 4, accepted: true,
        body: 'Phase two punishes stacking. As a healer run **Emberheart** with the *Warmth* talent, bring two fire-resistance charms and pre-shield before every *Glacial Nova* (every 40 s). Ask your tanks to pull the boss away from the frozen pillars.' },
      { expertEmail: n('expert4'), minutesAfterAsk: 15, body: 'Also make sure someone interrupts the *Frozen Chant*; it doubles the Nova damage.' },
    ],
  }),
  question(NIMBUS, {
    authorEmail: n('customer1'), title: 'Stuttering in the capital city on Steam Deck',
    body: 'FPS drops to 15 in Aetherspire whenever many players are around. Any settings that help?',
    category: 'performance', language: 'en', state: 'answered', hoursAgo: 6,
    answers: [{ expertEmail: n('expert5'), minutesAfterAsk: 20, body: 'Set *Player density* to Low and cap the frame rate at 40 in the Deck\'s performance menu; that keeps frame pacing steady in crowded zones.' }],
  }),
  question(NIMBUS, {
    authorEmail: n('customer2'), title: 'How do I transfer my character to another server?',
    body: 'My friends play on the Solstice server. Is there a way to move my level 60 ranger there without starting over?',
    category: 'account', language: 'en', state: 'claimed', hoursAgo: 1, claimedByEmail: n('expert1'),
  }),
  question(NIMBUS, {
    authorEmail: n('customer3'), title: 'Daily quest reward chest is empty',
    body: 'I completed all daily quests but the reward chest opened with nothing inside. Is this a known bug?',
    category: 'gameplay', language: 'en', state: 'open', hoursAgo: 0.2,
  }),
  question(NIMBUS, {
    authorEmail: n('customer1'), title: 'Charged twice for the season pass',
    body: 'My bank statement shows two charges for the season pass on the same day. Card ending 4242, order NMB-883120.',
    category: 'purchases', language: 'en', state: 'escalated', hoursAgo: 3,
  }),
  question(TELCO, {
    authorEmail: t('customer1'), title: 'No me funciona el roaming en Francia',
    body: 'Estoy en París y el móvil no tiene datos ni puedo llamar. En España funciona perfectamente. ¿Qué tengo que activar?',
    category: 'roaming', language: 'es', state: 'resolved', hoursAgo: 90, rating: 5, ratingComment: 'Perfecto, ya tengo datos.',
    answers: [{ expertEmail: t('expert1'), minutesAfterAsk: 5, accepted: true,
      body: 'En la UE el roaming está incluido, pero hay que tenerlo **activado**:\n\n1. En la app Mi Sol ve a *Línea → Servicios → Roaming* y actívalo.\n2. En el móvil activa *Itinerancia de datos* (Ajustes → Red móvil).\n3. Reinicia el teléfono y elige la red manualmente (Orange F o SFR) si no se conecta sola.' }],
  }),
  question(TELCO, {
    authorEmail: t('customer2'), title: 'Sin datos móviles de viaje por Italia',
    body: 'Llevo dos días en Roma y no consigo navegar. Las llamadas sí funcionan. ¿Tengo que configurar algo del roaming?',
    category: 'roaming', language: 'es', state: 'resolved', hoursAgo: 60, rating: 4,
    answers: [{ expertEmail: t('expert4'), minutesAfterAsk: 9, accepted: true,
      body: 'Si las llamadas funcionan, el roaming está activo; falta la *itinerancia de datos* en el teléfono y revisar que el APN sea `internet.telcosol.es`. Tras cambiarlo, activa y desactiva el modo avión.' }],
  }),
  question(TELCO, {
    authorEmail: t('customer3'), title: '¿Cuánto cuesta usar el móvil en Estados Unidos?',
    body: 'Me voy a Nueva York una semana. ¿El roaming fuera de Europa se cobra aparte? No quiero llevarme un susto en la factura.',
    category: 'roaming', language: 'es', state: 'resolved', hoursAgo: 40, rating: 5,
    answers: [{ expertEmail: t('expert1'), minutesAfterAsk: 7, accepted: true,
      body: 'Fuera de la UE el roaming se cobra aparte. Lo más barato es el **Bono Viajero Mundo** (1 GB por 9,99 € durante 7 días), que se activa desde la app. Sin bono, cada MB cuesta 0,50 €: desactiva los datos hasta activarlo.' }],
  }),
  question(TELCO, {
    authorEmail: t('customer1'), title: 'La fibra se corta todas las noches',
    body: 'Desde hace una semana la conexión de fibra se cae cada noche sobre las 23:00 y vuelve a los diez minutos. El router parpadea en rojo.',
    category: 'fibra', language: 'es', state: 'resolved', hoursAgo: 26, rating: 5,
    answers: [{ expertEmail: t('expert3'), minutesAfterAsk: 14, accepted: true,
      body: 'El LED rojo indica pérdida de señal óptica. Suele ser el latiguillo de fibra doblado o sucio: revisa que no tenga curvas cerradas. Si sigue, el router puede estar aplicando una actualización nocturna: en *192.168.1.1 → Mantenimiento* cambia la hora de actualización.' }],
  }),
  question(TELCO, {
    authorEmail: t('customer2'), title: 'Me han cobrado de más en la factura de este mes',
    body: 'La factura de noviembre es 20 € más alta de lo normal y no he cambiado de tarifa. ¿Cómo puedo ver de dónde sale?',
    category: 'facturacion', language: 'es', state: 'answered', hoursAgo: 5,
    answers: [{ expertEmail: t('expert2'), minutesAfterAsk: 18, body: 'En la app, *Facturas → Detalle* desglosa cada concepto. Fíjate en «Servicios de terceros»: suelen ser suscripciones SMS premium, que puedes bloquear gratis desde *Línea → Bloqueos*.' }],
  }),
  question(TELCO, {
    authorEmail: t('customer3'), title: '¿Puedo mantener mi número si me cambio a Telco Sol?',
    body: 'Quiero traer mi línea desde otra compañía. ¿Cuánto tarda la portabilidad y me quedo sin servicio algún día?',
    category: 'movil', language: 'es', state: 'claimed', hoursAgo: 0.5, claimedByEmail: t('expert4'),
  }),
  question(TELCO, {
    authorEmail: t('customer1'), title: 'La tarjeta SIM nueva no se activa',
    body: 'Me ha llegado el duplicado de la SIM pero el móvil dice «SIM no válida». ¿Cuánto tarda en activarse?',
    category: 'movil', language: 'es', state: 'open', hoursAgo: 0.1,
  }),
  question(TELCO, {
    authorEmail: t('customer2'), title: 'Quiero cambiar la cuenta bancaria de domiciliación',
    body: 'Necesito que los recibos se carguen en mi nueva cuenta ES91 2100 0418 4502 0005 1332. ¿Cómo lo hago?',
    category: 'facturacion', language: 'es', state: 'escalated', hoursAgo: 2,
  }),
];
