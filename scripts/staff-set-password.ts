/**
 * Local staff accounts, for a clinic without an identity provider:
 *   npm run staff:set-password -- <login>                   asks for the password twice (not echoed)
 *   npm run staff:set-password -- <login> --password-stdin  reads it from standard input (for provisioning scripts)
 *   npm run staff:set-password -- <login> --remove          deletes the account
 *   npm run staff:set-password -- --list                    lists logins
 * Only the scrypt hash is stored (lib/auth/password.ts). Run on the server, against the same DATABASE_URL as the app.
 */
import { createInterface } from 'node:readline';
import { LOGIN_PATTERN } from '@/lib/auth/sign-in';
import { hashPassword, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '@/lib/auth/password';
import { disconnectDb } from '@/lib/db/client';
import { listStaffLogins, removeStaffAccount, setStaffPassword } from '@/lib/db/staff';

const args = process.argv.slice(2);
const flags = new Set(args.filter((a) => a.startsWith('--')));
const login = args.find((a) => !a.startsWith('--'));

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

/** Reads one line; on a terminal the typed characters are not echoed. */
function readSecret(prompt: string): Promise<string> {
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
    if (process.stdin.isTTY) {
      process.stdout.write(prompt);
      (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = () => undefined;
    }
    rl.once('line', (line) => {
      rl.close();
      if (process.stdin.isTTY) process.stdout.write('\n');
      resolve(line);
    });
    rl.once('close', () => resolve(''));
  });
}

async function firstLineOfStdin(): Promise<string> {
  let text = '';
  for await (const chunk of process.stdin) {
    text += String(chunk);
    if (text.includes('\n') || text.length > 4096) break;
  }
  return text.split(/\r?\n/)[0] ?? '';
}

async function main() {
  if (flags.has('--list')) {
    const logins = await listStaffLogins();
    console.log(logins.length ? logins.join('\n') : 'No local staff accounts.');
    return;
  }
  if (!login || !LOGIN_PATTERN.test(login)) {
    fail(
      'Usage: npm run staff:set-password -- <login> [--password-stdin | --remove]\n' +
        'The login is 1 to 64 letters, digits or . _ @ -',
    );
  }
  if (flags.has('--remove')) {
    console.log(
      (await removeStaffAccount(login)) ? `Removed the staff account "${login}".` : `No staff account "${login}".`,
    );
    return;
  }
  if (!flags.has('--password-stdin') && !process.stdin.isTTY) {
    fail('No terminal to type the password in: pass --password-stdin and pipe the password in.');
  }
  const password = flags.has('--password-stdin')
    ? await firstLineOfStdin()
    : await readSecret(`Password for ${login}: `);
  if (password.length < MIN_PASSWORD_LENGTH || password.length > MAX_PASSWORD_LENGTH) {
    fail(`The password must be ${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters.`);
  }
  if (!flags.has('--password-stdin') && (await readSecret('Again: ')) !== password) fail('The passwords differ.');
  const outcome = await setStaffPassword(login, await hashPassword(password));
  console.log(`${outcome === 'created' ? 'Created' : 'Changed the password of'} the staff account "${login}".`);
}

try {
  await main();
} catch (error) {
  fail(`Could not save the staff account: ${error instanceof Error ? error.message : String(error)}`);
} finally {
  await disconnectDb();
}
