// Refuses the passwords attackers try first: zxcvbn-ts's estimate over its lists of common
// passwords, words and keyboard patterns (maintained on npm, no network at run time). A score
// under 3 means about 10^8 guesses or fewer: "password1234", "qwertyuiop123", "iloveyou1234".
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";

let estimator: ZxcvbnFactory | undefined;
const estimate = () =>
  (estimator ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary },
    graphs: common.adjacencyGraphs,
  }));

/**
 * True when a password is, or is close to, one of the very common ones. `personal` are words
 * a guesser would try for this account: its address and the business's name.
 */
export function isCommonPassword(password: string, personal: readonly string[] = []): boolean {
  // The estimate's cost grows with length; past 100 characters nothing is common.
  if (password.length > 100) return false;
  const words = [...personal.flatMap((value) => value.split(/[@.\s]+/)), "altus"].filter(Boolean);
  return estimate().check(password, words).score < 3;
}
