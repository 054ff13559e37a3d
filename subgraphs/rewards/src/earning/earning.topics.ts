// Live topics: one per user, so a signed-in expert hears about earnings in every brand they answer in.
export interface EarningMessage {
  earningId: string;
}

export const earningsTopic = (userId: string) => `earnings:${userId}`;
