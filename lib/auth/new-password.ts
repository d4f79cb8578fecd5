import "server-only";
// A password chosen through a one-time link (an invitation, a reset), typed twice. A problem
// travels back to the form as a short code in the query, never the password itself.
import { passwordProblemCode, passwordProblems } from "./password";

export const newPasswordProblems = {
  ...passwordProblems,
  differ: "The two passwords differ. Type the same password in both fields.",
} as const;
export type NewPasswordProblem = keyof typeof newPasswordProblems;

export function newPasswordProblem(
  password: string,
  repeated: string,
  email: string,
): NewPasswordProblem | undefined {
  return passwordProblemCode(password, email) ?? (password === repeated ? undefined : "differ");
}

/** The problem a query's code names, if it names one. */
export const newPasswordProblemText = (code: unknown): string | undefined =>
  Object.entries(newPasswordProblems).find(([key]) => key === code)?.[1];
