// `use:enhance` for a form that shows it is busy while its action runs; what was typed stays after it.
import type { SubmitFunction } from '$app/forms';

export function whileBusy(setBusy: (busy: boolean) => void): SubmitFunction {
  return () => {
    setBusy(true);
    return async ({ update }) => {
      await update({ reset: false });
      setBusy(false);
    };
  };
}
