import { afterEach, describe, expect, it, vi } from "vitest";
import { editorIsServed, editorStorageFor, githubSettingProblems } from "@/lib/editor/mode";

const github = {
  KEYSTATIC_GITHUB_CLIENT_ID: "Iv1.0123456789abcdef",
  KEYSTATIC_GITHUB_CLIENT_SECRET: "0123456789abcdef0123456789abcdef01234567",
  KEYSTATIC_SECRET: "a-secret-of-at-least-thirty-two-characters",
  KEYSTATIC_GITHUB_REPO: "altus/site",
};

afterEach(() => vi.unstubAllEnvs());

describe("where the editor saves", () => {
  it("is local only in a development-server build, whatever else is set", () => {
    expect(editorStorageFor(true, {})).toBe("local");
    expect(editorStorageFor(true, github)).toBe("local");
  });

  it("is GitHub in a production build only when every GitHub setting is there", () => {
    expect(editorStorageFor(false, github)).toBe("github");
    for (const name of Object.keys(github)) {
      expect(editorStorageFor(false, { ...github, [name]: undefined })).toBe("off");
      expect(editorStorageFor(false, { ...github, [name]: "  " })).toBe("off");
    }
    expect(editorStorageFor(false, {})).toBe("off");
    expect(editorStorageFor(false, { NODE_ENV: "development" })).toBe("off");
  });

  it("says which GitHub settings are missing or wrong", () => {
    expect(githubSettingProblems(github)).toEqual([]);
    expect(
      githubSettingProblems({
        ...github,
        KEYSTATIC_GITHUB_CLIENT_SECRET: undefined,
        KEYSTATIC_SECRET: "short",
        KEYSTATIC_GITHUB_REPO: "https://github.com/altus/site",
      }),
    ).toEqual([
      "KEYSTATIC_GITHUB_CLIENT_SECRET is not set",
      "KEYSTATIC_SECRET is shorter than 32 characters",
      "KEYSTATIC_GITHUB_REPO must look like owner/name",
    ]);
  });
});

describe("whether a server serves the editor", () => {
  it("never serves a local-mode build outside the development runtime", () => {
    vi.stubEnv("ALTUS_EDITOR_STORAGE", "local");
    vi.stubEnv("NODE_ENV", "production");
    expect(editorIsServed()).toBe(false);
    vi.stubEnv("NODE_ENV", "development");
    expect(editorIsServed()).toBe(true);
  });

  it("serves a GitHub-mode build only while its settings are still all there", () => {
    vi.stubEnv("ALTUS_EDITOR_STORAGE", "github");
    expect(editorIsServed(github)).toBe(true);
    expect(editorIsServed({ ...github, KEYSTATIC_SECRET: undefined })).toBe(false);
  });

  it("serves nothing for an off build or an unknown value", () => {
    vi.stubEnv("NODE_ENV", "development");
    for (const storage of ["off", "", "LOCAL", "cloud"]) {
      vi.stubEnv("ALTUS_EDITOR_STORAGE", storage);
      expect(editorIsServed(github)).toBe(false);
    }
  });
});

describe("the build's editor warning", () => {
  it("is silent with no GitHub settings or all of them, and lists what a partial setup lacks", async () => {
    const { editorSettingsWarning } = await import("@/lib/config/warnings");
    expect(editorSettingsWarning({})).toBeUndefined();
    expect(editorSettingsWarning(github)).toBeUndefined();
    expect(editorSettingsWarning({ KEYSTATIC_GITHUB_REPO: "altus/site" })).toBe(
      [
        "warning: the browser editor (/keystatic) is off in this build, because:",
        "         - KEYSTATIC_GITHUB_CLIENT_ID is not set",
        "         - KEYSTATIC_GITHUB_CLIENT_SECRET is not set",
        "         - KEYSTATIC_SECRET is not set",
        '         Set all four GitHub settings (README, "Editing in the browser") and build again.',
      ].join("\n"),
    );
  });
});
