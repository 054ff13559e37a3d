// Types shared by the whole app (SvelteKit's App namespace).
import type { Locale } from '#lib/i18n/i18n.ts';
import type { Session } from '#lib/server/session.ts';

declare global {
  namespace App {
    interface Error {
      message: string;
      /** The gateway's `extensions.code`, or UNAVAILABLE when it could not be reached. */
      code?: string;
    }
    interface Locals {
      locale: Locale;
      /** The person picked the locale (cookie); brand defaults must not override it. */
      localeChosen: boolean;
      session: Session | null;
    }
    interface PageData {
      locale: Locale;
      session: Session | null;
    }
  }
}

export {};
