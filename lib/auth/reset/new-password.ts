import "server-only";
// What is wrong with a new password typed twice, as a short code the form's page can be sent
// back with (never the password itself in an address), and the words the page shows for it.
import { passwordProblem } from "../password";

export const newPasswordProblems = ["short", "long", "common", "differ"] as const;
export type NewPasswordProblem = (typeof newPasswordProblems)[number];

export function newPasswordProblem(
  password: string,
  repeat: string,
  email: string,
): NewPasswordProblem | undefined {
  if (password !== repeat) return "differ";
  const problem = passwordProblem(password, email);
  if (!problem) return undefined;
  if (problem === passwordProblem("")) return "short";
  if (problem === passwordProblem("x".repeat(1001))) return "long";
  return "common";
}

/** The words of password.ts itself, got by asking it about a password with that problem. */
export const newPasswordProblemText: Record<NewPasswordProblem, string> = {
  short: passwordProblem("") ?? "",
  long: passwordProblem("x".repeat(1001)) ?? "",
  common: passwordProblem("password1234") ?? "",
  differ: "The two passwords are not the same. Type the new password twice, exactly alike.",
};

export const isNewPasswordProblem = (code: unknown): code is NewPasswordProblem =>
  newPasswordProblems.some((known) => known === code);
