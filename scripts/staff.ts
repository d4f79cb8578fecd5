// npm run staff:add -- ana@altus.example (and staff:list, staff:remove, staff:password): the staff
// accounts in the lead database. A password is typed without echo, or piped in as the first line.
// The team page (/admin/team) does all of this in the browser; this stays for the first account
// and for emergencies, such as an owner who has left.
import "./load-env";
import { z } from "zod";
import { getConfig } from "@/lib/config";
import {
  addStaffAccount,
  hashPassword,
  listStaffAccounts,
  normaliseEmail,
  passwordProblem,
  removeStaffAccount,
  setStaffPassword,
  staffPasswordHash,
  staffRole,
  changeStaffRole,
} from "@/lib/auth";
import { recordAudit, type AuditEvent } from "@/lib/auth/audit";
import { dbLocation, describeDb, openDb, type Db } from "@/lib/db";

const usage = `Usage:
  npm run staff:add -- name@example.com       add an account; asks for its password
  npm run staff:add -- --owner name@example.com
                                              add an owner, or make an existing account one
  npm run staff:list                          list the accounts
  npm run staff:password -- name@example.com  set a new password; signs the account out everywhere and removes its passkeys
  npm run staff:remove -- name@example.com    remove an account; signs it out everywhere
Instead of typing it, a password can be piped in as the first line of standard input.`;

const argumentsSchema = z.union([
  z.tuple([z.literal("list")]),
  z.tuple([z.enum(["add", "password", "remove"]), z.string()]),
  z.tuple([z.literal("add"), z.literal("--owner"), z.string()]),
  z.tuple([z.literal("add"), z.string(), z.literal("--owner")]),
]);

/** Something the person running the command can put right; printed as it is. */
class Refusal extends Error {}

const signedOut = "they are signed out everywhere (their sessions on every instance have ended)";

async function add(db: Db, email: string, owner: boolean): Promise<string> {
  if ((await staffPasswordHash(db, email)) !== undefined) {
    const promoted = owner ? await changeStaffRole(db, email, "owner") : "no-account";
    if (promoted === "done") await audit(db, "role-changed", email, "staff → owner");
    if (promoted === "done" || promoted === "unchanged") {
      return `${email} is an owner now; their password is unchanged`;
    }
    throw new Refusal(`${email} already has an account; to change its password use staff:password`);
  }
  const hash = await hashPassword(await newPassword(email));
  if (!(await addStaffAccount(db, email, hash, new Date(), owner ? "owner" : "staff"))) {
    throw new Refusal(`${email} was added by someone else meanwhile; nothing was changed`);
  }
  const role = await staffRole(db, email);
  await audit(db, "account-added", email, role ?? null);
  return `added ${email} as ${role === "owner" ? "an owner" : "staff"}; they can sign in now`;
}

async function list(db: Db): Promise<string> {
  const accounts = await listStaffAccounts(db);
  if (accounts.length === 0) {
    return "No staff accounts yet. Add one with npm run staff:add -- name@example.com";
  }
  const width = Math.max(...accounts.map((account) => account.email.length));
  return accounts
    .map(
      (account) =>
        `${account.email.padEnd(width)}  ${account.role.padEnd(5)}  created ${account.created_at.slice(0, 10)}`,
    )
    .join("\n");
}

async function password(db: Db, email: string): Promise<string> {
  // Checked before asking, so no one types a password in vain.
  if ((await staffPasswordHash(db, email)) === undefined) throw noAccount(email);
  const hash = await hashPassword(await newPassword(email));
  if (!(await setStaffPassword(db, email, hash))) throw noAccount(email);
  await audit(db, "password-reset", email, null);
  return `changed the password of ${email}; ${signedOut}`;
}

async function remove(db: Db, email: string): Promise<string> {
  if (!(await removeStaffAccount(db, email))) throw noAccount(email);
  await audit(db, "account-removed", email, null);
  const accounts = await listStaffAccounts(db);
  const ownerless = accounts.length > 0 && !accounts.some((account) => account.role === "owner");
  const warning = ownerless
    ? "\nNo owner is left to manage the team: make one with npm run staff:add -- --owner name@example.com"
    : "";
  return `removed ${email}; ${signedOut}${warning}`;
}

/** Owners see command-line changes in the account record too, made "on the server". */
const audit = (db: Db, event: AuditEvent, account: string, detail: string | null) =>
  recordAudit(db, { event, account, actor: "the server's command line", detail }, new Date());

const noAccount = (email: string) =>
  new Refusal(`there is no account for ${email}; npm run staff:list shows who has one`);

async function newPassword(email: string): Promise<string> {
  if (!process.stdin.isTTY) return checked(await pipedLine(), email);
  process.stderr.write(`New password for ${email} (it is not shown as you type).\n`);
  const password = checked(await typedSecret("Password: "), email);
  if ((await typedSecret("Repeat it: ")) !== password) {
    throw new Refusal("the two passwords differ; nothing was changed, so run the command again");
  }
  return password;
}

function checked(password: string, email: string): string {
  const problem = passwordProblem(password, email);
  if (problem) throw new Refusal(`${problem} Nothing was changed.`);
  return password;
}

/** The first line of piped input without its line ending; spaces are part of the password. */
async function pipedLine(): Promise<string> {
  process.stdin.setEncoding("utf8");
  let text = "";
  // Leaving the loop closes stdin, so a writer that keeps the pipe open cannot hold us up.
  for await (const chunk of process.stdin) {
    text += String(chunk);
    if (text.includes("\n")) break;
  }
  const line = text.split("\n")[0] ?? "";
  return line.endsWith("\r") ? line.slice(0, -1) : line;
}

/** Reads one line from the terminal without echoing it; Ctrl-C aborts as a shell would (130). */
function typedSecret(prompt: string): Promise<string> {
  const input = process.stdin;
  process.stderr.write(prompt);
  input.setEncoding("utf8");
  input.setRawMode(true);
  input.resume();
  return new Promise((resolve) => {
    const typed: string[] = [];
    // Arrow and function keys arrive as escape sequences (ESC [ … letter): no part of a password.
    let escape: "none" | "started" | "sequence" = "none";
    const onData = (chunk: string) => {
      for (const key of chunk) {
        if (escape === "started") escape = key === "[" || key === "O" ? "sequence" : "none";
        else if (escape === "sequence") escape = /[@-~]/.test(key) ? "none" : "sequence";
        else if (key === "\u001b") escape = "started";
        else if (key === "\u007f" || key === "\b") typed.pop();
        else if (key >= " ") typed.push(key);
        else if (key === "\u0003" || key === "\r" || key === "\n" || key === "\u0004") {
          input.off("data", onData);
          input.setRawMode(false);
          input.pause();
          process.stderr.write("\n");
          if (key === "\u0003") process.exit(130);
          return resolve(typed.join(""));
        }
      }
    };
    input.on("data", onData);
  });
}

function messageOf(error: unknown): string {
  // A refused connection to "localhost" (IPv4 and IPv6) is an AggregateError without a message.
  if (error instanceof AggregateError && !error.message) {
    return error.errors.map(messageOf).join("; ");
  }
  return error instanceof Error ? error.message || error.name : String(error);
}

function validEmail(given: string): string {
  const email = normaliseEmail(given);
  if (!z.email().safeParse(email).success) {
    throw new Refusal(`"${given}" is not an email address; give one such as ana@altus.example`);
  }
  return email;
}

/** What the command line asks for, as one step on the open database. */
function task(parsed: z.infer<typeof argumentsSchema>): (db: Db) => Promise<string> {
  if (parsed[0] === "list") return list;
  const owner = parsed.includes("--owner");
  const given = parsed.find((value, index) => index > 0 && value !== "--owner") ?? "";
  const email = validEmail(given);
  const command = parsed[0];
  const work = {
    add: (db: Db) => add(db, email, owner),
    password: (db: Db) => password(db, email),
    remove: (db: Db) => remove(db, email),
  };
  return async (db) => `staff:${command}: ${await work[command](db)}`;
}

async function run(parsed: z.infer<typeof argumentsSchema>): Promise<string> {
  const step = task(parsed);
  const location = dbLocation(getConfig());
  let db: Db | undefined;
  try {
    db = await openDb(location);
    return await step(db);
  } catch (error) {
    if (error instanceof Refusal) throw error;
    throw new Refusal(`${messageOf(error)} (lead database: ${describeDb(location)})`);
  } finally {
    await db?.destroy();
  }
}

const parsed = argumentsSchema.safeParse(process.argv.slice(2));
if (!parsed.success) {
  console.error(usage);
  process.exitCode = 1;
} else {
  try {
    console.log(await run(parsed.data));
  } catch (error) {
    console.error(`staff:${parsed.data[0]}: ${messageOf(error)}`);
    process.exitCode = 1;
  }
}
