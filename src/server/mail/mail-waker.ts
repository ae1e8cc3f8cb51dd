/** What a use case holds of this instance's mail courier: a bell to ring after its transaction commits. */
export interface MailWaker {
  wake(): void;
}
