/** A record the policy decides about, and the dialogue it belongs to. */
export interface Subject {
  dialogueId: string;
  /** The reader belongs to the institution that owns it. */
  ownedByReader: boolean;
}
