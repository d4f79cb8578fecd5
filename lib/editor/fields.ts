// Field builders both editor files share (keystatic-config.tsx for the MDX collections,
// site-singletons.ts for the site's words), so a limit reads the same wherever staff meet it.
import { fields } from "@keystatic/core";

export const lowerCaseWithHyphens = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Longer limits get a text area: a heading or a label fits on one line. */
const singleLineMax = 90;

export const requiredText = (label: string, max: number, description: string) =>
  fields.text({
    label,
    description: `${description} At most ${max} characters.`,
    multiline: max > singleLineMax,
    validation: {
      isRequired: true,
      length: { min: 1, max },
      // The content check trims before counting, so spaces alone are empty there too.
      pattern: { regex: /\S/, message: `${label} must not be only spaces` },
    },
  });
