// How content mistakes reach people: one line per problem, file:line message.
import type { ContentProblem } from "./frontmatter";

export class ContentError extends Error {
  override name = "ContentError";
}

export const formatProblem = (problem: ContentProblem) =>
  `${problem.file}:${problem.line} ${problem.message}`;

/** Refuses content with problems, listing each, for pages and the build. */
export function contentErrorOf(problems: ContentProblem[]) {
  return new ContentError(
    `Content has problems (run npm run content:check):\n${problems.map(formatProblem).join("\n")}`,
  );
}
